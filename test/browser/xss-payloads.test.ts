/**
 * Every payload of test/hostile/xss-payloads.txt (100+) as document text, titles, outlet
 * names, comment authors and texts, feed item links and search queries; every web view
 * opened in Chromium. Each payload would call __xss(id) (exposed to every frame) or open
 * a dialog if it ever ran: the test fails on any call, dialog, page error or CSP report,
 * and on any markup, inline handler or non-http link that came from the data.
 * One group is ingested by the real CLI with --title and --outlet; the others through the
 * same ingest service in-process (the flags only set these overrides).
 */
import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnalysisPool } from "../../src/app/analysis-pool.js";
import { ingestInputs } from "../../src/app/ingest.js";
import { DEFAULT_READ_OPTIONS } from "../../src/ingest/types.js";
import type { DocumentListItem, EntityListItem, EventSummary } from "../../src/server/api-types.js";
import type { RunningServer } from "../../src/server/start.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { runCli, tempDir } from "../support/cli.js";
import { ensureWebBuilt, getJson, HAVE_CHROMIUM, openReport, type Browser, type OpenReport } from "./browser.js";

interface Payload {
  id: number;
  text: string;
}

/** The payloads, XSSID replaced by each one's line number. */
function loadPayloads(): Payload[] {
  const lines = readFileSync(new URL("../hostile/xss-payloads.txt", import.meta.url), "utf8").split("\n");
  return lines.flatMap((line, i) => (line.trim() === "" || line.startsWith("# ") ? [] : [{ id: i + 1, text: line.replace(/XSSID/g, String(i + 1)) }]));
}

const PAYLOADS = loadPayloads();
const GROUP = 12;
const groups = Array.from({ length: Math.ceil(PAYLOADS.length / GROUP) }, (_, g) => PAYLOADS.slice(g * GROUP, (g + 1) * GROUP));
const NEWS = [
  "The army attacked a checkpoint near Kirkuk",
  "Protesters stormed the embassy in Baghdad",
  "A rocket attack on a base near Erbil wounded 3 soldiers",
];
/** A news sentence with the payload inside it, dated by group so that events do not all merge. */
const sentence = (i: number, g: number, payload: string) => `${NEWS[i % NEWS.length]} ${payload} on January ${1 + (g % 27)}, 2020, killing ${i + 2} people, officials said.`;
/** Comment signatures are "Posted by: NAME | TIME | N": a payload with "|" cannot be a name. */
const authorable = (p: Payload) => !p.text.includes("|");

/** A Typepad-style post carrying a group's payloads in its body, comment texts and comment authors. */
function post(group: Payload[], g: number): string {
  const body = group.map((p, i) => sentence(i, g, p.text));
  const comments = group.flatMap((p, i) => [`Comment ${i + 1}: ${sentence(i + 1, g, p.text)}`, "", `Posted by: ${authorable(p) ? p.text : `reader ${p.id}`} | Jan 2 2020 19:${String(10 + i).padStart(2, "0")} utc | ${i + 1}`, ""]);
  return [`Field report ${g}`, "January 2, 2020", "", `Attack report ${g}`, "", ...body, "", "Posted by b on January 2, 2020 at 18:00 UTC | Permalink", "", "Comments", "", ...comments].join("\n");
}

/** A feed whose items link to payload URLs and carry payloads as HTML content. */
function feed(): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const items = PAYLOADS.slice(0, 20).map(
    (p) => `<item><title>${esc(p.text)}</title><guid>xss-${p.id}</guid><link>javascript:__xss(${p.id})</link><description>${esc(`<p>Item ${p.id}: ${sentence(0, p.id, p.text)}</p>${p.text}`)}</description><pubDate>Thu, 02 Jan 2020 10:00:00 GMT</pubDate></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${esc(PAYLOADS[0]!.text)}</title>${items.join("")}</channel></rss>`;
}

let dir: string;
let store: SqliteStore;
let server: RunningServer;
let browser: Browser;
let page: Page;
let seen: OpenReport["seen"];
const hits: string[] = [];

