/**
 * The HTTP app: security middleware, the JSON API under /api (one sub-app per resource),
 * and the web UI. Handlers are thin; the work is done by the store, buildInterchange and
 * the ingest service.
 */
import { Hono } from "hono";
import { buildInterchange } from "../export/interchange.js";
import { DEFAULT_READ_OPTIONS, type ReadOptions } from "../ingest/types.js";
import { createAnalysisPool, type AnalysisPool } from "../app/analysis-pool.js";
import type { Interchange } from "../model/interchange.js";
import type { Store } from "../store/store.js";
import { createDataSource } from "./data/cache.js";
import type { ServerDeps } from "./deps.js";
import { errorBody, errorHandler, notFoundHandler } from "./errors.js";
import { hostCheck } from "./middleware/host-check.js";
import { requireToken } from "./middleware/require-token.js";
import { sameOrigin } from "./middleware/same-origin.js";
import { securityHeaders } from "./middleware/security-headers.js";
import { OPENAPI } from "./openapi.js";
import { documentRoutes } from "./routes/documents.js";
import { entityRoutes } from "./routes/entities.js";
import { eventRoutes } from "./routes/events.js";
import { ingestRoutes } from "./routes/ingest.js";
import { linkRoutes } from "./routes/links.js";
import { overviewRoutes } from "./routes/overview.js";
import { DEFAULT_WEB_ROOT, staticUi } from "./static.js";

export interface AppOptions {
  store: Store;
  /** Token write endpoints require (Authorization: Bearer); null = none needed. */
  token?: string | null;
  /** Host names the server answers to (any port); null = any. */
  allowedHosts?: string[] | null;
  read?: Partial<ReadOptions>;
  /** Request body cap for uploads, bytes. */
  maxBodyBytes?: number;
  maxInputs?: number;
  /** Analyses ingested documents; the caller closes it. Default: one in-process pipeline, made on first use. */
  pool?: AnalysisPool;
  /** Builds the interchange (default: buildInterchange). */
  build?: (store: Store) => Promise<Interchange>;
  /** Folder of the built web UI; null serves the API only. */
  webRoot?: string | null;
  /** Told about unexpected errors (their details never reach the client). */
  onInternalError?: (error: unknown) => void;
}

export const DEFAULT_MAX_BODY_BYTES = 50 * 1024 * 1024;

export function createApp(options: AppOptions): Hono {
  let pool: AnalysisPool | null = options.pool ?? null;
  const deps: ServerDeps = {
    store: options.store,
    data: createDataSource({ store: options.store, build: options.build ?? buildInterchange }),
    ingest: {
      read: { ...DEFAULT_READ_OPTIONS, ...options.read },
      pool: () => (pool ??= createAnalysisPool({ jobs: 1 })),
      maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      maxInputs: options.maxInputs ?? 200,
    },
  };

  const api = new Hono();
  api.get("/openapi.json", (c) => c.json(OPENAPI));
  api.route("/", overviewRoutes(deps));
  api.route("/", linkRoutes(deps));
  api.route("/documents", documentRoutes(deps));
  api.route("/events", eventRoutes(deps));
  api.route("/entities", entityRoutes(deps));
  api.route("/ingest", ingestRoutes(deps));
  api.all("*", (c) => c.json(errorBody("not-found", `no such endpoint: ${c.req.method} ${new URL(c.req.url).pathname}`), 404));

  const app = new Hono();
  app.onError(errorHandler({ onInternal: options.onInternalError }));
  app.notFound(notFoundHandler);
  app.use("*", securityHeaders());
  app.use("*", hostCheck({ hosts: options.allowedHosts ?? null }));
  app.on(["POST", "PUT", "PATCH", "DELETE"], "/api/*", sameOrigin(), requireToken({ token: options.token ?? null }));
  app.route("/api", api);
  const webRoot = options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot;
  if (webRoot !== null) app.use("*", staticUi({ root: webRoot }));
  return app;
}
