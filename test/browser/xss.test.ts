/**
 * Hostile text must stay text: documents whose body, title, outlet and comment authors
 * carry script payloads are ingested, every view is opened in Chromium, and the test
 * fails if any payload runs (sets window.__xss or opens a dialog) or becomes markup.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnalysisPool } from "../../src/app/analysis-pool.js";
import { ingestInputs } from "../../src/app/ingest.js";
import { DEFAULT_READ_OPTIONS } from "../../src/ingest/types.js";
import type { DocumentListItem, EntityListItem, EventSummary } from "../../src/server/api-types.js";
import type { RunningServer } from "../../src/server/start.js";
import { ARTIFACTS, ensureWebBuilt, HAVE_CHROMIUM, openReport, tempStore, type Browser, type OpenReport } from "./browser.js";

const PAYLOADS = [
  `<script>window.__xss=1</script>`,
  `<img src=x onerror="window.__xss=2">`,
  `<svg onload="window.__xss=3"></svg>`,
  `<svg><script>window.__xss=4</script></svg>`,
  `<a href="javascript:window.__xss=5">click</a>`,
  `<a href="java\tscript:alert(6)">tab</a>`,
  `<a href="&#106;avascript:alert(7)">entity</a>`,
  `</script><script>alert(8)</script>`,
  `<!-- --><img src=x onerror=alert(9)>`,
  `<noscript><p title="</noscript><img src=x onerror=alert(10)>">`,
  `<math><mtext><table><mglyph><style><img src=x onerror=alert(11)>`,
  `<iframe srcdoc="<script>parent.__xss=12</script>"></iframe>`,
  `<style>body{background:url("javascript:alert(13)")}</style>`,
  `{{constructor.constructor('window.__xss=14')()}}`,
  `\${alert(15)}`,
  `<details open ontoggle="window.__xss=16">`,
];
const HOSTILE = PAYLOADS.join(" ");

let db: Awaited<ReturnType<typeof tempStore>>;
let server: RunningServer;
let browser: Browser;
let page: Page;
let seen: OpenReport["seen"];

async function api<T>(path: string): Promise<T> {
  return (await (await fetch(new URL(path, server.url))).json()) as T;
}

/** A blog post with payloads in its title, body and comment authors and texts. */
function hostilePost(): string {
  return [
    `Notes ${PAYLOADS[0]}`,
    "",
    "January 05, 2020",
    "",
    `Attack on the base ${PAYLOADS[1]}`,
    "",
    `On Sunday, American aircraft struck five sites in Iraq, killing 25 fighters ${PAYLOADS.slice(0, 8).join(" ")}, officials said.`,
    "",
    `Protesters stormed the embassy in Baghdad ${PAYLOADS.slice(8).join(" ")} on Tuesday.`,
    "",
    "Posted by b on January 5, 2020 at 10:00 UTC | Permalink",
    "",
    "Comments",
    "",
    `The strikes killed 19 people ${PAYLOADS[2]} not 25.`,
    "",
    `Posted by: <img src=x onerror="window.__xss=20"> | Jan 5 2020 11:02 utc | 1`,
    "",
    `I agree ${PAYLOADS[7]}`,
    "",
    `Posted by: </script><script>alert(21)</script> | Jan 5 2020 11:30 utc | 2`,
    "",
  ].join("\n");
}

function hostileHtml(): string {
  return `<!doctype html><html><head><title>Report ${PAYLOADS[0]}</title>
<meta property="og:site_name" content="<img src=x onerror=alert(30)>">
<meta property="article:published_time" content="2020-01-06T08:00:00Z"></head>
<body><article><h1>Rocket attack &lt;script&gt;alert(31)&lt;/script&gt;</h1>
<p>A rocket attack on a base near Kirkuk killed one contractor on Friday. <img src=x onerror="window.__xss=32"> <script>window.__xss=33</script></p>
<p>The United States blamed Kataib Hezbollah. <a href="javascript:window.__xss=34">details</a> <svg onload="window.__xss=35"></svg></p>
<p>${HOSTILE.replace(/</g, "&lt;")}</p>
</article></body></html>`;
}

