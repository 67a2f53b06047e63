/** What the route factories are given: the store, the cached interchange, and ingest settings. */
import type { ReadOptions } from "../ingest/types.js";
import type { AnalysisPool } from "../app/analysis-pool.js";
import type { Store } from "../store/store.js";
import type { DataSource } from "./data/cache.js";

export interface IngestSettings {
  /** Same caps and SSRF rule as the CLI. */
  read: ReadOptions;
  /** The analysis pool, created on first use (loading the stage data takes a moment). */
  pool: () => AnalysisPool;
  /** Whole request body cap for POST /api/ingest. */
  maxBodyBytes: number;
  /** Most files plus URLs one request may name. */
  maxInputs: number;
}

export interface ServerDeps {
  store: Store;
  data: DataSource;
  ingest: IngestSettings;
}
