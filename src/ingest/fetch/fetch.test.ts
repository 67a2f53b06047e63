import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type LocalServer } from "../../../test/fixtures/ingest/local-server.js";
import { safeFetch, type SafeFetchOptions } from "./fetch.js";
import { createAddressPolicy } from "./policy.js";

let server: LocalServer;
const BOMB_SIZE = 64 * 1024 * 1024;

beforeAll(async () => {
  const bomb = gzipSync(Buffer.alloc(BOMB_SIZE, 0x41));
  server = await startServer({
    "/page": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end("<p>hello</p>");
    },
    "/gzip": (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain", "content-encoding": "gzip" });
      res.end(gzipSync(Buffer.from("compressed hello")));
    },
    "/bomb": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
      res.end(bomb);
    },
    "/big": (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end(Buffer.alloc(200_000, 0x61));
    },
    "/chunked-big": (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      for (let i = 0; i < 50; i++) res.write(Buffer.alloc(10_000, 0x61));
      res.end();
    },
    "/slow": () => {
      // never answers
    },
    "/missing": (_req, res) => {
      res.writeHead(404);
      res.end();
    },
    "/to-page": (_req, res) => {
      res.writeHead(302, { location: "/page" });
      res.end();
    },
    "/to-metadata": (_req, res) => {
      res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" });
      res.end();
    },
    "/to-private": (_req, res) => {
      res.writeHead(301, { location: "http://10.0.0.1/" });
      res.end();
    },
    "/to-file": (_req, res) => {
      res.writeHead(302, { location: "file:///etc/passwd" });
      res.end();
    },
    "/loop": (_req, res) => {
      res.writeHead(302, { location: "/loop" });
      res.end();
    },
  });
});
afterAll(() => server.close());

const open: SafeFetchOptions = { policy: createAddressPolicy({ allowPrivate: true }), timeoutMs: 2_000, maxBytes: 100_000 };
const strict: SafeFetchOptions = { ...open, policy: createAddressPolicy({ allowPrivate: false }) };
/** Loopback allowed (the test server), every other forbidden range still refused. */
const loopbackOnly: SafeFetchOptions = { ...open, policy: createAddressPolicy({ allowPrivate: false, allowCidrs: ["127.0.0.0/8"] }) };

async function refusalCode(url: string, options: SafeFetchOptions): Promise<string> {
  const r = await safeFetch(url, options);
  return r.ok ? "ok" : r.code;
}

describe("safeFetch", () => {
  it("fetches from the local server when private addresses are allowed", async () => {
    const r = await safeFetch(`${server.origin}/page`, open);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(new TextDecoder().decode(r.response.bytes)).toBe("<p>hello</p>");
      expect(r.response.contentType).toBe("text/html; charset=utf-8");
    }
  });

  it("decompresses a gzip Content-Encoding", async () => {
    const r = await safeFetch(`${server.origin}/gzip`, open);
    expect(r.ok && new TextDecoder().decode(r.response.bytes)).toBe("compressed hello");
  });

  it("refuses every spelling of loopback without connecting", async () => {
    const before = server.requests.length;
    const p = server.port;
    const urls = [
      `http://127.0.0.1:${p}/page`,
      `http://2130706433:${p}/page`,
      `http://0x7f.1:${p}/page`,
      `http://0177.0.0.1:${p}/page`,
      `http://127.1:${p}/page`,
      `http://0:${p}/page`,
      `http://[::1]:${p}/page`,
      `http://[::ffff:7f00:1]:${p}/page`,
      `http://[::ffff:127.0.0.1]:${p}/page`,
      `http://localhost:${p}/page`,
    ];
    for (const url of urls) expect(await refusalCode(url, strict), url).toBe("ssrf-refused");
    expect(server.requests.length).toBe(before);
  });

  it("refuses private, link-local and metadata addresses before connecting", async () => {
    for (const url of ["http://10.0.0.1/", "http://169.254.169.254/latest/meta-data/", "http://192.168.0.1/", "http://[fd00::1]/", "http://100.64.0.1/"]) {
      expect(await refusalCode(url, strict), url).toBe("ssrf-refused");
    }
  });

  it("refuses non-http schemes and credentials", async () => {
    expect(await refusalCode("file:///etc/passwd", open)).toBe("scheme-refused");
    expect(await refusalCode("gopher://127.0.0.1:70/_x", open)).toBe("scheme-refused");
    expect(await refusalCode(`http://user:secret@127.0.0.1:${server.port}/page`, open)).toBe("credentials-refused");
  });

  it("re-checks every redirect hop", async () => {
    expect((await safeFetch(`${server.origin}/to-page`, loopbackOnly)).ok).toBe(true);
    const metadata = await safeFetch(`${server.origin}/to-metadata`, loopbackOnly);
    expect(metadata.ok).toBe(false);
    if (!metadata.ok) {
      expect(metadata.code).toBe("ssrf-refused");
      expect(metadata.message).toContain("link-local");
    }
    expect(await refusalCode(`${server.origin}/to-private`, loopbackOnly)).toBe("ssrf-refused");
    expect(await refusalCode(`${server.origin}/to-file`, loopbackOnly)).toBe("scheme-refused");
    expect(await refusalCode(`${server.origin}/loop`, loopbackOnly)).toBe("too-many-redirects");
  });

  it("pins the connection to the validated address (no second DNS lookup)", async () => {
    // A name the system resolver does not know: the request can only reach the server
    // through the address the policy checked, and the Host header keeps the name.
    const resolve = async () => ["127.0.0.1"];
    const r = await safeFetch(`http://rebind.invalid:${server.port}/page`, { ...open, resolve });
    expect(r.ok).toBe(true);
    expect(server.requests.at(-1)).toBe(`GET /page rebind.invalid:${server.port}`);
    const mixed = async () => ["93.184.216.34", "127.0.0.1"];
    expect(await refusalCode(`http://rebind.invalid:${server.port}/page`, { ...strict, resolve: mixed })).toBe("ssrf-refused");
  });

  it("aborts a gzip bomb at the byte cap counted after decompression", async () => {
    const before = process.memoryUsage().rss;
    const r = await safeFetch(`${server.origin}/bomb`, { ...open, maxBytes: 1_000_000 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe("too-large");
    expect(process.memoryUsage().rss - before).toBeLessThan(BOMB_SIZE);
  });

  it("refuses bodies over the cap, with or without Content-Length", async () => {
    expect(await refusalCode(`${server.origin}/big`, open)).toBe("too-large");
    expect(await refusalCode(`${server.origin}/chunked-big`, open)).toBe("too-large");
  });

  it("times out and reports HTTP errors", async () => {
    const started = Date.now();
    expect(await refusalCode(`${server.origin}/slow`, { ...open, timeoutMs: 300 })).toBe("fetch-timeout");
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await refusalCode(`${server.origin}/missing`, open)).toBe("http-status");
  });
});
