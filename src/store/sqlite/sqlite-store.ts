import Database from "better-sqlite3";
import type { DocAnalysis } from "../../model/analysis.js";
import type { StoredDocument } from "../../model/document.js";
import { MIGRATIONS } from "../schema.js";
import { analysisFromJson, documentFromRow, summaryFromRow, SUMMARY_SELECT, type DocumentRow, type SummaryRow } from "../rows.js";
import type { AddOutcome, DocumentFilter, DocumentSummary, NewDocument, NewDocumentSet, SearchHit, Store } from "../store.js";
import { ftsQuery } from "../fts-query.js";
import type { JobQueue } from "../jobs.js";
import { SqliteJobQueue } from "./sqlite-jobs.js";

/** Full-text index: SQLite FTS5 over titles and texts, kept in step by triggers. */
const FTS_MIGRATION = [
  `CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(title, text, content='documents', content_rowid='seq', tokenize='porter unicode61')`,
  `CREATE TRIGGER IF NOT EXISTS documents_fts_ai AFTER INSERT ON documents BEGIN
     INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
   END`,
  `CREATE TRIGGER IF NOT EXISTS documents_fts_ad AFTER DELETE ON documents BEGIN
     INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
   END`,
];

export interface SqliteStoreOptions {
  path: string;
  /** Milliseconds to wait on a locked database before failing with SQLITE_BUSY. */
  busyTimeoutMs?: number;
}

export class SqliteStore implements Store {
  readonly kind = "sqlite" as const;
  readonly location: string;
  private readonly db: Database.Database;
  /** Prepared statements by their text: preparing one costs more than running it. */
  private readonly statements = new Map<string, Database.Statement>();

  private constructor(db: Database.Database, location: string) {
    this.db = db;
    this.location = location;
  }

