/**
 * A whole document's text with spans marked (event mentions, a focused span), built from
 * text nodes. Spans may overlap: the text is cut at every span boundary and each piece
 * gets the marks that cover it.
 */
import { h } from "../dom.js";
import { href } from "../router.js";

export interface TextMark {
  start: number;
  end: number;
  /** An event id to link to, or null for a plain mark. */
  event: string | null;
  className: string;
  title?: string;
}

export function markedText(text: string, marks: TextMark[]): HTMLElement {
  const out = h("div", { class: "doc-text" });
  const valid = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i]!;
    const b = cuts[i + 1]!;
    const piece = text.slice(a, b);
    const covering = valid.filter((m) => m.start <= a && m.end >= b);
    if (covering.length === 0) {
      out.appendChild(document.createTextNode(piece));
      continue;
    }
    const cls = [...new Set(covering.map((m) => m.className))].join(" ");
    const linked = covering.find((m) => m.event !== null);
    const title = covering.map((m) => m.title).filter(Boolean).join("; ");
    const mark = h("mark", { class: cls, title: title || null, "data-start": a }, piece);
    out.appendChild(linked ? h("a", { href: href("event", linked.event), class: "mark-link" }, mark) : mark);
  }
  return out;
}
