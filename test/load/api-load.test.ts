/**
 * Many API clients at once while `sitrep ingest` (a child process) writes into the same
 * SQLite store the server reads. Every answer must be 200; no write may be lost (the
 * final count is the corpus's); and a reader never sees a half-written input: a
 * document the API shows already has its analysis and raw input, and an article shows
 * its final number of comments from the moment it appears (one transaction per input).
 * Everything runs on 127.0.0.1, bounded in clients, requests and time.
 *
 * The clients start once the first documents are in, so they read while the writer
 * writes. CI: SITREP_LOAD_CLIENTS=100 clients × SITREP_LOAD_REQUESTS=6; `npm run
 * test:load`: × 20.
 */
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/app.js";
import { SERVER_TIMEOUTS, startServer, type RunningServer } from "../../src/server/start.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { tempDir } from "../support/cli.js";
import { writeSyntheticCorpus } from "../support/corpus.js";
import { BIN, REPO_ROOT } from "../support/paths.js";

const CLIENTS = Number(process.env.SITREP_LOAD_CLIENTS ?? 100);
const REQUESTS = Number(process.env.SITREP_LOAD_REQUESTS ?? 6);
const DOCS = 600;
const THREADS = 20;
const COMMENTS = 4;
const CLIENT_PHASE_MS = 60_000;

let dir: string;
let db: string;
let store: SqliteStore;
let server: RunningServer;

/** A Typepad-style post with `COMMENTS` comments: written with them in one transaction. */
function thread(i: number): string {
  const lines = [`Thread ${i}`, "January 3, 2020", "", `Open thread number ${i}`, "", `Police said ${i + 1} people were arrested in the capital on January 2, 2020.`, "", "Posted by b on January 3, 2020 at 10:00 UTC | Permalink", "", "Comments", ""];
  for (let n = 1; n <= COMMENTS; n++) lines.push(`Reader comment ${n} on thread ${i}: the army shelled the border town.`, "", `Posted by: reader ${n} | Jan 3 2020 1${n}:00 utc | ${n}`, "");
  return lines.join("\n");
}

beforeAll(async () => {
  dir = tempDir("sitrep-load-");
  db = join(dir, "load.db");
  const corpus = join(dir, "corpus");
  writeSyntheticCorpus(corpus, DOCS, 3);
  for (let i = 0; i < THREADS; i++) writeFileSync(join(corpus, `thread-${String(i).padStart(3, "0")}.txt`), thread(i));
  store = SqliteStore.open({ path: db });
  const app = createApp({ store, webRoot: null, allowedHosts: ["127.0.0.1"], maxBodyBytes: 1024 * 1024 });
  server = await startServer({ app, host: "127.0.0.1", port: 0 });
});
afterAll(async () => {
  await server?.close();
  await store?.close();
});

interface Seen {
  requests: number;
  errors: string[];
  /** Article id → comment counts the API showed for it. */
  commentCounts: Map<string, Set<number>>;
  halfWritten: string[];
  detailsChecked: number;
  /** Answers received while the ingest was still running. */
  duringIngest: number;
  /** The longest a request waited for its answer, ms. */
  slowest: number;
}

