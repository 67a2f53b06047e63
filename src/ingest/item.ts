import type { IngestItem, ParsedDocument } from "../model/document.js";
import type { Diagnostic } from "../model/diagnostic.js";

/** Puts the decoder's diagnostics in front of the parser's, returning a new document. */
export function withDiagnostics(parsed: ParsedDocument, diagnostics: Diagnostic[]): ParsedDocument {
  return diagnostics.length === 0 ? parsed : { ...parsed, diagnostics: [...diagnostics, ...parsed.diagnostics] };
}

export function makeItem(options: {
  source: string;
  contentType: string;
  charset: string | null;
  raw: Uint8Array;
  parsed: ParsedDocument;
}): IngestItem {
  return { source: options.source, contentType: options.contentType, charset: options.charset, raw: options.raw, parsed: options.parsed };
}
