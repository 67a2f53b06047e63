/** A table of events: date, type, who did what to whom, where, toll, sources. A row opens the event. */
import type { EventSummary } from "../../../src/server/api-types.js";
import { h } from "../dom.js";
import { go, href } from "../router.js";
import { disputedBadge, entityLink, formatRange, typeChip, whoOnWhom } from "./bits.js";

export function eventTable(events: EventSummary[], options: { empty?: string } = {}): HTMLElement {
  if (events.length === 0) return h("p", { class: "muted empty" }, options.empty ?? "No events.");
  const rows = events.map((e) => {
    const open = href("event", e.id);
    const tr = h(
      "tr",
      { class: "clickable", "data-event": e.id },
      h("td", { class: "nowrap mono" }, e.date ?? "undated"),
      h("td", null, typeChip(e.type), e.mode ? h("div", { class: "muted small" }, e.mode) : null),
      h(
        "td",
        { class: "desc" },
        h("div", null, whoOnWhom(e)),
        h("a", { href: open, class: "headline" }, e.headline || "(no text)"),
      ),
      h("td", null, e.location ? entityLink(e.location) : "—"),
      h("td", { class: "num" }, formatRange(e.fatalities)),
      h("td", { class: "num" }, String(e.sources)),
      h("td", null, e.disputed ? disputedBadge() : null),
    );
    tr.addEventListener("click", (ev) => {
      if ((ev.target as Element).closest("a")) return;
      go(open);
    });
    return tr;
  });
  return h(
    "table",
    { class: "data events" },
    h(
      "thead",
      null,
      h("tr", null, h("th", null, "Date"), h("th", null, "Type"), h("th", null, "What"), h("th", null, "Where"), h("th", { class: "num" }, "Killed"), h("th", { class: "num" }, "Sources"), h("th", null, "")),
    ),
    h("tbody", null, rows),
  );
}
