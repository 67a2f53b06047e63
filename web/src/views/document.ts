/** One document: its metadata, diagnostics, text with event sentences marked, reader comments and framing. */
import type { CommentView, DocumentDetail } from "../../../src/server/api-types.js";
import { api } from "../api.js";
import { badge, docName, entityLink, formatDate, loading, section, typeChip } from "../components/bits.js";
import { markedText, type TextMark } from "../components/marked-text.js";
import { clear, externalLink, h } from "../dom.js";
import { href } from "../router.js";
import type { View } from "./view.js";

export const documentView: View = async ({ route, root }) => {
  root.append(loading());
  const d = await api.document(route.id ?? "");
  clear(root);
  document.title = `sitrep · ${docName(d)}`;
  const focus = parseAt(route.params.get("at"), d.text.length);
  root.append(head(d));
  if (d.diagnostics.length) {
    root.append(
      section(
        "Diagnostics",
        h(
          "ul",
          { class: "diagnostics" },
          d.diagnostics.map((x) => h("li", { class: `sev-${x.severity}` }, badge(x.severity, `sev ${x.severity}`), " ", h("code", null, x.code), " ", x.message, h("span", { class: "muted small" }, ` (${x.stage})`))),
        ),
      ),
    );
  }
  const marks: TextMark[] = d.events.map((ev) => ({
    start: ev.start,
    end: ev.end,
    event: ev.event.id,
    className: "ev-mark",
    title: `${ev.event.type} ${ev.event.date ?? ""}`,
  }));
  if (focus) marks.push({ ...focus, event: null, className: "focus-mark", title: "the cited passage" });
  const body = markedText(d.text, marks);
  const reported = eventsInOrder(d.events);
  root.append(
    h(
      "div",
      { class: "doc-layout" },
      section(d.kind === "comment" ? "Comment" : "Text", d.text.trim() ? body : h("p", { class: "muted" }, "This document is empty.")),
      h(
        "aside",
        null,
        d.events.length ? section(`Events reported (${reported.length})`, reportedList(d.id, reported)) : null,
        d.framing.length ? section("How this source names actors", framingTable(d)) : null,
      ),
    ),
  );
  if (d.comments.length) root.append(section(`Reader comments (${d.comments.length})`, thread(d.comments)));
  if (focus) {
    requestAnimationFrame(() => body.querySelector(".focus-mark")?.scrollIntoView({ block: "center" }));
  }
};

type Reported = DocumentDetail["events"][number];

/** Each event once, in the order the document first tells it, with every passage that tells it. */
export function eventsInOrder(events: readonly Reported[]): { event: Reported["event"]; passages: Reported[] }[] {
  const byId = new Map<string, { event: Reported["event"]; passages: Reported[] }>();
  for (const ev of [...events].sort((a, b) => a.start - b.start)) {
    const seen = byId.get(ev.event.id);
    if (seen) seen.passages.push(ev);
    else byId.set(ev.event.id, { event: ev.event, passages: [ev] });
  }
  return [...byId.values()];
}

function reportedList(docId: string, reported: ReturnType<typeof eventsInOrder>): HTMLElement {
  return h(
    "ol",
    { class: "doc-events" },
    reported.map(({ event, passages }) =>
      h(
        "li",
        { "data-event": event.id },
        h("a", { href: href("event", event.id) }, typeChip(event.type), " ", event.date ?? "undated"),
        h("div", { class: "small" }, event.headline),
        passages.length > 1
          ? h(
              "div",
              { class: "small muted" },
              `told in ${passages.length} passages: `,
              passages.map((p, i) => [i ? ", " : "", h("a", { href: href("document", docId, { at: `${p.start}-${p.end}` }) }, `#${i + 1}`)]),
            )
          : null,
      ),
    ),
  );
}

function head(d: DocumentDetail): HTMLElement {
  return h(
    "div",
    { class: "panel doc-head" },
    h("div", { class: "crumbs" }, h("a", { href: href("sources") }, "Sources"), " › ", d.outlet ?? "unknown outlet", d.parent ? [" › ", h("a", { href: href("document", d.parent) }, "article")] : null),
    h("h1", null, docName(d)),
    h(
      "dl",
      { class: "facts" },
      h("dt", null, "Outlet"),
      h("dd", null, d.outlet ?? "unknown"),
      h("dt", null, "Published"),
      h("dd", null, formatDate(d.published)),
      d.author ? [h("dt", null, "Author"), h("dd", null, d.author)] : null,
      h("dt", null, "Kind"),
      h("dd", null, d.kind),
      h("dt", null, "Source"),
      h("dd", { class: "mono small" }, d.url ? externalLink(d.url, d.url) : d.sources.join(", ") || d.source),
      h("dt", null, "Stored"),
      h("dd", { class: "small muted" }, `${d.id} · ${d.contentType}${d.charset ? ` · ${d.charset}` : ""} · ${d.text.length} characters · ingested ${formatDate(d.ingestedAt)}`),
    ),
  );
}

function framingTable(d: DocumentDetail): HTMLElement {
  return h(
    "table",
    { class: "data compact" },
    h("thead", null, h("tr", null, h("th", null, "Actor"), h("th", null, "Called"))),
    h(
      "tbody",
      null,
      d.framing.map((f) => h("tr", null, h("td", null, entityLink(f.entity)), h("td", null, f.labels.map((l) => h("span", { class: "label-pill" }, l.text, h("span", { class: "muted" }, ` ×${l.count}`)))))),
    ),
  );
}

function thread(comments: CommentView[]): HTMLElement {
  const byId = new Map(comments.map((c) => [c.id, c]));
  const depth = (c: CommentView): number => {
    let n = 0;
    const seen = new Set<string>();
    let cur: CommentView | undefined = c;
    while (cur?.replyTo && !seen.has(cur.id) && n < 6) {
      seen.add(cur.id);
      cur = byId.get(cur.replyTo);
      n++;
    }
    return n;
  };
  return h(
    "ol",
    { class: "comments" },
    comments.map((c) => {
      const li = h(
        "li",
        { class: `comment depth-${depth(c)}`, id: `c-${c.id}` },
        h(
          "div",
          { class: "comment-head" },
          c.number !== null ? h("span", { class: "muted mono" }, `#${c.number} `) : null,
          h("strong", { class: "author" }, c.author ?? "anonymous"),
          h("span", { class: "muted small" }, " · ", formatDate(c.published)),
          c.replyTo ? h("span", { class: "muted small" }, " · in reply to ", byId.get(c.replyTo)?.author ?? "a comment") : null,
          " ",
          h("a", { href: href("document", c.id), class: "small" }, "open"),
        ),
        h("div", { class: "comment-text" }, c.text),
      );
      return li;
    }),
  );
}

function parseAt(value: string | null, length: number): { start: number; end: number } | null {
  const m = value ? /^(\d+)-(\d+)$/.exec(value) : null;
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return end > start && end <= length ? { start, end } : null;
}
