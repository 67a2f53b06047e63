/** Every event the sources disagree about, with each source's value side by side. */
import { api } from "../api.js";
import { docLink, entityLink, loading, message, sourceLine, typeChip } from "../components/bits.js";
import { clear, h } from "../dom.js";
import { href } from "../router.js";
import type { View } from "./view.js";

export const disputesView: View = async ({ root }) => {
  root.append(loading());
  const { disputes } = await api.disputes();
  clear(root);
  if (disputes.length === 0) {
    root.append(message("No disputes: no two sources give different values for the same event."));
    return;
  }
  root.append(
    h(
      "table",
      { class: "data disputes-table panel" },
      h("thead", null, h("tr", null, h("th", null, "Event"), h("th", null, "Attribute"), h("th", null, "What each source says"))),
      h(
        "tbody",
        null,
        disputes.map((d) =>
          h(
            "tr",
            null,
            h("td", null, d.eventSummary ? h("a", { href: href("event", d.event), class: "event-link" }, typeChip(d.eventSummary.type), " ", d.eventSummary.date ?? "undated", h("div", { class: "small" }, d.eventSummary.headline)) : d.event),
            h("td", null, h("strong", null, d.attribute), d.conservative !== null ? h("div", { class: "small muted" }, `lowest: ${d.conservative}`) : null),
            h(
              "td",
              null,
              h(
                "ul",
                { class: "dispute-values" },
                d.values.map((v) => h("li", null, h("strong", { class: "value" }, v.label), " — ", sourceLine(v.doc), " ", docLink(v.doc, { start: v.start, end: v.end }), v.speaker ? [" · according to ", entityLink(v.speaker)] : null)),
              ),
            ),
          ),
        ),
      ),
    ),
  );
};