  private sql(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) this.statements.set(text, (statement = this.db.prepare(text)));
    return statement;
  }

  static open(options: SqliteStoreOptions): SqliteStore {
    const db = new Database(options.path);
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 10_000))}`);
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    const store = new SqliteStore(db, options.path);
    store.migrate();
    return store;
  }

  jobs(): JobQueue {
    return new SqliteJobQueue(this.db);
  }

  private migrate(): void {
    this.db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const applied = new Set(
      (this.sql(`SELECT version FROM schema_migrations`).all() as { version: number }[]).map((r) => r.version),
    );
    for (const m of MIGRATIONS) {
      if (applied.has(m.version)) continue;
      this.db.transaction(() => {
        for (const sql of m.statements) this.db.exec(sql);
        if (m.version === 1) for (const sql of FTS_MIGRATION) this.db.exec(sql);
        this.sql(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`)
          .run(m.version, m.name, new Date().toISOString());
      }).immediate();
    }
  }

  async addDocumentSet(set: NewDocumentSet): Promise<AddOutcome> {
    const run = this.db.transaction((): AddOutcome => {
      const existing = this.sql(`SELECT id FROM documents WHERE hash = ?`).get(set.article.hash) as { id: string } | undefined;
      if (existing) {
        // A new source is a write: caches keyed on the revision must see it.
        if (this.insertSource(existing.id, set.article.source)) this.bumpRevision();
        const commentIds = (this.sql(`SELECT id FROM documents WHERE parent = ? ORDER BY seq`).all(existing.id) as { id: string }[]).map((r) => r.id);
        return { status: "duplicate", id: existing.id, commentIds };
      }
      const now = new Date().toISOString();
      const articleId = this.insertDocument(set.article, null, null, now);
      this.sql(`INSERT INTO raw_inputs (doc_id, content_type, bytes) VALUES (?, ?, ?)`).run(articleId, set.article.contentType, Buffer.from(set.raw));
      const commentIds: string[] = [];
      for (const c of set.comments) {
        const replyTo = c.replyTo !== null ? (commentIds[c.replyTo] ?? null) : null;
        commentIds.push(this.insertDocument(c, articleId, replyTo, now));
      }
      if (set.analyses) {
        const ids = [articleId, ...commentIds];
        set.analyses.forEach((a, i) => {
          const id = ids[i];
          if (a && id) this.upsertAnalysis(id, a, now);
        });
      }
      this.bumpRevision();
      return { status: "added", id: articleId, commentIds };
    });
    return run.immediate();
  }

  private insertDocument(d: NewDocument, parent: string | null, replyTo: string | null, now: string): string {
    const seqRow = this.sql(`SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM documents`).get() as { next: number };
    const id = `d${seqRow.next}`;
    this.sql(
        `INSERT INTO documents (seq, id, hash, kind, parent, reply_to, number, source, title, outlet, published, author, url, text, status, content_type, charset, diagnostics, ingested_at)
         VALUES (@seq, @id, @hash, @kind, @parent, @replyTo, @number, @source, @title, @outlet, @published, @author, @url, @text, @status, @contentType, @charset, @diagnostics, @now)`,
      )
      .run({
        seq: seqRow.next,
        id,
        hash: d.hash,
        kind: d.kind,
        parent,
        replyTo,
        number: d.number,
        source: d.source,
        title: d.title,
        outlet: d.outlet,
        published: d.published,
        author: d.author,
        url: d.url,
        text: d.text,
        status: d.status,
        contentType: d.contentType,
        charset: d.charset,
        diagnostics: JSON.stringify(d.diagnostics),
        now,
      });
    this.insertSource(id, d.source, now);
    return id;
  }

  /** True when the source was new for this document. */
  private insertSource(docId: string, source: string, now = new Date().toISOString()): boolean {
    return this.sql(`INSERT INTO sources (doc_id, source, added_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`).run(docId, source, now).changes > 0;
  }

  private upsertAnalysis(id: string, analysis: DocAnalysis, now: string): void {
    this.sql(
        `INSERT INTO analyses (doc_id, version, data, analysed_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (doc_id) DO UPDATE SET version = excluded.version, data = excluded.data, analysed_at = excluded.analysed_at`,
      )
      .run(id, analysis.version, JSON.stringify(analysis), now);
  }

  private bumpRevision(): void {
    this.sql(`UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'revision'`).run();
  }

  async addSource(docId: string, source: string): Promise<void> {
    this.db.transaction(() => {
      if (this.insertSource(docId, source)) this.bumpRevision();
    }).immediate();
  }

  // Sources in the order they were recorded (rowid), not by time: writes within one
  // millisecond would otherwise come back sorted by name.
  private sourcesOf(id: string): string[] {
    return (this.sql(`SELECT source FROM sources WHERE doc_id = ? ORDER BY rowid`).all(id) as { source: string }[]).map((r) => r.source);
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const row = this.sql(`SELECT * FROM documents WHERE id = ?`).get(id) as DocumentRow | undefined;
    return row ? documentFromRow(row, this.sourcesOf(row.id)) : null;
  }

  async findByHash(hash: string): Promise<string | null> {
    const row = this.sql(`SELECT id FROM documents WHERE hash = ?`).get(hash) as { id: string } | undefined;
    return row?.id ?? null;
  }

  async listDocuments(filter: DocumentFilter = {}): Promise<DocumentSummary[]> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (filter.kind) {
      where.push("d.kind = ?");
      params.push(filter.kind);
    }
    if (filter.parent) {
      where.push("d.parent = ?");
      params.push(filter.parent);
    }
    const sql = `${SUMMARY_SELECT} ${where.length ? "WHERE " + where.join(" AND ") : ""} ORDER BY d.seq LIMIT ? OFFSET ?`;
    params.push(filter.limit ?? -1, filter.offset ?? 0);
    return (this.sql(sql).all(...params) as SummaryRow[]).map(summaryFromRow);
  }

  async *iterateDocuments(pageSize = 500): AsyncIterable<StoredDocument> {
    let after = 0;
    for (;;) {
      const rows = this.sql(`SELECT * FROM documents WHERE seq > ? ORDER BY seq LIMIT ?`).all(after, pageSize) as DocumentRow[];
      if (!rows.length) return;
      const ids = rows.map((r) => r.id);
      const sources = new Map<string, string[]>();
      const srcRows = this.db.prepare(`SELECT doc_id, source FROM sources WHERE doc_id IN (${ids.map(() => "?").join(",")}) ORDER BY rowid`)
        .all(...ids) as { doc_id: string; source: string }[];
      for (const s of srcRows) sources.set(s.doc_id, [...(sources.get(s.doc_id) ?? []), s.source]);
      for (const r of rows) yield documentFromRow(r, sources.get(r.id) ?? []);
      after = Number(rows[rows.length - 1]!.seq);
    }
  }

  async getRaw(id: string): Promise<Uint8Array | null> {
    const row = this.sql(`SELECT bytes FROM raw_inputs WHERE doc_id = ?`).get(id) as { bytes: Buffer } | undefined;
    return row ? new Uint8Array(row.bytes) : null;
  }

  async getAnalysis(id: string): Promise<DocAnalysis | null> {
    const row = this.sql(`SELECT data FROM analyses WHERE doc_id = ?`).get(id) as { data: string } | undefined;
    return row ? analysisFromJson(row.data) : null;
  }

  async *iterateAnalyses(pageSize = 500): AsyncIterable<{ id: string; analysis: DocAnalysis }> {
    let after = 0;
    for (;;) {
      const rows = this.sql(`SELECT d.seq, a.doc_id, a.data FROM analyses a JOIN documents d ON d.id = a.doc_id WHERE d.seq > ? ORDER BY d.seq LIMIT ?`)
        .all(after, pageSize) as { seq: number; doc_id: string; data: string }[];
      if (!rows.length) return;
      for (const r of rows) yield { id: r.doc_id, analysis: analysisFromJson(r.data) };
      after = rows[rows.length - 1]!.seq;
    }
  }

  async saveAnalysis(id: string, analysis: DocAnalysis): Promise<void> {
    this.db.transaction(() => {
      this.upsertAnalysis(id, analysis, new Date().toISOString());
      this.bumpRevision();
    }).immediate();
  }

  async search(query: string, limit = 20): Promise<SearchHit[]> {
    const match = ftsQuery(query);
    if (!match) return [];
    const rows = this.sql(
        `SELECT d.id AS doc, snippet(documents_fts, 1, '', '', ' … ', 24) AS snippet, bm25(documents_fts) AS score
         FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
         WHERE documents_fts MATCH ? ORDER BY score LIMIT ?`,
      )
      .all(match, limit) as { doc: string; snippet: string; score: number }[];
    return rows.map((r) => ({ doc: r.doc, snippet: r.snippet, score: -r.score }));
  }

  async revision(): Promise<number> {
    const row = this.sql(`SELECT value FROM meta WHERE key = 'revision'`).get() as { value: string };
    return Number(row.value);
  }

  async counts(): Promise<{ documents: number; articles: number; comments: number; analysed: number }> {
    const r = this.sql(
        `SELECT COUNT(*) AS documents, SUM(CASE WHEN kind = 'comment' THEN 0 ELSE 1 END) AS articles,
                SUM(CASE WHEN kind = 'comment' THEN 1 ELSE 0 END) AS comments,
                (SELECT COUNT(*) FROM analyses) AS analysed FROM documents`,
      )
      .get() as { documents: number; articles: number | null; comments: number | null; analysed: number };
    return { documents: r.documents, articles: r.articles ?? 0, comments: r.comments ?? 0, analysed: r.analysed };
  }

  /** SQLite's own consistency check ("ok" when healthy). */
  integrityCheck(): string {
    return String(this.db.pragma("integrity_check", { simple: true }));
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
