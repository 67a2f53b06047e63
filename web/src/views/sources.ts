/** Outlets and their documents, with the labels each outlet uses for each actor. */
import { api } from "../api.js";
import { entityLink, entityList, formatDate, loading, message } from "../components/bits.js";
import { clear, h } from "../dom.js";
import { href } from "../router.js";
import type { EntityRef, OutletView } from "../../../src/server/api-types.js";
import type { View } from "./view.js";

function total(labels: { count: number }[]): number {
  return labels.reduce((n, l) => n + l.count, 0);
}

/** Everyone the outlet's framing rows hold responsible, once each. */
function blamed(o: OutletView): EntityRef[] {
  const seen = new Map<string, EntityRef>();
  for (const f of o.framing) for (const b of f.blames) seen.set(b.id, b);
  return [...seen.values()];
}

export const sourcesView: View = async ({ root }) => {
  root.append(loading());
  const { outlets } = await api.sources();
  clear(root);
  if (outlets.length === 0) {
    root.append(message("No documents yet. Add some with `sitrep ingest`."));
    return;
  }
  root.append(
    h(
      "div",
      { class: "outlets" },
      outlets.map((o) =>
        h(
          "section",
          { class: "panel outlet" },
          h("h2", null, o.outlet ?? "Unknown outlet", h("span", { class: "muted small" }, ` · ${o.documents.length} document${o.documents.length === 1 ? "" : "s"} · ${o.comments} reader comments`)),
          h(
            "table",
            { class: "data compact" },
            h("thead", null, h("tr", null, h("th", null, "Published"), h("th", null, "Title"), h("th", { class: "num" }, "Comments"))),
            h(
              "tbody",
              null,
              o.documents.map((d) =>
                h(
                  "tr",
                  null,
                  h("td", { class: "nowrap mono" }, formatDate(d.published)),
                  h("td", null, h("a", { href: href("document", d.id) }, d.title ?? d.source), d.status === "empty" ? h("span", { class: "muted" }, " (empty)") : null),
                  h("td", { class: "num" }, String(d.commentCount)),
                ),
              ),
            ),
          ),
          o.framing.length
            ? h(
                "div",
                null,
                h("h3", null, "How this outlet names actors"),
                blamed(o).length ? h("p", { class: "small" }, h("span", { class: "muted" }, "Holds responsible for attacks: "), entityList(blamed(o))) : null,
                h(
                  "table",
                  { class: "data compact" },
                  h("thead", null, h("tr", null, h("th", null, "Actor"), h("th", null, "Called"))),
                  h(
                    "tbody",
                    null,
                    [...o.framing]
                      .sort((a, b) => total(b.labels) - total(a.labels))
                      .map((f) =>
                        h(
                          "tr",
                          null,
                          h("td", null, entityLink(f.entity)),
                          h("td", null, f.labels.map((l) => h("span", { class: "label-pill" }, l.text, h("span", { class: "muted" }, ` ×${l.count}`)))),
                        ),
                      ),
                  ),
                ),
              )
            : null,
        ),
      ),
    ),
  );
};
