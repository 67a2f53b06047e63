/**
 * The API in-process (app.request, no port) over a real SQLite store holding documents
 * ingested through the same ingest service as the CLI.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnalysisPool, type AnalysisPool } from "../app/analysis-pool.js";
import { ingestInputs, type Overrides } from "../app/ingest.js";
import { buildInterchange } from "../export/interchange.js";
import { DEFAULT_READ_OPTIONS } from "../ingest/types.js";
import { SqliteStore } from "../store/sqlite/sqlite-store.js";
import type { Store } from "../store/store.js";
import type { DocumentDetail, EventDetail, EventSummary, IngestResponse, SearchResult, Stats } from "./api-types.js";
import { createApp } from "./app.js";

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

let dir: string;
let store: Store;
let pool: AnalysisPool;
let builds = 0;
let app: ReturnType<typeof createApp>;

async function ingest(file: string, overrides: Overrides): Promise<void> {
  const report = await ingestInputs(store, [fixture(file)], { read: DEFAULT_READ_OPTIONS, overrides, pool });
  expect(report.failed, JSON.stringify(report.items)).toBe(0);
}

async function json<T>(path: string, init?: RequestInit, target = app): Promise<{ status: number; body: T; headers: Headers }> {
  const res = await target.request(path, init);
  return { status: res.status, body: (await res.json()) as T, headers: res.headers };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "sitrep-api-"));
  store = SqliteStore.open({ path: join(dir, "api.db") });
  pool = createAnalysisPool({ jobs: 1 });
  await ingest("wire-kirkuk.txt", { published: "2020-01-03", outlet: "Test Wire" });
  await ingest("daily-strikes.txt", { published: "2020-01-01", outlet: "Other Daily" });
  await ingest("blog-embassy.txt", { outlet: "Field Notes" });
  app = createApp({
    store,
    pool,
    webRoot: null,
    build: (s) => {
      builds++;
      return buildInterchange(s);
    },
  });
});

afterAll(async () => {
  await pool?.close();
  await store?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("documents", () => {
  it("lists the ingested documents with filters", async () => {
    const all = await json<{ total: number; documents: { id: string; kind: string; outlet: string | null }[] }>("/api/documents");
    expect(all.status).toBe(200);
    expect(all.body.documents.filter((d) => d.kind !== "comment").length).toBe(3);
    const wire = await json<{ documents: { outlet: string | null }[] }>("/api/documents?outlet=Test%20Wire");
    expect(wire.body.documents.length).toBe(1);
    expect(wire.body.documents[0]!.outlet).toBe("Test Wire");
    const articles = await json<{ documents: { kind: string }[] }>("/api/documents?kind=article");
    expect(articles.body.documents.every((d) => d.kind === "article")).toBe(true);
  });

  it("returns one document with text, diagnostics and its comments", async () => {
    const list = await json<{ documents: { id: string; outlet: string | null; kind: string }[] }>("/api/documents?outlet=Field%20Notes");
    expect(list.body.documents.length).toBe(3);
    const id = list.body.documents.find((d) => d.kind !== "comment")!.id;
    const doc = await json<DocumentDetail>(`/api/documents/${id}`);
    expect(doc.status).toBe(200);
    expect(doc.body.text).toContain("stormed the perimeter");
    expect(Array.isArray(doc.body.diagnostics)).toBe(true);
    expect(doc.body.comments.map((c) => c.author)).toEqual(["Reader One", "Second Reader"]);
    expect(doc.body.comments[0]!.text).toContain("killed 25 people");
    for (const e of doc.body.events) expect(doc.body.text.slice(e.start, e.end).length).toBe(e.end - e.start);
  });

  it("answers unknown ids and bad filters with JSON errors", async () => {
    const missing = await json<{ error: { code: string; message: string } }>("/api/documents/d999999");
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("not-found");
    const bad = await json<{ error: { code: string; message: string } }>("/api/documents?kind=video");
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/kind must be one of/);
    const nowhere = await json<{ error: { code: string } }>("/api/nothing-here");
    expect(nowhere.status).toBe(404);
    expect(nowhere.body.error.code).toBe("not-found");
  });
});

describe("events", () => {
  it("lists events whose every mention slices back to its document's text", async () => {
    const list = await json<{ total: number; events: EventSummary[] }>("/api/events");
    expect(list.status).toBe(200);
    expect(list.body.total).toBeGreaterThan(0);
    const docs = new Map<string, string>();
    for (const s of list.body.events) {
      const e = await json<EventDetail>(`/api/events/${s.id}`);
      expect(e.status).toBe(200);
      expect(e.body.sources).toBe(new Set(e.body.mentionList.map((m) => m.doc.id)).size);
      for (const m of e.body.mentionList) {
        if (!docs.has(m.doc.id)) docs.set(m.doc.id, (await json<DocumentDetail>(`/api/documents/${m.doc.id}`)).body.text);
        expect(docs.get(m.doc.id)!.slice(m.start, m.end)).toBe(m.text);
        let last = 0;
        for (const h of m.highlights) {
          expect(h.start).toBeGreaterThanOrEqual(last);
          expect(h.end).toBeLessThanOrEqual(m.text.length);
          last = h.end;
        }
      }
      for (const d of e.body.disputes) expect(d.values.length).toBeGreaterThan(1);
    }
  });

  it("reports the Sunday strikes as an assault with the sources' sentences", async () => {
    const list = await json<{ events: EventSummary[] }>("/api/events?type=ASSAULT");
    expect(list.body.events.length).toBeGreaterThan(0);
    expect(list.body.events.every((e) => e.type === "ASSAULT")).toBe(true);
    const texts = (await Promise.all(list.body.events.map((e) => json<EventDetail>(`/api/events/${e.id}`)))).flatMap((r) => r.body.mentionList.map((m) => m.text));
    expect(texts.some((t) => /struck five sites|airstrikes on Sunday/.test(t))).toBe(true);
  });

  it("filters by date range and text, and rejects malformed dates", async () => {
    const ranged = await json<{ events: EventSummary[] }>("/api/events?from=2019-12-28&to=2019-12-31");
    for (const e of ranged.body.events) {
      expect(e.date).not.toBeNull();
      const lo = e.date!.split("/")[0]!;
      expect(lo <= "2019-12-31").toBe(true);
    }
    const q = await json<{ events: EventSummary[] }>("/api/events?q=contractor");
    for (const e of q.body.events) {
      const detail = await json<EventDetail>(`/api/events/${e.id}`);
      const haystack = [e.type, e.mode ?? "", ...e.actors.map((a) => a.name), ...e.targets.map((a) => a.name), e.location?.name ?? "", ...detail.body.mentionList.map((m) => m.text)].join(" ").toLowerCase();
      expect(haystack).toContain("contractor");
    }
    const bad = await json<{ error: { code: string } }>("/api/events?from=yesterday");
    expect(bad.status).toBe(400);
    expect((await json<{ error: { code: string } }>("/api/events/v99999")).status).toBe(404);
  });

  it("returns entities with their events, and relations and disputes as lists", async () => {
    const ents = await json<{ entities: { id: string; events: number }[] }>("/api/entities");
    expect(ents.status).toBe(200);
    const busy = ents.body.entities.find((e) => e.events > 0);
    if (busy) {
      const one = await json<{ eventList: EventSummary[] }>(`/api/entities/${busy.id}`);
      expect(one.body.eventList.length).toBe(busy.events);
    }
    const rel = await json<{ relations: { from: unknown; to: unknown }[] }>("/api/relations");
    expect(rel.status).toBe(200);
    const disp = await json<{ disputes: { values: unknown[] }[] }>("/api/disputes");
    expect(disp.status).toBe(200);
    const graph = await json<{ nodes: { id: string }[]; edges: { source: string; target: string; weight: number }[] }>("/api/graph");
    const ids = new Set(graph.body.nodes.map((n) => n.id));
    for (const e of graph.body.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      expect(e.weight).toBeGreaterThan(0);
    }
  });
});

describe("search, stats, openapi", () => {
  it("searches documents and event sentences", async () => {
    const r = await json<SearchResult>("/api/search?q=embassy%20Baghdad");
    expect(r.status).toBe(200);
    expect(r.body.documents.length).toBeGreaterThan(0);
    expect(r.body.documents.every((d) => d.doc.id.length > 0)).toBe(true);
    for (const e of r.body.events) expect(e.text.toLowerCase()).toContain("embassy");
    expect((await json<{ error: { code: string } }>("/api/search")).status).toBe(400);
    const none = await json<SearchResult>("/api/search?q=zebracornflakes");
    expect(none.body.documents).toEqual([]);
  });

  it("gives figures that agree with the store", async () => {
    const s = await json<Stats>("/api/stats");
    const counts = await store.counts();
    expect(s.body.documents).toBe(counts.documents);
    expect(s.body.comments).toBe(counts.comments);
    expect(s.body.outlets).toEqual(expect.arrayContaining(["Test Wire", "Other Daily", "Field Notes"]));
  });

  it("describes every route in OpenAPI 3", async () => {
    const o = await json<{ openapi: string; paths: Record<string, unknown> }>("/api/openapi.json");
    expect(o.body.openapi).toMatch(/^3\./);
    for (const p of ["/api/documents", "/api/documents/{id}", "/api/events", "/api/events/{id}", "/api/entities", "/api/entities/{id}", "/api/relations", "/api/disputes", "/api/search", "/api/stats", "/api/ingest"]) {
      expect(Object.keys(o.body.paths)).toContain(p);
    }
  });

  it("builds the interchange once per store revision", async () => {
    await app.request("/api/stats");
    const before = builds;
    await app.request("/api/events");
    await app.request("/api/stats");
    expect(builds).toBe(before);
  });
});

describe("security", () => {
  it("sends the security headers on every response, errors included", async () => {
    for (const path of ["/api/stats", "/api/documents/nope", "/api/missing", "/"]) {
      const res = await app.request(path);
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("unsafe-inline");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    }
  });

  it("never echoes internal errors", async () => {
    const broken = createApp({ store, webRoot: null, build: async () => Promise.reject(new Error("secret /var/lib/internal detail")), onInternalError: () => {} });
    const res = await broken.request("/api/events");
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain("secret");
    expect(JSON.parse(text)).toEqual({ error: { code: "internal", message: "internal server error" } });
  });

  it("requires the token for writes when one is set", async () => {
    const guarded = createApp({ store, pool, webRoot: null, token: "s3cret-token" });
    const body = JSON.stringify({ urls: [] });
    const headers = { "content-type": "application/json" };
    expect((await guarded.request("/api/ingest", { method: "POST", body, headers })).status).toBe(401);
    expect((await guarded.request("/api/ingest", { method: "POST", body, headers: { ...headers, authorization: "Bearer wrong" } })).status).toBe(403);
    // With the right token the request gets through to validation (nothing to ingest).
    const ok = await guarded.request("/api/ingest", { method: "POST", body, headers: { ...headers, authorization: "Bearer s3cret-token" } });
    expect(ok.status).toBe(400);
    expect((await guarded.request("/api/stats")).status).toBe(200);
  });

  it("refuses cross-site writes and foreign Host headers", async () => {
    const res = await app.request("/api/ingest", {
      method: "POST",
      body: JSON.stringify({ urls: ["https://example.org/"] }),
      headers: { "content-type": "application/json", origin: "https://evil.example", host: "127.0.0.1:8750" },
    });
    expect(res.status).toBe(403);
    const local = createApp({ store, webRoot: null, allowedHosts: ["127.0.0.1", "localhost"] });
    expect((await local.request("http://127.0.0.1:8750/api/stats")).status).toBe(200);
    expect((await local.request("/api/stats", { headers: { host: "rebound.example:8750" } })).status).toBe(403);
  });
});

describe("POST /api/ingest", () => {
  it("ingests an uploaded file and reports it per input", async () => {
    const revision = await store.revision();
    const form = new FormData();
    const text = "Ceasefire talks in Geneva\n\nDelegations met in Geneva on Monday to discuss a ceasefire, a mediator said.\n";
    form.append("file", new File([text], "geneva-talks.txt", { type: "text/plain" }));
    form.append("published", "2020-01-10");
    form.append("outlet", "Upload Test");
    const res = await json<IngestResponse>("/api/ingest", { method: "POST", body: form });
    expect(res.status).toBe(200);
    expect(res.body.added).toBe(1);
    expect(res.body.items[0]!.input).toBe("geneva-talks.txt");
    expect(res.body.items[0]!.status).toBe("added");
    expect(await store.revision()).toBeGreaterThan(revision);
    const listed = await json<{ documents: { title: string | null; published: string | null }[] }>("/api/documents?outlet=Upload%20Test");
    expect(listed.body.documents.length).toBe(1);
    expect(listed.body.documents[0]!.published).toBe("2020-01-10");
    // Uploading the same bytes again is a duplicate, not a second document.
    const again = new FormData();
    again.append("file", new File([text], "geneva-talks.txt", { type: "text/plain" }));
    again.append("outlet", "Upload Test");
    const dup = await json<IngestResponse>("/api/ingest", { method: "POST", body: again });
    expect(dup.body.duplicates).toBe(1);
  });

  it("refuses private addresses like the CLI and non-http inputs outright", async () => {
    const res = await json<IngestResponse>("/api/ingest", {
      method: "POST",
      body: JSON.stringify({ urls: ["http://127.0.0.1:9/secret", "http://169.254.169.254/latest/meta-data/"] }),
      headers: { "content-type": "application/json" },
    });
    expect(res.status).toBe(200);
    expect(res.body.failed).toBe(2);
    expect(res.body.added).toBe(0);
    for (const item of res.body.items) expect(item.status).toBe("failed");
    const file = await json<{ error: { code: string; message: string } }>("/api/ingest", {
      method: "POST",
      body: JSON.stringify({ urls: ["/etc/passwd"] }),
      headers: { "content-type": "application/json" },
    });
    expect(file.status).toBe(400);
    expect(file.body.error.message).toMatch(/not an http\(s\) URL/);
    const wrongType = await app.request("/api/ingest", { method: "POST", body: "x", headers: { "content-type": "text/plain" } });
    expect(wrongType.status).toBe(415);
  });

  it("answers 413 above the body cap", async () => {
    const small = createApp({ store, pool, webRoot: null, maxBodyBytes: 1024 });
    const form = new FormData();
    form.append("file", new File(["x".repeat(5000)], "big.txt", { type: "text/plain" }));
    const res = await small.request("/api/ingest", { method: "POST", body: form });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("too-large");
  });
});
