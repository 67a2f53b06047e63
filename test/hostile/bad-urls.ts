/**
 * The BAD-INPUT rows that only a server can produce (a Content-Type header, a
 * Content-Encoding), served by a real HTTP server on 127.0.0.1.
 */
import { gzipSync } from "node:zlib";
import { startServer, type LocalServer } from "../fixtures/ingest/local-server.js";
import { CAP, GOOD_TEXT, type Expectation } from "./bad-inputs.js";

export interface BadUrl {
  row: number;
  /** The URL path; its last segment names the outcome. */
  path: string;
  expect: Expectation;
}

export const BAD_URLS: BadUrl[] = [
  // Row 3: the header and the document disagree; the header wins and the conflict is noted.
  { row: 3, path: "/r03-header-conflict.html", expect: { status: "ok", charset: "windows-1251", diagnostics: ["charset-conflict"], includes: ["При"] } },
  // Row 5: a body over the cap, with and without Content-Length.
  { row: 5, path: "/r05-big-body.html", expect: { code: "too-large" } },
  { row: 5, path: "/r05-big-chunked.html", expect: { code: "too-large" } },
  // Row 6: an image served as text/html.
  { row: 6, path: "/r06-png-as-html.html", expect: { code: "unsupported-content" } },
  // Row 7: a gzip bomb behind Content-Encoding, counted after inflation.
  { row: 7, path: "/r07-encoding-bomb.html", expect: { code: "too-large" } },
  { row: 0, path: "/good-page.txt", expect: { status: "ok", includes: ["Ferry Strike"] } },
];

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

/** Serves BAD_URLS (plus /evil.dtd, which nobody may ever request). */
export function startBadUrlServer(): Promise<LocalServer> {
  const bomb = gzipSync(Buffer.alloc(8 * CAP, 0x41));
  return startServer({
    "/r03-header-conflict.html": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=windows-1251" });
      res.end(Buffer.concat([Buffer.from('<html><head><meta charset="utf-8"></head><body><p>'), Buffer.from([0xcf, 0xf0, 0xe8]), Buffer.from(" header conflict page.</p></body></html>")]));
    },
    "/r05-big-body.html": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(Buffer.alloc(2 * CAP, 0x61));
    },
    "/r05-big-chunked.html": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      for (let i = 0; i < 40; i++) res.write(Buffer.alloc(64 * 1024, 0x62));
      res.end();
    },
    "/r06-png-as-html.html": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(PNG);
    },
    "/r07-encoding-bomb.html": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
      res.end(bomb);
    },
    "/good-page.txt": (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
      res.end(GOOD_TEXT.replace("Harbour Watch", "Harbour Watch Online"));
    },
    "/evil.dtd": (_req, res) => {
      res.writeHead(200, { "content-type": "application/xml-dtd" });
      res.end('<!ENTITY % leak SYSTEM "file:///etc/passwd">');
    },
  });
}
