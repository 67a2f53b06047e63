/**
 * BAD-INPUT.md row 14: every spelling of a forbidden address, refused with a reason code
 * by the CLI (`sitrep ingest URL`) and by POST /api/ingest, before any connection is
 * made. The loopback spellings point at a real server on 127.0.0.1, which must see no
 * request; the other private addresses are never reachable from here, and a refusal
 * (not a timeout) proves no connection was tried.
 *
 * Name resolution: the CLI and the API use the system resolver, so the DNS forms are
 * tested with "localhost" there; "127.0.0.1.nip.io" and a rebinding answer are tested
 * through safeFetch with an injected resolver (no real DNS query leaves the machine).
 * Redirect chains need a loopback server that is allowed while other private ranges
 * are not: the API's read options have allowCidrs for that; the CLI only has
 * --allow-private (everything), so its redirect hops are covered by the API test here
 * and by src/ingest/fetch/fetch.test.ts.
 */
import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { safeFetch } from "../../src/ingest/fetch/fetch.js";
import { createAddressPolicy } from "../../src/ingest/fetch/policy.js";
import { createApp } from "../../src/server/app.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { startServer, type LocalServer } from "../fixtures/ingest/local-server.js";
import { runCli, tempDir } from "../support/cli.js";
import { join } from "node:path";

let server: LocalServer;
let store: SqliteStore;

/** [url, reason code, a word the message must hold] for every address form. */
function forms(port: number): [string, string, string][] {
  return [
    [`http://127.0.0.1:${port}/page`, "ssrf-refused", "loopback"],
    [`http://[::1]:${port}/page`, "ssrf-refused", "loopback"],
    [`http://[::ffff:7f00:1]:${port}/page`, "ssrf-refused", "loopback"],
    [`http://0:${port}/page`, "ssrf-refused", "this-network"],
    [`http://2130706433:${port}/page`, "ssrf-refused", "loopback"],
    [`http://0x7f.1:${port}/page`, "ssrf-refused", "loopback"],
    [`http://017700000001:${port}/page`, "ssrf-refused", "loopback"],
    [`http://127.1:${port}/page`, "ssrf-refused", "loopback"],
    [`http://localhost:${port}/page`, "ssrf-refused", "loopback"],
    ["http://169.254.169.254/latest/meta-data/", "ssrf-refused", "link-local"],
    ["http://10.0.0.1/", "ssrf-refused", "private"],
    ["http://192.168.1.1/", "ssrf-refused", "private"],
    ["http://172.16.0.1/", "ssrf-refused", "private"],
    ["http://100.64.0.1/", "ssrf-refused", "shared-address-space"],
    ["http://[fe80::1]/", "ssrf-refused", "link-local"],
    ["http://[fc00::1]/", "ssrf-refused", "unique-local"],
    [`http://user:secret@127.0.0.1:${port}/page`, "credentials-refused", "user"],
    ["http://user@example.org/", "credentials-refused", "user"],
  ];
}

/** Schemes other than http(s): the CLI refuses each input; the API refuses the request. */
function schemes(port: number): string[] {
  return ["file:///etc/passwd", `gopher://127.0.0.1:${port}/_GET`, `ftp://127.0.0.1:${port}/x`];
}

beforeAll(async () => {
  server = await startServer({
    "/page": (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("must never be fetched");
    },
    "/hop1": (_req, res) => {
      res.writeHead(302, { location: "/hop2" });
      res.end();
    },
    "/hop2": (_req, res) => {
      res.writeHead(302, { location: "http://10.0.0.1/admin" });
      res.end();
    },
    "/to-metadata": (_req, res) => {
      res.writeHead(301, { location: "http://169.254.169.254/latest/meta-data/" });
      res.end();
    },
    "/to-ipv6-loopback": (_req, res) => {
      res.writeHead(307, { location: `http://[::1]:${server.port}/page` });
      res.end();
    },
    "/to-file": (_req, res) => {
      res.writeHead(302, { location: "file:///etc/passwd" });
      res.end();
    },
  });
  store = SqliteStore.open({ path: join(tempDir("sitrep-ssrf-"), "ssrf.db") });
});
afterAll(async () => {
  await server?.close();
  await store?.close();
});

