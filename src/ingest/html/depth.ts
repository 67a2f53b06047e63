import { blockText } from "./text.js";
import { isElement, traverse } from "./traverse.js";

/** Nesting deeper than this is flattened: Readability recurses and would overflow the stack. */
export const MAX_DEPTH = 64;

/**
 * Flattens every element nested deeper than maxDepth: its subtree is replaced by its
 * text, one paragraph per block, so the text is kept. Returns how many subtrees were
 * flattened (the document is changed in place: it is a scratch copy owned by the parser).
 */
export function capDepth(root: Element, maxDepth = MAX_DEPTH): number {
  const document = root.ownerDocument;
  let depth = 0;
  let capped = 0;
  traverse(root, {
    enter(node) {
      if (!isElement(node)) return false;
      depth++;
      if (depth < maxDepth || !node.firstElementChild) return true;
      const text = blockText(node);
      while (node.firstChild) node.firstChild.remove();
      for (const block of text.split("\n\n")) {
        const p = document.createElement("p");
        p.textContent = block;
        node.appendChild(p);
      }
      capped++;
      return false;
    },
    exit(node) {
      if (isElement(node)) depth--;
    },
  });
  return capped;
}
