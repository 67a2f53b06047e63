/** Search results: matching documents (with a text excerpt) and event sentences. */
import { api } from "../api.js";
import { docLink, loading, message, section, sourceLine, typeChip } from "../components/bits.js";
import { clear, h } from "../dom.js";
import { href } from "../router.js";
import type { View } from "./view.js";

export const searchView: View = async ({ route, root }) => {
  const q = route.params.get("q")?.trim() ?? "";
  if (!q) {
    root.append(message("Type words in the search box above."));
    return;
  }
  root.append(loading());
  const r = await api.search(q);
  clear(root);
  root.append(h("h1", { class: "page-title" }, "Results for ", h("q", null, r.query)));
  root.append(
    section(
      `Events (${r.events.length})`,
      r.events.length
        ? h(
            "ul",
            { class: "results" },
            r.events.map((x) =>
              h(
                "li",
                null,
                h("a", { href: href("event", x.event.id), class: "event-link" }, typeChip(x.event.type), " ", x.event.date ?? "undated", " · ", x.event.headline),
                h("blockquote", null, x.text),
                h("div", { class: "small" }, sourceLine(x.doc), " ", docLink(x.doc)),
              ),
            ),
          )
        : h("p", { class: "muted" }, "No event sentence contains these words."),
    ),
  );
  root.append(
    section(
      `Documents (${r.documents.length})`,
      r.documents.length
        ? h(
            "ul",
            { class: "results" },
            r.documents.map((x) => h("li", { class: "doc-hit" }, h("div", null, docLink(x.doc), " ", h("span", { class: "small" }, sourceLine(x.doc))), h("p", { class: "snippet" }, x.snippet))),
          )
        : h("p", { class: "muted" }, "No document contains these words."),
    ),
  );
};
