/**
 * BAD-INPUT.md rows 1–13 and 16 through POST /api/ingest (in-process app.request, a real
 * SQLite store in a temporary folder): every hostile file as a multipart upload, the
 * server-only rows as {urls: [...]}. Each bad input gets its own error in the JSON
 * answer, the others are stored whole, and a request body over the cap is a 413.
 * Rows 14 and 15 have their own files (ssrf.test.ts, store-errors.test.ts).
 */
import { join } from "node:path";
import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/app.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import type { LocalServer } from "../fixtures/ingest/local-server.js";
import { tempDir } from "../support/cli.js";
import { badInputs, CAP, type BadInput } from "./bad-inputs.js";
import { BAD_URLS, startBadUrlServer } from "./bad-urls.js";
import { checkOutcomes, type Outcome } from "./check-run.js";
import { checkStoreInvariants } from "./invariants.js";

interface IngestAnswer {
  added: number;
  duplicates: number;
  failed: number;
  items: Outcome[];
}

let server: LocalServer;
let store: SqliteStore;
let app: Hono;
let files: BadInput[];

beforeAll(async () => {
  server = await startBadUrlServer();
  store = SqliteStore.open({ path: join(tempDir("sitrep-hostile-api-"), "hostile.db") });
  // Loopback is allowed for this test's own server only (no other private range).
  app = createApp({ store, webRoot: null, read: { maxBytes: CAP, timeoutMs: 5_000, allowCidrs: ["127.0.0.1/32"] } });
  files = badInputs({ port: server.port, tag: "api" });
});
afterAll(async () => {
  await server?.close();
  await store?.close();
});

function upload(target: Hono, inputs: BadInput[]): Promise<Response> {
  const form = new FormData();
  for (const f of inputs) form.append("file", new File([Buffer.from(f.bytes)], f.name));
  return Promise.resolve(target.request("/api/ingest", { method: "POST", body: form }));
}

async function postUrls(urls: string[]): Promise<IngestAnswer> {
  const res = await app.request("/api/ingest", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ urls }) });
  expect(res.status).toBe(200);
  return (await res.json()) as IngestAnswer;
}

describe("BAD-INPUT rows through POST /api/ingest", () => {
  it("answers each bad upload with its own error, stores the rest whole; a repeat adds nothing", async () => {
    const res = await upload(app, files);
    expect(res.status).toBe(200);
    const answer = (await res.json()) as IngestAnswer;
    expect(answer.failed).toBeGreaterThan(10);
    expect(answer.added).toBeGreaterThan(10);
    // Uploads are named by their file names, never by the server's temporary paths.
    for (const o of answer.items) expect(o.input).not.toMatch(/sitrep-upload-/);
    const rows = await checkOutcomes(files, answer.items, store);
    expect(rows).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 16]);
    expect(server.requests.filter((r) => r.includes("evil.dtd"))).toEqual([]);

    const urls = await postUrls(BAD_URLS.map((u) => `${server.origin}${u.path}`));
    const urlItems = urls.items.map((o) => ({ ...o, input: o.input.replace(server.origin, "") }));
    for (const u of BAD_URLS) await checkOutcomes([{ row: u.row, name: u.path.slice(1), bytes: new Uint8Array(), expect: u.expect }], urlItems, store);
    expect(urls.failed).toBe(BAD_URLS.filter((u) => u.expect.code).length);

    const facts = await checkStoreInvariants(store);
    expect(store.integrityCheck()).toBe("ok");

    const again = (await (await upload(app, files)).json()) as IngestAnswer;
    expect(again.added).toBe(0);
    expect(again.failed).toBe(answer.failed);
    const after = await checkStoreInvariants(store);
    expect({ documents: after.documents.length, analysed: after.analysed }).toEqual({ documents: facts.documents.length, analysed: facts.analysed });
    // Sources are the uploaded names: the same upload twice is one source, no server path leaks.
    for (const d of after.documents) {
      expect(d.sources.filter((s) => /sitrep-upload-/.test(s)), d.id).toEqual([]);
      expect(new Set(d.sources).size, d.id).toBe(d.sources.length);
    }
  }, 600_000);

  it("refuses a request body over the cap with 413, with or without Content-Length, and stores nothing", async () => {
    const small = createApp({ store, webRoot: null, maxBodyBytes: 256 * 1024, read: { maxBytes: CAP } });
    const before = await store.revision();
    const big = files.find((f) => f.name === "r13-parens.txt")!;
    const declared = await upload(small, [big]);
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as { error: { code: string } }).error.code).toBe("too-large");

    // Streamed without a Content-Length: counted as it arrives.
    const chunk = new TextEncoder().encode(JSON.stringify({ urls: [] }).padEnd(64 * 1024, " "));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 8) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const streamed = await small.request(
      new Request("http://localhost/api/ingest", { method: "POST", headers: { "content-type": "application/json" }, body, duplex: "half" } as RequestInit & { duplex: "half" }),
    );
    expect(streamed.status).toBe(413);
    expect(await store.revision()).toBe(before);
  });
});
