import type { ParsedDocument } from "../../model/document.js";
import { diagnostic } from "../../model/diagnostic.js";
import { normaliseDate } from "../dates/normalise.js";
import { plainInline } from "../html/inline.js";
import { parsePlainText } from "../plaintext/index.js";
import { wellFormed } from "../well-formed.js";
import type { JsonlRecord } from "./record.js";

/**
 * A record's text read like any plain-text page (so comments in it are split off), with
 * the record's own fields taking precedence over what the text suggests.
 */
export function recordDocument(record: JsonlRecord): ParsedDocument {
  const clean = wellFormed(record.text);
  const parsed = clean.text.trim() === "" ? null : parsePlainText(clean.text, { source: record.id });
  const published = record.published === null ? null : normaliseDate(record.published, { utc: false });
  // The record's own date makes the text parser's "no date found" beside the point.
  const diagnostics = (parsed?.diagnostics ?? []).filter((d) => published === null || !d.code.startsWith("publication-date"));
  if (clean.replaced > 0) {
    diagnostics.unshift(diagnostic({ code: "invalid-bytes", stage: "ingest", message: `${clean.replaced} unpaired surrogate(s) in the record's text were replaced with U+FFFD.` }));
  }
  if (record.published !== null && published === null) {
    diagnostics.push(diagnostic({ code: "date-unreadable", stage: "ingest", message: `The record's "published" value is not a date sitrep can read.` }));
  }
  return {
    kind: parsed?.kind ?? "article",
    title: plainInline(record.title) ?? parsed?.title ?? null,
    outlet: plainInline(record.outlet) ?? parsed?.outlet ?? null,
    published: published ?? parsed?.published ?? null,
    author: plainInline(record.author) ?? parsed?.author ?? null,
    url: record.url ?? parsed?.url ?? null,
    text: parsed?.text ?? "",
    comments: parsed?.comments ?? [],
    diagnostics,
  };
}
