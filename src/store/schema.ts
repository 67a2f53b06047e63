/**
 * The store's schema as ordered migrations. The SQL here is portable (SQLite and
 * PostgreSQL both run it); engine-specific parts (full-text indexes, the column types
 * BLOB and INTEGER PRIMARY KEY) are added or adapted beside each implementation. A
 * migration runs once, inside a transaction, and is recorded in schema_migrations.
 */
export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "documents, sources, raw inputs, analyses",
    statements: [
      `CREATE TABLE documents (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        hash TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        parent TEXT REFERENCES documents(id),
        reply_to TEXT,
        number INTEGER,
        source TEXT NOT NULL,
        title TEXT,
        outlet TEXT,
        published TEXT,
        author TEXT,
        url TEXT,
        text TEXT NOT NULL,
        status TEXT NOT NULL,
        content_type TEXT NOT NULL,
        charset TEXT,
        diagnostics TEXT NOT NULL,
        ingested_at TEXT NOT NULL
      )`,
      `CREATE INDEX documents_parent ON documents(parent)`,
      `CREATE TABLE sources (
        doc_id TEXT NOT NULL REFERENCES documents(id),
        source TEXT NOT NULL,
        added_at TEXT NOT NULL,
        PRIMARY KEY (doc_id, source)
      )`,
      `CREATE TABLE raw_inputs (
        doc_id TEXT PRIMARY KEY REFERENCES documents(id),
        content_type TEXT NOT NULL,
        bytes BLOB NOT NULL
      )`,
      `CREATE TABLE analyses (
        doc_id TEXT PRIMARY KEY REFERENCES documents(id),
        version TEXT NOT NULL,
        data TEXT NOT NULL,
        analysed_at TEXT NOT NULL
      )`,
      `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
      `INSERT INTO meta (key, value) VALUES ('revision', '0')`,
    ],
  },
  {
    version: 2,
    name: "ingest jobs shared by workers",
    statements: [
      `CREATE TABLE jobs (
        id INTEGER PRIMARY KEY,
        input TEXT NOT NULL,
        options TEXT NOT NULL,
        state TEXT NOT NULL,
        attempts INTEGER NOT NULL,
        worker TEXT,
        error TEXT,
        result TEXT,
        enqueued_at TEXT NOT NULL,
        started_at TEXT,
        finished_at TEXT
      )`,
      `CREATE INDEX jobs_state ON jobs(state, id)`,
    ],
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
