import { Readability } from "@mozilla/readability";
import { diagnostic, type Diagnostic } from "../../model/diagnostic.js";
import type { ParseOutcome } from "../outcome.js";
import { extractComments } from "./comments/extract.js";
import { capDepth, MAX_DEPTH } from "./depth.js";
import { parseDom } from "./dom.js";
import { plainInline } from "./inline.js";
import { cleanAuthor, readMetadata } from "./metadata.js";
import { normaliseDate } from "../dates/normalise.js";
import { blockText } from "./text.js";

const CHROME = new Set(["NAV", "HEADER", "FOOTER", "ASIDE", "FORM"]);
/** Readability's scoring grows faster than linearly; above this many elements the page text is kept whole. */
export const READABILITY_MAX_ELEMENTS = 20_000;

function articleElement(document: Document, diagnostics: Diagnostic[]) {
  const elements = document.getElementsByTagName("*").length;
  if (elements > READABILITY_MAX_ELEMENTS) {
    diagnostics.push(diagnostic({ code: "boilerplate-kept", stage: "ingest", severity: "info", message: `The page has ${elements} elements; boilerplate removal was skipped and the whole page text kept.` }));
    return null;
  }
  try {
    return new Readability<Node>(document, { serializer: (node) => node, maxElemsToParse: 0 }).parse();
  } catch (error) {
    diagnostics.push(diagnostic({ code: "readability-failed", stage: "ingest", message: `Boilerplate removal failed (${(error as Error).message.slice(0, 80)}); the whole page text was kept.` }));
    return null;
  }
}

/**
 * An HTML page as an article: metadata from meta tags, JSON-LD and bylines; reader
 * comments split off; the body found by Readability, as plain text with a blank line
 * between blocks.
 */
export function parseHtmlPage(html: string, options: { url: string | null }): ParseOutcome {
  const dom = parseDom(html);
  if (!dom.ok) return dom;
  const { document } = dom;
  const diagnostics: Diagnostic[] = [];
  const root = document.documentElement;
  const capped = capDepth(root);
  if (capped > 0) {
    diagnostics.push(diagnostic({ code: "html-depth-capped", stage: "ingest", message: `Markup nested deeper than ${MAX_DEPTH} levels was flattened to its text in ${capped} place(s).` }));
  }
  const { comments, diagnostics: commentNotes } = extractComments(document);
  diagnostics.push(...commentNotes);
  const meta = readMetadata(document);
  // Readability needs a body to work on; a page without one keeps its metadata and no text.
  const fallback = document.body ? blockText(document.body, { skip: (el) => CHROME.has(el.tagName.toUpperCase()) }) : "";
  const article = fallback === "" ? null : articleElement(document, diagnostics);
  const text = article?.content ? blockText(article.content) : fallback;
  return {
    ok: true,
    parsed: {
      kind: "article",
      title: meta.title ?? plainInline(article?.title),
      outlet: meta.outlet ?? plainInline(article?.siteName),
      published: meta.published ?? normaliseDate(article?.publishedTime, { utc: false }),
      author: meta.author ?? cleanAuthor(article?.byline),
      url: options.url,
      text: text === "" ? fallback : text,
      comments,
      diagnostics,
    },
  };
}
