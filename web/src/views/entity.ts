/** One actor or place: aliases, affiliation, members, its events, and how each outlet names it. */
import { api } from "../api.js";
import { badge, entityLink, entityList, loading, section } from "../components/bits.js";
import { eventTable } from "../components/event-table.js";
import { clear, h } from "../dom.js";
import { href } from "../router.js";
import type { View } from "./view.js";

export const entityView: View = async ({ route, root }) => {
  root.append(loading());
  const e = await api.entity(route.id ?? "");
  clear(root);
  document.title = `sitrep · ${e.name}`;
  root.append(
    h(
      "div",
      { class: "panel" },
      h("div", { class: "crumbs" }, h("a", { href: href("network") }, "Actors"), " › ", e.id),
      h("h1", null, e.name, " ", badge(e.type ?? "entity", "etype")),
      h(
        "dl",
        { class: "facts" },
        h("dt", null, "Also called"),
        h("dd", null, e.aliases.length ? e.aliases.map((a) => h("span", { class: "label-pill" }, a)) : "—"),
        h("dt", null, "Part of"),
        h("dd", null, entityLink(e.partOf)),
        e.members.length ? [h("dt", null, "Members"), h("dd", null, entityList(e.members))] : null,
        e.country ? [h("dt", null, "Country"), h("dd", null, e.country)] : null,
        e.geo ? [h("dt", null, "Coordinates"), h("dd", { class: "mono" }, `${e.geo.lat.toFixed(3)}, ${e.geo.lon.toFixed(3)}`)] : null,
        h("dt", null, "Seen"),
        h("dd", null, `${e.mentions} mentions in ${e.documents} documents · ${e.events} events`),
      ),
      h(
        "p",
        { class: "small" },
        h("a", { href: href("timeline", null, e.type === "PLACE" || e.geo ? { place: e.id } : { actor: e.id }) }, "Show on the timeline"),
        " · ",
        h("a", { href: href("network", null, { actor: e.id }) }, "Show in the actor network"),
      ),
    ),
  );
  if (e.framing.length) {
    root.append(
      section(
        "How each outlet names it",
        h(
          "table",
          { class: "data compact" },
          h("thead", null, h("tr", null, h("th", null, "Outlet"), h("th", null, "Labels"))),
          h("tbody", null, e.framing.map((f) => h("tr", null, h("td", null, f.outlet), h("td", null, f.labels.map((l) => h("span", { class: "label-pill" }, l.text, h("span", { class: "muted" }, ` ×${l.count}`))))))),
        ),
      ),
    );
  }
  root.append(section(`Events (${e.eventList.length})`, eventTable(e.eventList, { empty: "No events involve it." })));
};