describe("row 14: SSRF through the CLI", () => {
  it("refuses every address form and scheme, naming the URL and the reason, exit 1, no request sent", async () => {
    const all = forms(server.port);
    const db = join(tempDir("sitrep-ssrf-cli-"), "s.db");
    const run = await runCli(["ingest", ...all.map(([u]) => u), ...schemes(server.port), "--db", db, "--timeout", "3"]);
    expect(run.code, run.stderr).toBe(1);
    const lines = run.stderr.split("\n").filter((l) => l.startsWith("sitrep: "));
    for (const [url, code, word] of all) {
      const line = lines.find((l) => l.startsWith(`sitrep: ${url}: `));
      expect(line, url).toBeDefined();
      expect(line, url).toMatch(new RegExp(`: ${code}: .*${word}`));
    }
    for (const url of schemes(server.port)) expect(lines.some((l) => l.startsWith(`sitrep: ${url}: scheme-refused: `)), url).toBe(true);
    expect(lines).toHaveLength(all.length + 3);
    expect(run.stdout).toMatch(/0 added .* 21 failed/);
    expect(server.requests).toEqual([]);
  }, 120_000);
});

describe("row 14: SSRF through POST /api/ingest", () => {
  let app: Hono;
  beforeAll(() => {
    app = createApp({ store, webRoot: null, read: { timeoutMs: 3_000 } });
  });

  async function post(target: Hono, urls: string[]): Promise<Response> {
    return target.request("/api/ingest", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ urls }) });
  }

  it("answers every address form with its own refusal and reason, no request sent", async () => {
    const all = forms(server.port);
    const res = await post(app, all.map(([u]) => u));
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { added: number; failed: number; items: { input: string; status: string; code?: string; message?: string }[] };
    expect(answer.added).toBe(0);
    expect(answer.failed).toBe(all.length);
    for (const [url, code, word] of all) {
      const item = answer.items.find((i) => i.input === url);
      expect(item, url).toBeDefined();
      expect(`${item?.code}: ${item?.message}`, url).toMatch(new RegExp(`^${code}: .*${word}`));
    }
    expect(server.requests).toEqual([]);
    expect((await store.counts()).documents).toBe(0);
  });

  it("refuses file:, gopher: and ftp: URLs with 400 and the reason, before reading anything", async () => {
    for (const url of schemes(server.port)) {
      const res = await post(app, [url]);
      expect(res.status, url).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.message).toContain(url);
    }
    expect(server.requests).toEqual([]);
  });

  it("re-checks every redirect hop: an allowed loopback server cannot bounce the fetch elsewhere", async () => {
    const loopbackOnly = createApp({ store, webRoot: null, read: { timeoutMs: 3_000, allowCidrs: ["127.0.0.1/32"] } });
    const o = server.origin;
    const res = await post(loopbackOnly, [`${o}/hop1`, `${o}/to-metadata`, `${o}/to-ipv6-loopback`, `${o}/to-file`]);
    const answer = (await res.json()) as { items: { input: string; code?: string; message?: string }[] };
    const reason = (path: string) => {
      const i = answer.items.find((x) => x.input === `${o}${path}`);
      return `${i?.code}: ${i?.message}`;
    };
    expect(reason("/hop1")).toMatch(/^ssrf-refused: .*private address 10\.0\.0\.1/);
    expect(reason("/to-metadata")).toMatch(/^ssrf-refused: .*link-local address 169\.254\.169\.254/);
    expect(reason("/to-ipv6-loopback")).toMatch(/^ssrf-refused: .*loopback/);
    expect(reason("/to-file")).toMatch(/^scheme-refused: /);
    // Only the allowed hops were requested; /page (behind [::1]) never was.
    expect(server.requests.map((r) => r.split(" ")[1]).sort()).toEqual(["/hop1", "/hop2", "/to-file", "/to-ipv6-loopback", "/to-metadata"]);
    expect((await store.counts()).documents).toBe(0);
  });
});

describe("row 14: DNS answers are checked before connecting (injected resolver)", () => {
  const policy = createAddressPolicy({ allowPrivate: false });
  const options = { policy, timeoutMs: 2_000, maxBytes: 100_000 };

  it("refuses a name that resolves to loopback (127.0.0.1.nip.io) and one that answers public and private together", async () => {
    const before = server.requests.length;
    const nip = await safeFetch(`http://127.0.0.1.nip.io:${server.port}/page`, { ...options, resolve: async (h) => (h === "127.0.0.1.nip.io" ? ["127.0.0.1"] : []) });
    expect(nip.ok ? "ok" : `${nip.code}: ${nip.message}`).toMatch(/^ssrf-refused: .*loopback/);
    const mixed = await safeFetch(`http://rebind.invalid:${server.port}/page`, { ...options, resolve: async () => ["93.184.216.34", "10.0.0.1"] });
    expect(mixed.ok ? "ok" : `${mixed.code}: ${mixed.message}`).toMatch(/^ssrf-refused: .*private/);
    const v6 = await safeFetch(`http://six.invalid:${server.port}/page`, { ...options, resolve: async () => ["::ffff:169.254.169.254"] });
    expect(v6.ok ? "ok" : `${v6.code}: ${v6.message}`).toMatch(/^ssrf-refused: .*link-local/);
    expect(server.requests.length).toBe(before);
  });
});
