import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type LocalServer } from "../../test/fixtures/ingest/local-server.js";
import type { IngestItem } from "../model/document.js";
import { parsePlainText } from "./plaintext/index.js";
import { readInputs } from "./read.js";
import { isFailure, type IngestFailure, type ReadOptions, type ReadResult } from "./types.js";

const fixtures = new URL("../../test/fixtures/ingest/", import.meta.url).pathname;
const seeds = new URL("../../../shared/corpus/seeds/", import.meta.url).pathname;
const local: ReadOptions = { allowPrivate: true, maxBytes: 1_000_000, timeoutMs: 3_000 };
const strict: ReadOptions = { ...local, allowPrivate: false };

async function read(inputs: string[], options: ReadOptions = local): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs(inputs, options)) out.push(r);
  return out;
}
const items = (rs: ReadResult[]) => rs.filter((r): r is IngestItem => !isFailure(r));
const failures = (rs: ReadResult[]) => rs.filter(isFailure);

function scratch(): string {
  return mkdtempSync(join(tmpdir(), "sitrep-ingest-"));
}

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

describe("readInputs: files and folders", () => {
  it("walks folders recursively in name order, by file type, skipping hidden entries", async () => {
    const dir = scratch();
    mkdirSync(join(dir, "b-sub", "deeper"), { recursive: true });
    mkdirSync(join(dir, ".hidden-dir"));
    writeFileSync(join(dir, "c.txt"), "Third file.");
    writeFileSync(join(dir, "a.html"), "<p>First file.</p>");
    writeFileSync(join(dir, "b-sub", "x.txt"), "Nested file.");
    writeFileSync(join(dir, "b-sub", "deeper", "y.htm"), "<p>Deeper file.</p>");
    writeFileSync(join(dir, ".secret.txt"), "hidden");
    writeFileSync(join(dir, ".hidden-dir", "z.txt"), "hidden too");
    writeFileSync(join(dir, "image.png"), PNG);
    const results = await read([dir]);
    expect(results.map((r) => (isFailure(r) ? r.input : r.source))).toEqual([
      join(dir, "a.html"),
      join(dir, "b-sub", "deeper", "y.htm"),
      join(dir, "b-sub", "x.txt"),
      join(dir, "c.txt"),
    ]);
    expect((await read([dir])).map((r) => (isFailure(r) ? r.input : r.source))).toEqual(results.map((r) => (isFailure(r) ? r.input : r.source)));
  });

  it("refuses binary content named .html, with a one-line message naming the input", async () => {
    const dir = scratch();
    const page = join(dir, "page.html");
    writeFileSync(page, PNG);
    writeFileSync(join(dir, "doc.txt"), Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "latin1"));
    writeFileSync(join(dir, "prog.html"), Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]));
    const fs = failures(await read([page, join(dir, "doc.txt"), join(dir, "prog.html")]));
    expect(fs.map((f) => f.code)).toEqual(["unsupported-content", "unsupported-content", "unsupported-content"]);
    expect(fs.map((f) => `${f.input}: ${f.code}: ${f.message}`)[0]).toBe(`${page}: unsupported-content: PNG image data, not HTML`);
    expect(fs[1]?.message).toContain("PDF document");
    expect(fs[2]?.message).toContain("ELF executable");
  });

  it("reads empty, whitespace-only and body-less inputs as empty documents", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "blank.txt"), "  \n\t\n");
    writeFileSync(join(dir, "nobody.html"), "<html><head><title>Nothing here</title></head></html>");
    const rs = await read([join(dir, "empty.txt"), join(dir, "blank.txt"), join(dir, "nobody.html")]);
    expect(failures(rs)).toEqual([]);
    expect(items(rs).map((i) => i.parsed.text)).toEqual(["", "", ""]);
    expect(items(rs)[2]?.parsed.title).toBe("Nothing here");
  });

  it("refuses files over the byte cap before reading, and gzip that inflates past it", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "big.html"), `<p>${"a".repeat(2_000)}</p>`);
    writeFileSync(join(dir, "bomb.html.gz"), gzipSync(Buffer.alloc(5_000_000, 0x20)));
    writeFileSync(join(dir, "fine.html.gz"), gzipSync(Buffer.from("<p>Compressed page text.</p>")));
    const rs = await read([join(dir, "big.html"), join(dir, "bomb.html.gz"), join(dir, "fine.html.gz")], { ...local, maxBytes: 1_000 });
    expect(rs.map((r) => (isFailure(r) ? r.code : r.parsed.text))).toEqual(["too-large", "too-large", "Compressed page text."]);
  });

  it("records the charset and a guess for undeclared windows-1252 HTML", async () => {
    const dir = scratch();
    writeFileSync(join(dir, "legacy.html"), Buffer.from("<html><body><p>Caf\xe9 \x93open\x94 again</p></body></html>", "latin1"));
    const [item] = items(await read([join(dir, "legacy.html")]));
    expect(item?.charset).toBe("windows-1252");
    expect(item?.parsed.text).toBe("Café “open” again");
    expect(item?.parsed.diagnostics.map((d) => d.code)).toContain("encoding-guessed");
    // the raw bytes stay as received
    expect(Array.from(item?.raw ?? [])).toContain(0x93);
  });

  it("hands text files to the plain-text parser", async () => {
    const path = join(seeds, "003_3efedd93e49a893d.txt");
    const [item] = items(await read([path]));
    const expected = parsePlainText(new TextDecoder().decode(new Uint8Array(item?.raw ?? [])), { source: path });
    expect(item?.contentType).toBe("text/plain");
    expect(item?.parsed.text).toBe(expected.text);
    expect(item?.parsed.comments.length).toBe(expected.comments.length);
  });

  it("keeps comments out of the body of every HTML fixture", async () => {
    for (const item of items(await read([fixtures]))) {
      for (const c of item.parsed.comments) {
        expect(c.text.length).toBeGreaterThan(0);
        expect(item.parsed.text).not.toContain(c.text.split("\n")[0]);
      }
    }
  });

  it("never throws: each bad input is a failure naming it, the others carry on", async () => {
    const rs = await read(["/definitely/not/here.txt", "gopher://example.org/", "javascript:alert(1)", "", join(fixtures, "atom.xml")]);
    expect(failures(rs).map((f) => f.code)).toEqual(["not-found", "scheme-refused", "scheme-refused", "not-found"]);
    expect(items(rs)).toHaveLength(2);
    for (const f of failures(rs)) expect(f.message.split("\n")).toHaveLength(1);
  });
});

