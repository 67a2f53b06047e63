import pg from "pg";
import type { Pool, PoolClient } from "pg";
import type { DocAnalysis } from "../../model/analysis.js";
import type { StoredDocument } from "../../model/document.js";
import { ftsTerms } from "../fts-query.js";
import type { JobQueue } from "../jobs.js";
import { analysisFromJson, documentFromRow, summaryFromRow, SUMMARY_SELECT, type DocumentRow, type SummaryRow } from "../rows.js";
import type { AddOutcome, DocumentFilter, DocumentSummary, NewDocument, NewDocumentSet, SearchHit, Store } from "../store.js";
import { HEADLINE_OPTIONS, searchText } from "./dialect.js";
import { redactUrl } from "./location.js";
import { migrate } from "./migrate.js";
import { PgJobQueue } from "./pg-jobs.js";
import { inTransaction, pgText } from "./transaction.js";

export interface PostgresStoreOptions {
  /** postgres://user[:password]@host:port/db */
  url: string;
  /** Connections in the pool (default 4). */
  poolSize?: number;
}

/** Inserts a document with an id from the seq sequence and records its first source, in one round trip. */
const INSERT_DOCUMENT = `WITH s AS (SELECT nextval(pg_get_serial_sequence('documents', 'seq')) AS seq),
  d AS (
    INSERT INTO documents (seq, id, hash, kind, parent, reply_to, number, source, title, outlet, published, author, url, text, status, content_type, charset, diagnostics, ingested_at)
    SELECT s.seq, 'd' || s.seq, $1, $2, $3, $4, $5::integer, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17 FROM s
    ON CONFLICT (hash) DO NOTHING
    RETURNING id
  )
  INSERT INTO sources (doc_id, source, added_at) SELECT d.id, $6, $17 FROM d RETURNING doc_id AS id`;

const UPSERT_ANALYSIS = `INSERT INTO analyses (doc_id, version, data, analysed_at) VALUES ($1, $2, $3, $4)
  ON CONFLICT (doc_id) DO UPDATE SET version = excluded.version, data = excluded.data, analysed_at = excluded.analysed_at`;

/**
 * The store on PostgreSQL, for teams and for several ingest processes at once. Every
 * write is one transaction; dedupe by content hash rests on the unique index on
 * documents.hash, so two processes adding the same content end with one document that
 * lists both sources.
 */
export class PostgresStore implements Store {
  readonly kind = "postgres" as const;
  readonly location: string;
  private readonly pool: Pool;
  private closed = false;

  private constructor(pool: Pool, location: string) {
    this.pool = pool;
    this.location = location;
  }

