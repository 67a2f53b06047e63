/**
 * The web UI in Chromium over the real server and a store holding the seed corpus,
 * ingested through the same service as the CLI.
 */
import { mkdir, readdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnalysisPool } from "../../src/app/analysis-pool.js";
import { ingestInputs } from "../../src/app/ingest.js";
import { DEFAULT_READ_OPTIONS } from "../../src/ingest/types.js";
import type { RunningServer } from "../../src/server/start.js";
import type { EventDetail, EventSummary, OutletView, SearchResult, Stats, DocumentDetail } from "../../src/server/api-types.js";
import { ARTIFACTS, ensureWebBuilt, getJson, HAVE_CHROMIUM, openReport, tempStore, type Browser, type OpenReport } from "./browser.js";

const SEEDS = resolve(process.cwd(), "../shared/corpus/seeds");
const shot = (name: string) => fileURLToPath(new URL(name, ARTIFACTS));

let db: Awaited<ReturnType<typeof tempStore>>;
let server: RunningServer;
let browser: Browser;
let page: Page;
let seen: OpenReport["seen"];

const api = <T>(path: string): Promise<T> => getJson<T>(server, path);

describe.skipIf(!HAVE_CHROMIUM)("web UI over the seed corpus", () => {
  beforeAll(async () => {
    await ensureWebBuilt();
    await mkdir(ARTIFACTS, { recursive: true });
    db = await tempStore();
    const pool = createAnalysisPool({ jobs: 1 });
    const files = (await readdir(SEEDS)).sort().map((f) => resolve(SEEDS, f));
    const dated = files.filter((f) => f.includes("001_"));
    const rest = files.filter((f) => !f.includes("001_"));
    const read = DEFAULT_READ_OPTIONS;
    const a = await ingestInputs(db.store, rest, { read, overrides: {}, pool });
    const b = await ingestInputs(db.store, dated, { read, overrides: { published: "2020-03-12" }, pool });
    await pool.close();
    expect(a.failed + b.failed).toBe(0);
    expect(a.added + b.added).toBe(files.length);
    ({ server, browser, page, seen } = await openReport(db.store));
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.drop();
  });

  it("shows the timeline with one dot per day-dated event and every event in the table", async () => {
    const { events } = await api<{ events: EventSummary[] }>("/api/events?limit=10000");
    const stats = await api<Stats>("/api/stats");
    await page.goto(`${server.url}#/timeline`);
    await page.waitForSelector(".view-timeline table.events, .view-timeline .message:not(.loading)");
    expect(stats.documents).toBeGreaterThan(5);
    if (events.length === 0) {
      await expect(page.locator(".view-timeline .message:not(.loading)").textContent()).resolves.toMatch(/no events/i);
      return;
    }
    await page.waitForSelector("svg.timeline-chart");
    const rows = await page.locator("table.events tbody tr").count();
    expect(rows).toBe(events.length);
    const dayDated = events.filter((e) => e.datePrecision === "day" || e.datePrecision === "time");
    const dots = await page.locator("circle.tl-dot").count();
    const more = await page.locator("text.tl-more").count();
    expect(dots).toBeGreaterThan(0);
    expect(dots + more).toBeLessThanOrEqual(dayDated.length);
    if (more === 0) {
      expect(dots).toBe(dayDated.length);
      expect(await page.locator("circle.tl-dot.disputed").count()).toBe(dayDated.filter((e) => e.disputed).length);
    }
    await page.screenshot({ path: shot("timeline.png") });
  });

  it("zooms to a date range through the URL", async () => {
    await page.goto(`${server.url}#/timeline?from=2019-12-29&to=2020-01-03`);
    await page.waitForSelector(".view-timeline table.events, .view-timeline .message:not(.loading)");
    const { events } = await api<{ events: EventSummary[] }>("/api/events?from=2019-12-29&to=2020-01-03&limit=10000");
    expect(await page.locator("table.events tbody tr").count()).toBe(events.length);
    expect(await page.inputValue("input[name=from]")).toBe("2019-12-29");
  });

  it("opens an event from the timeline and shows every source's sentence", async () => {
    await page.goto(`${server.url}#/timeline`);
    await page.waitForSelector(".view-timeline table.events, .view-timeline .message:not(.loading)");
    const drawn = await page.locator("circle.tl-dot").evaluateAll((els) => els.map((e) => e.getAttribute("data-event")!));
    if (drawn.length === 0) return;
    // The drawn event reported by the most sources: the richest side-by-side view.
    const { events } = await api<{ events: EventSummary[] }>("/api/events?limit=10000");
    const sources = new Map(events.map((e) => [e.id, e.sources]));
    const id = [...drawn].sort((a, b) => (sources.get(b) ?? 0) - (sources.get(a) ?? 0))[0]!;
    await page.locator(`circle.tl-dot[data-event="${id}"]`).click();
    await page.waitForSelector(".mention-card");
    expect(page.url()).toContain(`#/event/${id}`);
    const detail = await api<EventDetail>(`/api/events/${id}`);
    const sentences = await page.locator(".mention .sentence").allTextContents();
    expect(sentences.length).toBe(detail.mentionList.length);
    for (const m of detail.mentionList) expect(sentences).toContain(m.text);
    expect(await page.locator(".mention-card").count()).toBe(detail.sources);
    await page.screenshot({ path: shot("event.png") });
  });

  it("opens the 29 December airstrikes from the timeline: 25 and 32 dead, each with its source", async () => {
    const { events } = await api<{ events: EventSummary[] }>("/api/events?from=2019-12-29&to=2019-12-29&type=ASSAULT&limit=100");
    // The day's attack whose sources state death tolls, reported by the most sources.
    const strike = events.filter((e) => e.date === "2019-12-29" && e.fatalities).sort((a, b) => b.sources - a.sources)[0];
    expect(strike, "an ASSAULT event dated 2019-12-29 with death tolls").toBeDefined();
    expect(strike!.fatalities!.max).toBe(32);
    expect(strike!.fatalities!.min).toBeLessThanOrEqual(25);
    await page.goto(`${server.url}#/timeline`);
    await page.locator(`circle.tl-dot[data-event="${strike!.id}"]`).click();
    await page.waitForSelector(".mention-card");
    const cards = await page.locator(".mention-card").allTextContents();
    expect(cards.length).toBeGreaterThanOrEqual(3);
    expect(cards.some((c) => /killed: 32\b/.test(c))).toBe(true);
    expect(cards.some((c) => /killed: 25\b/.test(c))).toBe(true);
    await page.screenshot({ path: shot("airstrikes.png") });
  });

  it("reaches the cited passage of a document in the second click", async () => {
    const { events } = await api<{ events: EventSummary[] }>("/api/events?limit=1");
    if (events.length === 0) return;
    const detail = await api<EventDetail>(`/api/events/${events[0]!.id}`);
    await page.goto(`${server.url}#/event/${detail.id}`);
    const link = page.locator(".mention a", { hasText: "in the document" }).first();
    await link.click();
    await page.waitForSelector(".doc-text");
    const m = detail.mentionList[0]!;
    const focused = (await page.locator("mark.focus-mark").allTextContents()).join("");
    expect(focused).toBe(m.text);
  });

  it("lists each event of a document once, with a link to each passage that tells it", async () => {
    const { outlets } = await api<{ outlets: OutletView[] }>("/api/sources");
    const docs = await Promise.all(outlets.flatMap((o) => o.documents).map((d) => api<DocumentDetail>(`/api/documents/${d.id}`)));
    const doc = docs.find((d) => new Set(d.events.map((e) => e.event.id)).size < d.events.length);
    expect(doc, "a seed document telling one event in two passages").toBeDefined();
    const ids = [...new Set([...doc!.events].sort((a, b) => a.start - b.start).map((e) => e.event.id))];
    await page.goto(`${server.url}#/document/${doc!.id}`);
    await page.waitForSelector("ol.doc-events");
    expect(await page.locator("ol.doc-events > li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-event")))).toEqual(ids);
    const twice = ids.find((id) => doc!.events.filter((e) => e.event.id === id).length > 1)!;
    const second = doc!.events.filter((e) => e.event.id === twice).sort((a, b) => a.start - b.start)[1]!;
    await page.locator(`ol.doc-events > li[data-event="${twice}"] a`, { hasText: "#2" }).click();
    await page.waitForSelector("mark.focus-mark");
    expect((await page.locator("mark.focus-mark").allTextContents()).join("")).toBe(doc!.text.slice(second.start, second.end));
  });

  it("searches documents from the header", async () => {
    await page.goto(`${server.url}#/timeline`);
    await page.fill("header input[type=search]", "Soleimani");
    await page.press("header input[type=search]", "Enter");
    await page.waitForSelector(".view-search h1");
    expect(page.url()).toContain("#/search?q=Soleimani");
    const result = await api<SearchResult>("/api/search?q=Soleimani");
    expect(result.documents.length).toBeGreaterThan(0);
    expect(await page.locator("li.doc-hit").count()).toBe(result.documents.length);
    const snippets = await page.locator("li.doc-hit p.snippet").allTextContents();
    expect(snippets.some((s) => /soleimani/i.test(s))).toBe(true);
    await page.screenshot({ path: shot("search.png") });
  });

  it("draws the offline map with a marker for every geocoded event place", async () => {
    const { events } = await api<{ events: EventSummary[] }>("/api/events?limit=10000");
    const placed = new Map(events.filter((e) => e.location?.geo).map((e) => [e.location!.id, e.location!.name]));
    await page.goto(`${server.url}#/map?extent=world`);
    await page.waitForSelector("svg.map path.country");
    expect(await page.locator("svg.map path.country").count()).toBeGreaterThan(100);
    expect(await page.locator("svg.map g.marker").count()).toBe(placed.size);
    if ([...placed.values()].includes("Baghdad")) {
      expect(await page.locator('svg.map g.marker[data-place-name="Baghdad"]').count()).toBe(1);
    }
    await page.goto(`${server.url}#/map`);
    await page.waitForSelector("svg.map path.country");
    await page.screenshot({ path: shot("map.png") });
  });

  it("draws the actor network", async () => {
    const graph = await api<{ edges: unknown[] }>("/api/graph");
    await page.goto(`${server.url}#/network`);
    // (not the "Loading…" placeholder, which is a message too: the drawing or the final word)
    await page.waitForSelector(".view-network .graph-box canvas, .view-network .message:not(.loading)");
    if (graph.edges.length > 0) expect(await page.locator(".graph-box canvas").count()).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    await page.screenshot({ path: shot("network.png") });
  });

  it("lists outlets, and an article's reader comments with authors and times", async () => {
    const { outlets } = await api<{ outlets: OutletView[] }>("/api/sources");
    await page.goto(`${server.url}#/sources`);
    await page.waitForSelector("section.outlet");
    expect(await page.locator("section.outlet").count()).toBe(outlets.length);
    await page.screenshot({ path: shot("sources.png") });
    const withComments = outlets.flatMap((o) => o.documents).find((d) => d.commentCount > 0);
    expect(withComments).toBeDefined();
    const doc = await api<DocumentDetail>(`/api/documents/${withComments!.id}`);
    await page.goto(`${server.url}#/document/${doc.id}`);
    await page.waitForSelector("ol.comments");
    expect(await page.locator("li.comment").count()).toBe(doc.comments.length);
    const authors = await page.locator("li.comment .author").allTextContents();
    expect(authors).toEqual(doc.comments.map((c) => c.author ?? "anonymous"));
    expect(await page.locator(".doc-text").textContent()).toBe(doc.text);
    await page.screenshot({ path: shot("document.png") });
  });

  it("made no request off the machine, raised no page error and broke no CSP rule", () => {
    expect(seen.external).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(seen.csp).toEqual([]);
    expect(seen.dialogs).toEqual([]);
  });
});