describe("readInputs: URLs", () => {
  let server: LocalServer;
  beforeAll(async () => {
    const page = (title: string, body: string) => `<html><head><title>${title}</title></head><body><article><p>${body}</p></article></body></html>`;
    server = await startServer({
      "/article": (_req, res) => {
        res.writeHead(200, { "content-type": "text/html; charset=windows-1251" });
        res.end(Buffer.concat([Buffer.from("<html><head><title>Report</title></head><body><p>"), Buffer.from([0xcf, 0xf0, 0xe8]), Buffer.from("</p></body></html>")]));
      },
      "/linked": (_req, res) => {
        res.writeHead(200, { "content-type": "text/html" });
        res.end(page("Linked story", "The full story lives on its own page."));
      },
      "/feed": (_req, res) => {
        res.writeHead(200, { "content-type": "application/rss+xml" });
        res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title>
          <item><title>Has content</title><link>${server.origin}/unused</link><description>Inline text.</description><pubDate>Wed, 01 Jan 2020 10:00:00 GMT</pubDate></item>
          <item><title>Needs a fetch</title><link>${server.origin}/linked</link><pubDate>Thu, 02 Jan 2020 10:00:00 GMT</pubDate><author>desk@example.org (Desk Editor)</author></item>
          <item><title>Broken link</title><link>${server.origin}/missing</link></item>
        </channel></rss>`);
      },
      "/atom-as-text": (_req, res) => {
        res.writeHead(200, { "content-type": "text/plain" });
        res.end('<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>E</title><id>e1</id><content type="text">Plain entry.</content></entry></feed>');
      },
      "/png": (_req, res) => {
        res.writeHead(200, { "content-type": "text/html" });
        res.end(Buffer.from(PNG));
      },
      "/to-internal": (_req, res) => {
        res.writeHead(302, { location: "http://10.0.0.1/admin" });
        res.end();
      },
    });
  });
  afterAll(() => server.close());

  it("fetches a page, decodes it with the header charset and parses it", async () => {
    const [item] = items(await read([`${server.origin}/article`]));
    expect(item).toMatchObject({ source: `${server.origin}/article`, contentType: "text/html", charset: "windows-1251" });
    expect(item?.parsed.text).toBe("При");
    expect(item?.parsed.url).toBe(`${server.origin}/article`);
  });

  it("reads a feed URL: inline content, a fetched link for an item without content, a failure for a dead link", async () => {
    const rs = await read([`${server.origin}/feed`]);
    expect(rs.map((r) => (isFailure(r) ? `${r.code} ${r.input}` : r.parsed.title))).toEqual([
      "Has content",
      "Linked story",
      `http-status ${server.origin}/missing`,
    ]);
    const [inline, linked] = items(rs);
    expect(inline).toMatchObject({ contentType: "application/rss+xml", parsed: { text: "Inline text.", outlet: "Local Wire", published: "2020-01-01T10:00:00Z" } });
    expect(linked?.parsed).toMatchObject({ text: "The full story lives on its own page.", outlet: "Local Wire", published: "2020-01-02T10:00:00Z", author: "Desk Editor" });
  });

  it("sniffs a feed served as text/plain, and refuses binary served as text/html", async () => {
    const [entry] = items(await read([`${server.origin}/atom-as-text`]));
    expect(entry?.parsed.text).toBe("Plain entry.");
    const [png] = failures(await read([`${server.origin}/png`]));
    expect(png?.code).toBe("unsupported-content");
  });

  it("refuses loopback without allowPrivate, before any request is sent", async () => {
    const before = server.requests.length;
    const rs = await read([`${server.origin}/article`, `http://localhost:${server.port}/article`], strict);
    expect(failures(rs).map((f: IngestFailure) => f.code)).toEqual(["ssrf-refused", "ssrf-refused"]);
    expect(server.requests.length).toBe(before);
  });

  it("refuses a redirect from an allowed host to a forbidden one", async () => {
    const [f] = failures(await read([`${server.origin}/to-internal`], { ...strict, allowCidrs: ["127.0.0.1/32"] }));
    expect(f?.code).toBe("ssrf-refused");
    expect(f?.message).toContain("private address 10.0.0.1");
  });
});
