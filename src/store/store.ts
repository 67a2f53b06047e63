import type { DocAnalysis } from "../model/analysis.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { DocumentKind, DocumentStatus, StoredDocument } from "../model/document.js";

/**
 * The store interface. SQLite (embedded, default) and PostgreSQL implement it; nothing
 * outside src/store/ writes SQL. All methods are async so both can satisfy it.
 */

/** A document ready to be written: everything but the id and ingest time. */
export interface NewDocument {
  hash: string;
  source: string;
  kind: DocumentKind;
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
  /** For comments: their number, and the position in `comments` of the one they answer. */
  number: number | null;
  replyTo: number | null;
}

/** One input's worth of documents, written in one transaction. */
export interface NewDocumentSet {
  article: NewDocument;
  comments: NewDocument[];
  /** The raw bytes of the input (kept so stages can re-run). */
  raw: Uint8Array;
  /** Analyses in the same order: [article, ...comments]; null when no stages ran. */
  analyses: (DocAnalysis | null)[] | null;
}

export interface AddOutcome {
  status: "added" | "duplicate";
  /** The article's id (the existing one for a duplicate). */
  id: string;
  commentIds: string[];
}

export interface DocumentFilter {
  kind?: DocumentKind;
  parent?: string;
  limit?: number;
  offset?: number;
}

export interface DocumentSummary {
  id: string;
  kind: DocumentKind;
  source: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  author: string | null;
  parent: string | null;
  status: DocumentStatus;
  commentCount: number;
}

export interface SearchHit {
  doc: string;
  /** A short excerpt around the match, plain text. */
  snippet: string;
  score: number;
}

export interface Store {
  readonly kind: "sqlite" | "postgres";
  /** A short human description of where it lives (a file path or a redacted URL). */
  readonly location: string;
  /** Writes the documents of one input and their analyses atomically; dedupes by hash. */
  addDocumentSet(set: NewDocumentSet): Promise<AddOutcome>;
  /** Records another source for an already stored document. */
  addSource(docId: string, source: string): Promise<void>;
  getDocument(id: string): Promise<StoredDocument | null>;
  findByHash(hash: string): Promise<string | null>;
  listDocuments(filter?: DocumentFilter): Promise<DocumentSummary[]>;
  /** Every document, in id order, streamed in pages. */
  iterateDocuments(pageSize?: number): AsyncIterable<StoredDocument>;
  getRaw(id: string): Promise<Uint8Array | null>;
  getAnalysis(id: string): Promise<DocAnalysis | null>;
  /** Every (document id, analysis) pair, in id order, streamed. */
  iterateAnalyses(pageSize?: number): AsyncIterable<{ id: string; analysis: DocAnalysis }>;
  /** Replaces one document's analysis (sitrep reanalyze) atomically. */
  saveAnalysis(id: string, analysis: DocAnalysis): Promise<void>;
  search(query: string, limit?: number): Promise<SearchHit[]>;
  /** A number that grows with every write, for caches of derived results. */
  revision(): Promise<number>;
  counts(): Promise<{ documents: number; articles: number; comments: number; analysed: number }>;
  close(): Promise<void>;
}
