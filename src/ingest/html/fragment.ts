import { diagnostic, type Diagnostic } from "../../model/diagnostic.js";
import { capDepth, MAX_DEPTH } from "./depth.js";
import { parseDom } from "./dom.js";
import { blockText } from "./text.js";

export type FragmentText = { ok: true; text: string; diagnostics: Diagnostic[] } | { ok: false; code: string; message: string };

/** An HTML fragment (a feed item's content) as plain text, with the same caps as a page. */
export function fragmentText(html: string): FragmentText {
  const dom = parseDom(html);
  if (!dom.ok) return dom;
  const diagnostics: Diagnostic[] = [];
  const capped = capDepth(dom.document.documentElement);
  if (capped > 0) {
    diagnostics.push(diagnostic({ code: "html-depth-capped", stage: "ingest", message: `Markup nested deeper than ${MAX_DEPTH} levels was flattened to its text.` }));
  }
  return { ok: true, text: dom.document.body ? blockText(dom.document.body) : "", diagnostics };
}