describe.skipIf(!HAVE_CHROMIUM)("hostile text stays text in every view", () => {
  beforeAll(async () => {
    await ensureWebBuilt();
    await mkdir(ARTIFACTS, { recursive: true });
    db = await tempStore();
    await writeFile(join(db.dir, "hostile-post.txt"), hostilePost());
    await writeFile(join(db.dir, "hostile-page.html"), hostileHtml());
    const pool = createAnalysisPool({ jobs: 1 });
    const report = await ingestInputs(db.store, [join(db.dir, "hostile-post.txt")], {
      read: DEFAULT_READ_OPTIONS,
      overrides: { outlet: `Outlet <img src=x onerror="window.__xss=40"> </script>`, published: "2020-01-05" },
      pool,
    });
    const html = await ingestInputs(db.store, [join(db.dir, "hostile-page.html")], { read: DEFAULT_READ_OPTIONS, overrides: {}, pool });
    await pool.close();
    expect(report.failed + html.failed).toBe(0);
    ({ server, browser, page, seen } = await openReport(db.store));
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.drop();
  });

  async function visit(hash: string): Promise<void> {
    await page.goto(`${server.url}${hash}`);
    await page.waitForSelector("#view .view > *:not(.loading)", { timeout: 15_000 });
    await page.waitForTimeout(150);
    const state = await page.evaluate(() => {
      const root = document.getElementById("app")!;
      const inline = [...root.querySelectorAll("*")].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}@${a.name}`));
      const links = [...root.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")!).filter((h) => !/^(#|https?:)/i.test(h));
      return {
        xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
        injected: root.querySelectorAll("script, iframe, object, embed, img, style, noscript, math, details").length,
        inline,
        links,
        scripts: document.querySelectorAll("script").length,
      };
    });
    expect(state.xss, hash).toBeNull();
    expect(state.injected, hash).toBe(0);
    expect(state.inline, hash).toEqual([]);
    expect(state.links, hash).toEqual([]);
    expect(state.scripts, hash).toBe(1);
    expect(seen.dialogs, hash).toEqual([]);
  }

  it("runs nothing in any view, and shows the payloads as text", async () => {
    const docs = (await api<{ documents: DocumentListItem[] }>("/api/documents")).documents;
    const events = (await api<{ events: EventSummary[] }>("/api/events")).events;
    const entities = (await api<{ entities: EntityListItem[] }>("/api/entities")).entities;
    expect(docs.length).toBeGreaterThanOrEqual(3);
    const hashes = [
      "#/timeline",
      "#/map",
      "#/map?extent=world",
      "#/network",
      "#/disputes",
      "#/sources",
      `#/search?q=${encodeURIComponent("script onerror")}`,
      `#/search?q=${encodeURIComponent("<img src=x onerror=alert(1)>")}`,
      `#/timeline?q=${encodeURIComponent("<script>alert(1)</script>")}`,
      ...docs.map((d) => `#/document/${d.id}`),
      ...events.map((e) => `#/event/${e.id}`),
      ...entities.slice(0, 30).map((e) => `#/entity/${e.id}`),
      `#/${encodeURIComponent("<img src=x onerror=alert(1)>")}`,
    ];
    for (const hash of hashes) await visit(hash);

    // The payloads are on the page, as text.
    const post = docs.find((d) => d.kind !== "comment" && d.outlet?.startsWith("Outlet"));
    expect(post).toBeDefined();
    await visit(`#/document/${post!.id}`);
    const text = (await page.locator(".doc-text").textContent()) ?? "";
    expect(text).toContain("<script>window.__xss=1</script>");
    expect(text).toContain(`<svg onload="window.__xss=3"></svg>`);
    expect(await page.locator(".doc-head h1").textContent()).toContain("<img src=x onerror=");
    expect(await page.locator(".doc-head").textContent()).toContain(`Outlet <img src=x onerror="window.__xss=40"> </script>`);
    const authors = await page.locator("li.comment .author").allTextContents();
    expect(authors.some((a) => a.includes("onerror"))).toBe(true);
    await page.screenshot({ path: `${fileURLToPath(ARTIFACTS)}xss-document.png`, fullPage: true });

    expect(seen.errors).toEqual([]);
    expect(seen.external).toEqual([]);
  });
});
