import type { ParsedDocument } from "../model/document.js";

/** A parser's answer: the document, or a reason code and a one-line explanation. */
export type ParseOutcome = { ok: true; parsed: ParsedDocument } | { ok: false; code: string; message: string };

/** A document with no text: stored with status "empty", no stage runs on it. */
export function emptyDocument(overrides: Partial<ParsedDocument> = {}): ParsedDocument {
  return { kind: "article", title: null, outlet: null, published: null, author: null, url: null, text: "", comments: [], diagnostics: [], ...overrides };
}
