import type { DocAnalysis } from "../model/analysis.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { DocumentKind, DocumentStatus, StoredDocument } from "../model/document.js";
import type { DocumentSummary } from "./store.js";

/** A documents row as both engines return it (column names in snake_case). */
export interface DocumentRow {
  seq: number | string;
  id: string;
  hash: string;
  kind: string;
  parent: string | null;
  reply_to: string | null;
  number: number | null;
  source: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  author: string | null;
  url: string | null;
  text: string;
  status: string;
  content_type: string;
  charset: string | null;
  diagnostics: string;
  ingested_at: string;
}

export function documentFromRow(row: DocumentRow, sources: string[]): StoredDocument {
  return {
    id: row.id,
    hash: row.hash,
    source: row.source,
    sources: sources.length ? sources : [row.source],
    kind: row.kind as DocumentKind,
    parent: row.parent,
    replyTo: row.reply_to,
    number: row.number === null ? null : Number(row.number),
    title: row.title,
    outlet: row.outlet,
    published: row.published,
    author: row.author,
    url: row.url,
    text: row.text,
    status: row.status as DocumentStatus,
    contentType: row.content_type,
    charset: row.charset,
    diagnostics: parseJson<Diagnostic[]>(row.diagnostics, []),
    ingestedAt: row.ingested_at,
  };
}

export interface SummaryRow {
  id: string;
  kind: string;
  source: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  author: string | null;
  parent: string | null;
  status: string;
  comment_count: number | string;
}

export function summaryFromRow(row: SummaryRow): DocumentSummary {
  return {
    id: row.id,
    kind: row.kind as DocumentKind,
    source: row.source,
    outlet: row.outlet,
    title: row.title,
    published: row.published,
    author: row.author,
    parent: row.parent,
    status: row.status as DocumentStatus,
    commentCount: Number(row.comment_count),
  };
}

export function analysisFromJson(data: string): DocAnalysis {
  return JSON.parse(data) as DocAnalysis;
}

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/** The SELECT list for summaries: a correlated count of comments. */
export const SUMMARY_SELECT = `SELECT d.id, d.kind, d.source, d.outlet, d.title, d.published, d.author, d.parent, d.status,
  (SELECT COUNT(*) FROM documents c WHERE c.parent = d.id) AS comment_count FROM documents d`;
