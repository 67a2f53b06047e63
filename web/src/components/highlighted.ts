/**
 * A sentence with its spans marked, built from text nodes only: the text is cut at the
 * highlight offsets and each piece becomes a text node, inside a <mark> where marked.
 */
import type { Highlight } from "../../../src/server/api-types.js";
import { h } from "../dom.js";
import { href } from "../router.js";

const LABELS: Record<string, string> = {
  trigger: "event trigger",
  actor: "actor",
  target: "target",
  location: "location",
  date: "date expression",
  number: "number",
  entity: "entity",
};

export function highlightedText(text: string, highlights: Highlight[]): HTMLElement {
  const out = h("span", { class: "hl-text" });
  let pos = 0;
  for (const hl of [...highlights].sort((a, b) => a.start - b.start)) {
    if (hl.start < pos || hl.end > text.length || hl.end <= hl.start) continue;
    if (hl.start > pos) out.appendChild(document.createTextNode(text.slice(pos, hl.start)));
    const piece = text.slice(hl.start, hl.end);
    const mark = h("mark", { class: `hl hl-${hl.kind}`, title: LABELS[hl.kind] ?? hl.kind }, piece);
    if (hl.entity) {
      const a = h("a", { href: href("entity", hl.entity), class: "hl-link" });
      a.appendChild(mark);
      out.appendChild(a);
    } else {
      out.appendChild(mark);
    }
    pos = hl.end;
  }
  if (pos < text.length) out.appendChild(document.createTextNode(text.slice(pos)));
  return out;
}

/** The sentence with its paragraph context dimmed on either side. */
export function inContext(before: string, sentence: HTMLElement, after: string): HTMLElement {
  return h("p", { class: "in-context" }, h("span", { class: "context" }, before), h("span", { class: "sentence" }, sentence), h("span", { class: "context" }, after));
}

export function legend(): HTMLElement {
  return h(
    "div",
    { class: "hl-legend" },
    ["trigger", "actor", "target", "location", "date", "number", "entity"].map((k) => h("mark", { class: `hl hl-${k}` }, LABELS[k] ?? k)),
  );
}