describe(`load: ${CLIENTS} clients × ${REQUESTS} requests during an ingest`, () => {
  it("answers every request with 200 and never shows a half-written input; no write is lost", async () => {
    const child = spawn(process.execPath, [BIN, "ingest", join(dir, "corpus"), "--db", db], { cwd: REPO_ROOT, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
    let running = true;
    const exited = new Promise<number | null>((resolve) => child.on("close", (code) => ((running = false), resolve(code))));
    while (running && (await store.counts()).documents < 5) await new Promise((r) => setTimeout(r, 50));

    // Another reader of the same file, as the API's clients would expect it to be.
    const reader = new Database(db, { readonly: true });
    const hasAnalysisAndRaw = reader.prepare(
      `SELECT (SELECT COUNT(*) FROM analyses WHERE doc_id = @id) AS a, (SELECT COUNT(*) FROM raw_inputs WHERE doc_id = COALESCE((SELECT parent FROM documents WHERE id = @id), @id)) AS r`,
    );
    const seen: Seen = { requests: 0, errors: [], commentCounts: new Map(), halfWritten: [], detailsChecked: 0, duringIngest: 0, slowest: 0 };
    const deadline = Date.now() + CLIENT_PHASE_MS;
    const ids: string[] = [];

    async function get(path: string): Promise<unknown> {
      seen.requests++;
      const sent = Date.now();
      let res: Response;
      let body: string;
      try {
        res = await fetch(new URL(path, server.url), { signal: AbortSignal.timeout(30_000) });
        body = await res.text();
      } catch (error) {
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        seen.errors.push(`${(error as Error).name} (${cause?.code ?? cause?.message ?? ""}) after ${Date.now() - sent} ms: ${path}`);
        return null;
      }
      seen.slowest = Math.max(seen.slowest, Date.now() - sent);
      if (running) seen.duringIngest++;
      if (res.status !== 200) {
        seen.errors.push(`${res.status} ${path}: ${body.slice(0, 120)}`);
        return null;
      }
      return JSON.parse(body) as unknown;
    }

    async function client(n: number): Promise<void> {
      for (let i = 0; i < REQUESTS && Date.now() < deadline; i++) {
        switch ((n + i) % 4) {
          case 0: {
            const list = (await get(`/api/documents?limit=100&offset=${(n * 7) % 50}`)) as { documents: { id: string; kind: string; commentCount: number; status: string }[] } | null;
            for (const d of list?.documents ?? []) {
              ids.push(d.id);
              if (d.kind !== "comment") seen.commentCounts.set(d.id, new Set([...(seen.commentCounts.get(d.id) ?? []), d.commentCount]));
            }
            break;
          }
          case 1:
            await get(`/api/events?limit=50`);
            break;
          case 2:
            await get(`/api/search?q=${["army", "police arrested", "thread", "border town"][n % 4]}`);
            break;
          default: {
            const id = ids[(n * 13 + i) % Math.max(1, ids.length)];
            if (!id) break;
            const doc = (await get(`/api/documents/${id}`)) as { id: string; text: string; status: string; comments: unknown[]; kind: string } | null;
            if (!doc) break;
            const row = hasAnalysisAndRaw.get({ id }) as { a: number; r: number };
            seen.detailsChecked++;
            if (doc.text.trim() === "" || (doc.status === "ok" && row.a !== 1) || row.r !== 1) seen.halfWritten.push(`${id}: text ${doc.text.length}, analysis ${row.a}, raw ${row.r}`);
            if (doc.kind !== "comment") seen.commentCounts.set(id, new Set([...(seen.commentCounts.get(id) ?? []), doc.comments.length]));
          }
        }
      }
    }

    const started = Date.now();
    await Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n)));
    const clientMs = Date.now() - started;
    const code = await Promise.race([exited, new Promise<"timeout">((r) => setTimeout(() => r("timeout"), 600_000))]);
    if (code === "timeout") child.kill("SIGKILL");
    reader.close();

    expect(code, stderr).toBe(0);
    expect(seen.errors.slice(0, 20)).toEqual([]);
    expect(seen.halfWritten).toEqual([]);
    expect(seen.requests).toBeGreaterThanOrEqual(CLIENTS);
    expect(seen.detailsChecked).toBeGreaterThan(0);
    expect(seen.duringIngest, "clients were served while the ingest wrote").toBeGreaterThan(20);
    expect(clientMs).toBeLessThan(CLIENT_PHASE_MS + 30_000);

    // No lost writes: every input and every comment is stored.
    const counts = await store.counts();
    expect(counts.articles).toBe(DOCS + THREADS);
    expect(counts.comments).toBe(THREADS * COMMENTS);
    expect(counts.analysed).toBe(counts.documents);
    // An article showed its final number of comments every time it was seen.
    const final = new Map((await store.listDocuments({ kind: "article" })).map((d) => [d.id, d.commentCount]));
    for (const [id, shown] of seen.commentCounts) expect([...shown], id).toEqual([final.get(id)]);
    process.stdout.write(`load: ${CLIENTS} clients, ${seen.requests} requests in ${clientMs} ms, ${seen.duringIngest} answered while the ingest ran, ${seen.detailsChecked} documents checked, slowest answer ${seen.slowest} ms\n`);
  }, 900_000);

  it("refuses a body over the cap with 413 on the real server, declared or streamed", async () => {
    const big = new Uint8Array(2 * 1024 * 1024).fill(0x20);
    const declared = await fetch(new URL("/api/ingest", server.url), { method: "POST", headers: { "content-type": "application/json" }, body: big });
    expect(declared.status).toBe(413);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 32) controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
        else controller.close();
      },
    });
    const streamed = await fetch(new URL("/api/ingest", server.url), { method: "POST", headers: { "content-type": "application/json" }, body: stream, duplex: "half" } as RequestInit & { duplex: "half" });
    expect(streamed.status).toBe(413);
  });

  it("sets deadlines for slow clients, and closes a connection whose headers never finish", async () => {
    expect(SERVER_TIMEOUTS.headersTimeout).toBeGreaterThan(0);
    expect(SERVER_TIMEOUTS.requestTimeout).toBeGreaterThan(0);
    expect(SERVER_TIMEOUTS.headersTimeout).toBeLessThanOrEqual(60_000);
    const quick = await startServer({ app: createApp({ store, webRoot: null }), host: "127.0.0.1", port: 0, timeouts: { headersTimeout: 500, requestTimeout: 1_000, connectionsCheckingInterval: 100 } });
    try {
      const started = Date.now();
      const closedAfter = await new Promise<number>((resolve, reject) => {
        const socket = connect(quick.port, "127.0.0.1", () => socket.write("GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "));
        socket.on("data", () => undefined);
        socket.on("close", () => resolve(Date.now() - started));
        socket.on("error", reject);
        setTimeout(() => {
          socket.destroy();
          reject(new Error("the server kept a stalled request open"));
        }, 10_000);
      });
      expect(closedAfter).toBeLessThan(5_000);
    } finally {
      await quick.close();
    }
  });
});