  static async open(options: PostgresStoreOptions): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 4 });
    // An idle connection that dies (server restart) must not crash the process.
    pool.on("error", () => undefined);
    try {
      await migrate(pool);
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
    return new PostgresStore(pool, redactUrl(options.url));
  }

  jobs(): JobQueue {
    return new PgJobQueue(this.pool);
  }

  async addDocumentSet(set: NewDocumentSet): Promise<AddOutcome> {
    return inTransaction(this.pool, async (c) => {
      const existing = await this.idByHash(c, set.article.hash);
      if (existing) return this.duplicate(c, existing, set.article.source);
      const now = new Date().toISOString();
      const articleId = await this.insertDocument(c, set.article, null, null, now);
      // Another transaction committed the same content first: this input is a duplicate.
      if (!articleId) return this.duplicate(c, (await this.idByHash(c, set.article.hash))!, set.article.source);
      await c.query(`INSERT INTO raw_inputs (doc_id, content_type, bytes) VALUES ($1, $2, $3)`, [
        articleId,
        set.article.contentType,
        Buffer.from(set.raw.buffer, set.raw.byteOffset, set.raw.byteLength),
      ]);
      const commentIds: string[] = [];
      for (const comment of set.comments) {
        const replyTo = comment.replyTo !== null ? (commentIds[comment.replyTo] ?? null) : null;
        const id = (await this.insertDocument(c, comment, articleId, replyTo, now)) ?? (await this.idByHash(c, comment.hash));
        if (!id) throw new Error(`comment ${comment.hash} could not be stored`);
        commentIds.push(id);
      }
      const ids = [articleId, ...commentIds];
      for (const [i, analysis] of (set.analyses ?? []).entries()) {
        const id = ids[i];
        if (analysis && id) await c.query(UPSERT_ANALYSIS, [id, analysis.version, JSON.stringify(analysis), now]);
      }
      await this.bumpRevision(c);
      return { status: "added", id: articleId, commentIds };
    });
  }

  private async duplicate(c: PoolClient, id: string, source: string): Promise<AddOutcome> {
    if (await this.insertSource(c, id, source)) await this.bumpRevision(c);
    const rows = await c.query<{ id: string }>(`SELECT id FROM documents WHERE parent = $1 ORDER BY seq`, [id]);
    return { status: "duplicate", id, commentIds: rows.rows.map((r) => r.id) };
  }

  private async idByHash(c: PoolClient | Pool, hash: string): Promise<string | null> {
    const r = await c.query<{ id: string }>(`SELECT id FROM documents WHERE hash = $1`, [hash]);
    return r.rows[0]?.id ?? null;
  }

  /** The new id, or null when a document with this hash exists already. */
  private async insertDocument(c: PoolClient, d: NewDocument, parent: string | null, replyTo: string | null, now: string): Promise<string | null> {
    const r = await c.query<{ id: string }>(INSERT_DOCUMENT, [
      d.hash,
      d.kind,
      parent,
      replyTo,
      d.number,
      pgText(d.source),
      pgText(d.title),
      pgText(d.outlet),
      pgText(d.published),
      pgText(d.author),
      pgText(d.url),
      pgText(d.text),
      d.status,
      pgText(d.contentType),
      pgText(d.charset),
      JSON.stringify(d.diagnostics),
      now,
    ]);
    return r.rows[0]?.id ?? null;
  }

  /** True when the source was new for this document. */
  private async insertSource(c: PoolClient, docId: string, source: string): Promise<boolean> {
    const r = await c.query(`INSERT INTO sources (doc_id, source, added_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
      docId,
      pgText(source),
      new Date().toISOString(),
    ]);
    return (r.rowCount ?? 0) > 0;
  }

  private async bumpRevision(c: PoolClient): Promise<void> {
    // A row in meta rather than a sequence: the new number becomes visible with the data it counts.
    await c.query(`UPDATE meta SET value = CAST(CAST(value AS BIGINT) + 1 AS TEXT) WHERE key = 'revision'`);
  }

  async addSource(docId: string, source: string): Promise<void> {
    await inTransaction(this.pool, async (c) => {
      if (await this.insertSource(c, docId, source)) await this.bumpRevision(c);
    });
  }

  private async sourcesOf(ids: string[]): Promise<Map<string, string[]>> {
    const r = await this.pool.query<{ doc_id: string; source: string }>(
      `SELECT doc_id, source FROM sources WHERE doc_id = ANY($1) ORDER BY ord`,
      [ids],
    );
    const sources = new Map<string, string[]>();
    for (const s of r.rows) sources.set(s.doc_id, [...(sources.get(s.doc_id) ?? []), s.source]);
    return sources;
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const row = (await this.pool.query<DocumentRow>(`SELECT * FROM documents WHERE id = $1`, [id])).rows[0];
    return row ? documentFromRow(row, (await this.sourcesOf([row.id])).get(row.id) ?? []) : null;
  }

  async findByHash(hash: string): Promise<string | null> {
    return this.idByHash(this.pool, hash);
  }

  async listDocuments(filter: DocumentFilter = {}): Promise<DocumentSummary[]> {
    const where: string[] = [];
    const params: (string | number | null)[] = [];
    if (filter.kind) {
      params.push(filter.kind);
      where.push(`d.kind = $${params.length}`);
    }
    if (filter.parent) {
      params.push(filter.parent);
      where.push(`d.parent = $${params.length}`);
    }
    params.push(filter.limit ?? null, filter.offset ?? 0);
    const sql = `${SUMMARY_SELECT} ${where.length ? "WHERE " + where.join(" AND ") : ""} ORDER BY d.seq LIMIT $${params.length - 1} OFFSET $${params.length}`;
    return (await this.pool.query<SummaryRow>(sql, params)).rows.map(summaryFromRow);
  }

  async *iterateDocuments(pageSize = 500): AsyncIterable<StoredDocument> {
    let after = 0;
    for (;;) {
      const rows = (await this.pool.query<DocumentRow>(`SELECT * FROM documents WHERE seq > $1 ORDER BY seq LIMIT $2`, [after, pageSize])).rows;
      if (!rows.length) return;
      const sources = await this.sourcesOf(rows.map((r) => r.id));
      for (const r of rows) yield documentFromRow(r, sources.get(r.id) ?? []);
      after = Number(rows[rows.length - 1]!.seq);
    }
  }

  async getRaw(id: string): Promise<Uint8Array | null> {
    const row = (await this.pool.query<{ bytes: Buffer }>(`SELECT bytes FROM raw_inputs WHERE doc_id = $1`, [id])).rows[0];
    return row ? new Uint8Array(row.bytes) : null;
  }

  async getAnalysis(id: string): Promise<DocAnalysis | null> {
    const row = (await this.pool.query<{ data: string }>(`SELECT data FROM analyses WHERE doc_id = $1`, [id])).rows[0];
    return row ? analysisFromJson(row.data) : null;
  }

  async *iterateAnalyses(pageSize = 500): AsyncIterable<{ id: string; analysis: DocAnalysis }> {
    let after = 0;
    for (;;) {
      const rows = (
        await this.pool.query<{ seq: string; doc_id: string; data: string }>(
          `SELECT d.seq, a.doc_id, a.data FROM analyses a JOIN documents d ON d.id = a.doc_id WHERE d.seq > $1 ORDER BY d.seq LIMIT $2`,
          [after, pageSize],
        )
      ).rows;
      if (!rows.length) return;
      for (const r of rows) yield { id: r.doc_id, analysis: analysisFromJson(r.data) };
      after = Number(rows[rows.length - 1]!.seq);
    }
  }

  async saveAnalysis(id: string, analysis: DocAnalysis): Promise<void> {
    await inTransaction(this.pool, async (c) => {
      await c.query(UPSERT_ANALYSIS, [id, analysis.version, JSON.stringify(analysis), new Date().toISOString()]);
      await this.bumpRevision(c);
    });
  }

  async search(query: string, limit = 20): Promise<SearchHit[]> {
    // Every word required, as in SQLite; user text is only ever a bound parameter, and
    // plainto_tsquery reads no operators in it.
    if (!ftsTerms(query).length) return [];
    const r = await this.pool.query<{ doc: string; snippet: string; score: number }>(
      `WITH q AS (SELECT plainto_tsquery('english', $1) AS q),
       hits AS (
         SELECT d.seq, d.id, d.text, ts_rank(d.fts, q.q) AS score FROM documents d, q
         WHERE d.fts @@ q.q ORDER BY score DESC, d.seq LIMIT $2
       )
       SELECT h.id AS doc, ts_headline('english', replace(h.text, '’', ''''), q.q, $3) AS snippet, h.score
       FROM hits h, q ORDER BY h.score DESC, h.seq`,
      [searchText(query), limit, HEADLINE_OPTIONS],
    );
    return r.rows.map((row) => ({ doc: row.doc, snippet: row.snippet, score: Number(row.score) }));
  }

  async revision(): Promise<number> {
    const r = await this.pool.query<{ value: string }>(`SELECT value FROM meta WHERE key = 'revision'`);
    return Number(r.rows[0]?.value ?? 0);
  }

  async counts(): Promise<{ documents: number; articles: number; comments: number; analysed: number }> {
    const r = await this.pool.query<{ documents: string; articles: string | null; comments: string | null; analysed: string }>(
      `SELECT COUNT(*) AS documents, SUM(CASE WHEN kind = 'comment' THEN 0 ELSE 1 END) AS articles,
              SUM(CASE WHEN kind = 'comment' THEN 1 ELSE 0 END) AS comments,
              (SELECT COUNT(*) FROM analyses) AS analysed FROM documents`,
    );
    const row = r.rows[0]!;
    return { documents: Number(row.documents), articles: Number(row.articles ?? 0), comments: Number(row.comments ?? 0), analysed: Number(row.analysed) };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
