import type { Diagnostic } from "./diagnostic.js";

export type DocumentKind = "article" | "comment" | "post";
export type DocumentStatus = "ok" | "empty";

/**
 * A reader comment as the ingest parsers find it inside a page. It becomes a stored
 * document of kind "comment" whose parent is the article.
 */
export interface ParsedComment {
  /** The number the page shows for it ("| 17", "17."), or null. */
  number: number | null;
  author: string | null;
  /** ISO 8601 date or date-time (UTC "Z" where the page gives a zone), or null. */
  published: string | null;
  /** Index (into the same comments array) of the comment this one answers, or null. */
  replyTo: number | null;
  text: string;
  diagnostics: Diagnostic[];
}

/** What an ingest parser makes of one input: an article or post, with its comments. */
export interface ParsedDocument {
  kind: Exclude<DocumentKind, "comment">;
  title: string | null;
  outlet: string | null;
  /** ISO 8601 date (YYYY-MM-DD) or date-time, or null when unknown. */
  published: string | null;
  author: string | null;
  url: string | null;
  /** The article body: the text every span of this document points into. */
  text: string;
  comments: ParsedComment[];
  diagnostics: Diagnostic[];
}

/** One input as read, ready for the store. */
export interface IngestItem {
  /** File name, URL, or a JSONL record's id: the export's `source`. */
  source: string;
  /** The media type ingest decided on: "text/plain", "text/html", "application/rss+xml", ... */
  contentType: string;
  /** Charset the bytes were decoded with, or null for binary-safe inputs. */
  charset: string | null;
  /** The raw bytes as received, kept so later stages can re-run. */
  raw: Uint8Array;
  parsed: ParsedDocument;
}

/** A document as the store holds it. Comments are documents too. */
export interface StoredDocument {
  id: string;
  /** sha256 (hex) of the normalised content: identity across sources. */
  hash: string;
  /** The first source this content came from. */
  source: string;
  /** Every source it came from, in order of ingest. */
  sources: string[];
  kind: DocumentKind;
  /** For a comment: the id of its article. */
  parent: string | null;
  /** For a comment: the id of the comment it answers, where the layout shows it. */
  replyTo: string | null;
  /** For a comment: its number on the page. */
  number: number | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  author: string | null;
  url: string | null;
  text: string;
  status: DocumentStatus;
  contentType: string;
  charset: string | null;
  diagnostics: Diagnostic[];
  ingestedAt: string;
}
