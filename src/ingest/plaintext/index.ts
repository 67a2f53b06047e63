import type { ParsedDocument } from "../../model/document.js";
import { diagnostic } from "../../model/diagnostic.js";
import { buildDocument } from "./build-document.js";
import type { PageState } from "./page-state.js";
import { plainTextSteps } from "./steps.js";

/**
 * Reads a web page saved as plain text: title, outlet, publication date and author
 * from its header and bylines; the article body without page furniture; the reader
 * comments, each with its author, time, number and the comment it answers.
 * Never throws; what it could not work out is reported in `diagnostics`.
 *
 * The article text keeps its header lines (masthead, dateline, headline) and is one
 * verbatim slice of the input, furniture glued to a dateline included (reported as
 * `furniture-kept-in-header`). Whole furniture lines inside a body or a comment are
 * left out, and then `furniture-removed` says the text is pieces of the input.
 * Comment texts include their own header or signature line.
 */
export function parsePlainText(text: string, options: { source: string }): ParsedDocument {
  const input = typeof text === "string" ? text : "";
  if (lineCountAbove(input, MAX_LINES)) return unanalysed(input);
  try {
    let state: PageState = {
      input, lines: [], header: null, sectionLine: null, layout: null, body: null, closingByline: null,
    };
    for (const step of plainTextSteps()) state = step(state);
    return buildDocument(state);
  } catch (error) {
    return unreadable(input, options.source, error);
  }
}

/** Beyond this many lines the layout is not analysed (memory stays bounded). */
export const MAX_LINES = 200_000;

function lineCountAbove(input: string, max: number): boolean {
  let count = 1;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    const lineBreak = c === 10 || (c === 13 && input.charCodeAt(i + 1) !== 10);
    if (lineBreak && ++count > max) return true;
  }
  return false;
}

function unanalysed(input: string): ParsedDocument {
  return {
    ...unreadable(input, "", null),
    diagnostics: [diagnostic({
      code: "plaintext-too-many-lines",
      stage: "ingest",
      message: `The text has more than ${MAX_LINES} lines; its layout (title, date, comments) was not analysed and the whole text was kept as the body.`,
    })],
  };
}

/** The whole input as the body, when a step failed on something unforeseen. */
function unreadable(input: string, source: string, error: unknown): ParsedDocument {
  const reason = error instanceof Error ? error.name : "unknown error";
  return {
    kind: "article",
    title: null,
    outlet: null,
    published: null,
    author: null,
    url: null,
    text: input,
    comments: [],
    diagnostics: [diagnostic({
      code: "plaintext-layout-failed",
      stage: "ingest",
      severity: "error",
      message: `The page layout of ${source} could not be read (${reason}); its whole text was kept as the body.`,
    })],
  };
}