describe.skipIf(!HAVE_CHROMIUM)(`${PAYLOADS.length} XSS payloads in every view`, () => {
  beforeAll(async () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(100);
    await ensureWebBuilt();
    dir = tempDir("sitrep-xss-");
    const db = join(dir, "xss.db");
    await mkdir(join(dir, "in"));
    const files = await Promise.all(
      groups.map(async (group, g) => {
        const path = join(dir, "in", `post-${g}.txt`);
        await writeFile(path, post(group, g));
        return path;
      }),
    );
    await writeFile(join(dir, "in", "payloads.xml"), feed());
    // The first group through the real executable, with the real flags.
    const first = groups[0]!.map((p) => p.text).join(" ");
    const cli = await runCli(["ingest", files[0]!, "--db", db, "--title", first, "--outlet", first, "--published", "2020-01-02", "--jobs", "1"]);
    expect(cli.code, cli.stderr).toBe(0);
    store = SqliteStore.open({ path: db });
    const pool = createAnalysisPool({ jobs: 1 });
    for (const [g, group] of groups.entries()) {
      if (g === 0) continue;
      const words = group.map((p) => p.text).join(" ");
      const r = await ingestInputs(store, [files[g]!], { read: DEFAULT_READ_OPTIONS, overrides: { title: words, outlet: words, published: "2020-01-02" }, pool });
      expect(r.failed).toBe(0);
    }
    const r = await ingestInputs(store, [join(dir, "in", "payloads.xml")], { read: DEFAULT_READ_OPTIONS, overrides: {}, pool });
    expect(r.failed).toBe(0);
    await pool.close();
    ({ server, browser, page, seen } = await openReport(store, (p) => p.exposeFunction("__xss", (id: unknown) => void hits.push(String(id)))));
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  const api = <T>(path: string): Promise<T> => getJson<T>(server, path);

  /** Opens one view and fails on anything a payload could have done there. */
  async function visit(hash: string): Promise<void> {
    await page.goto(`${server.url}${hash}`);
    await page.waitForSelector("#view .view > *:not(.loading)", { timeout: 20_000 });
    await page.waitForTimeout(100);
    const state = await page.evaluate(() => {
      const root = document.getElementById("app")!;
      return {
        // Elements the UI never makes, and styles carrying code (the UI sets styles only through the CSSOM).
        injected: [
          ...[...root.querySelectorAll("script, iframe, object, embed, img, image, style, noscript, math, details, video, audio, marquee, base, meta, link, template, xmp, listing, keygen, isindex")].map((e) => e.tagName),
          ...[...root.querySelectorAll("[style]")].filter((el) => /javascript:|expression\(|-moz-binding|behavior:|url\(/i.test(el.getAttribute("style") ?? "")).map((e) => e.outerHTML.slice(0, 80)),
        ],
        inline: [...root.querySelectorAll("*")].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name) || a.name === "srcdoc").map((a) => `${el.tagName}@${a.name}`)),
        links: [...root.querySelectorAll("[href], [src], [action], [formaction], [data]")].flatMap((el) =>
          ["href", "src", "action", "formaction", "data", "xlink:href"].map((n) => el.getAttribute(n)).filter((v): v is string => v !== null && !/^(#|https?:)/i.test(v)),
        ),
        scripts: document.querySelectorAll("script").length,
      };
    });
    expect(hits, `${hash}: a payload ran`).toEqual([]);
    expect(seen.dialogs, `${hash}: a dialog opened`).toEqual([]);
    expect(seen.errors, `${hash}: page errors`).toEqual([]);
    expect(seen.csp, `${hash}: CSP reports`).toEqual([]);
    expect(state.injected, `${hash}: markup from the data`).toEqual([]);
    expect(state.inline, `${hash}: inline handlers`).toEqual([]);
    expect(state.links, `${hash}: non-http links`).toEqual([]);
    expect(state.scripts, `${hash}: scripts on the page`).toBe(1);
  }

  it("the detector works: a payload rendered as markup outside sitrep is caught", async () => {
    const probe = await browser.context.newPage();
    await probe.exposeFunction("__xss", (id: unknown) => void hits.push(String(id)));
    await probe.setContent(`<div>${PAYLOADS[0]!.text.replace(/__xss\(\d+\)/, "__xss('control')")}</div><img src=x onerror="__xss('control-img')">`);
    await probe.waitForTimeout(200);
    await probe.close();
    expect(hits.sort()).toEqual(["control", "control-img"]);
    hits.length = 0;
  });

  it("runs no payload in any view, and shows them as text", async () => {
    const docs = (await api<{ documents: DocumentListItem[] }>("/api/documents?limit=5000")).documents;
    const events = (await api<{ events: EventSummary[] }>("/api/events?limit=10000")).events;
    const entities = (await api<{ entities: EntityListItem[] }>("/api/entities?limit=5000")).entities;
    const articles = docs.filter((d) => d.kind !== "comment");
    expect(articles.length).toBe(groups.length + 20);
    const queries = [PAYLOADS[0]!, ...PAYLOADS.filter((p) => p.text.length < 120).slice(1, 60).filter((_, i) => i % 6 === 0)];
    const views = [
      "#/timeline",
      "#/map",
      "#/map?extent=world",
      "#/network",
      "#/disputes",
      "#/sources",
      ...queries.map((p) => `#/search?q=${encodeURIComponent(p.text)}`),
      `#/timeline?q=${encodeURIComponent(PAYLOADS[0]!.text)}`,
      ...articles.map((d) => `#/document/${d.id}`),
      ...docs.filter((d) => d.kind === "comment").slice(0, 5).map((d) => `#/document/${d.id}`),
      ...events.slice(0, 60).map((e) => `#/event/${e.id}`),
      ...entities.slice(0, 40).map((e) => `#/entity/${e.id}`),
    ];
    for (const hash of views) await visit(hash);
    expect(views.length).toBeGreaterThan(30);

    // The payloads are on the pages as text: body, title, outlet and comment authors.
    const doc = articles.find((d) => d.title?.includes(PAYLOADS[GROUP]!.text));
    expect(doc).toBeDefined();
    await visit(`#/document/${doc!.id}`);
    const text = (await page.locator(".doc-text").textContent()) ?? "";
    for (const p of groups[1]!) expect(text).toContain(p.text.trim());
    expect(await page.locator(".doc-head").textContent()).toContain(groups[1]!.map((p) => p.text).join(" ").slice(0, 200));
    const authors = await page.locator("li.comment .author").allTextContents();
    expect(authors.filter((a) => groups[1]!.some((p) => authorable(p) && a === p.text.trim())).length).toBeGreaterThan(5);
    expect(seen.external).toEqual([]);
    expect(events.length).toBeGreaterThan(0);
    expect(entities.length).toBeGreaterThan(0);
    process.stdout.write(`xss-payloads: ${PAYLOADS.length} payloads, ${views.length + 1} views visited (${articles.length} documents, ${Math.min(events.length, 60)} events, ${Math.min(entities.length, 40)} entities, ${queries.length} searches)\n`);
  }, 900_000);
});
