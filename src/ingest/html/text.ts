import { isElement, traverse } from "./traverse.js";

const BLOCK = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "CAPTION", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET",
  "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI",
  "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "TFOOT", "THEAD", "TR", "UL",
]);

/** Elements whose content is never reading text. */
const SKIP = new Set([
  "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "MATH", "IFRAME", "OBJECT", "EMBED", "CANVAS", "HEAD",
  "TITLE", "META", "LINK", "BUTTON", "SELECT", "OPTION", "TEXTAREA", "INPUT", "AUDIO", "VIDEO", "MAP", "DIALOG",
]);

export interface TextOptions {
  /** Further elements to leave out, with everything inside them. */
  skip?: (element: Element) => boolean;
}

const isSkipped = (el: Element, options: TextOptions): boolean =>
  SKIP.has(el.tagName.toUpperCase()) || el.hasAttribute("hidden") || (options.skip?.(el) ?? false);

/**
 * The reading text under an element as plain text: inline whitespace collapsed, one
 * line per `<br>`, blocks (paragraphs, headings, list items, rows) separated by a blank
 * line. Markup, scripts, styles and link targets are left out.
 */
export function blockText(root: Node, options: TextOptions = {}): string {
  const blocks: string[] = [];
  let current = "";
  let pre = 0;
  let hadPre = false;
  const flush = () => {
    const lines = current.split("\n").map((l) => (hadPre ? l.replace(/\s+$/, "") : l.replace(/ +/g, " ").trim()));
    const block = lines.join("\n").replace(/^\n+|\n+$/g, "");
    if (block.trim() !== "") blocks.push(block);
    current = "";
    hadPre = false;
  };
  traverse(root, {
    enter(node) {
      if (node.nodeType === 3 || node.nodeType === 4) {
        const value = node.nodeValue ?? "";
        current += pre > 0 ? value : value.replace(/\s+/g, " ");
        if (pre > 0) hadPre = true;
        return false;
      }
      if (!isElement(node) || isSkipped(node, options)) return false;
      const tag = node.tagName.toUpperCase();
      if (tag === "BR") current += "\n";
      else if (tag === "TD" || tag === "TH" || tag === "IMG") current += " ";
      else if (BLOCK.has(tag)) flush();
      if (tag === "PRE") pre++;
      return true;
    },
    exit(node) {
      if (!isElement(node) || isSkipped(node, options)) return;
      const tag = node.tagName.toUpperCase();
      if (tag === "PRE") pre--;
      if (BLOCK.has(tag)) flush();
    },
  });
  flush();
  return blocks.join("\n\n");
}
