/**
 * Browser test helpers: Chromium driven by playwright-core with the flags that keep it
 * offline and quiet, a fresh profile per launch, and the real sitrep server on
 * 127.0.0.1 with a free port.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { expect } from "vitest";
import { createApp } from "../../src/server/app.js";
import { startServer, type RunningServer } from "../../src/server/start.js";
import type { Store } from "../../src/store/store.js";

export const CHROMIUM = process.env.SITREP_CHROMIUM ?? "/usr/bin/chromium";
export const HAVE_CHROMIUM = existsSync(CHROMIUM);

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), "sitrep-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The real server over a store, on loopback with any free port. */
export async function serveStore(store: Store): Promise<RunningServer> {
  const app = createApp({ store, allowedHosts: ["127.0.0.1", "localhost"] });
  return startServer({ app, host: "127.0.0.1", port: 0 });
}

/** The web report over a store, open in Chromium: the server, one page, and what the page did that it must not. */
export interface OpenReport {
  server: RunningServer;
  browser: Browser;
  page: Page;
  seen: ReturnType<typeof watchPage>;
}

/** Serves the store and opens a page on it; `prepare` runs on the page before it is watched. */
export async function openReport(store: Store, prepare?: (page: Page) => Promise<unknown>): Promise<OpenReport> {
  const server = await serveStore(store);
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  await prepare?.(page);
  return { server, browser, page, seen: watchPage(page, server.url.replace(/\/$/, "")) };
}

/** GETs a JSON path of the API; the test fails unless it answers 200. */
export async function getJson<T>(server: RunningServer, path: string): Promise<T> {
  const res = await fetch(new URL(path, server.url));
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

/**
 * Records what a page does that it must not: requests leaving 127.0.0.1, dialogs,
 * uncaught errors and CSP violations reported on the console.
 */
export function watchPage(page: Page, origin: string): { external: string[]; dialogs: string[]; errors: string[]; csp: string[] } {
  const seen = { external: [] as string[], dialogs: [] as string[], errors: [] as string[], csp: [] as string[] };
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith("data:")) seen.external.push(url);
  });
  page.on("dialog", (d) => {
    seen.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on("pageerror", (e) => seen.errors.push(e.message));
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.csp.push(m.text());
  });
  return seen;
}

export const ARTIFACTS = new URL("../../test-artifacts/", import.meta.url);

/** Builds web/dist when it is missing, so the tests serve the real UI. */
export async function ensureWebBuilt(): Promise<void> {
  const index = new URL("../../web/dist/index.html", import.meta.url);
  if (existsSync(index)) return;
  const { build } = await import("vite");
  await build({ configFile: new URL("../../web/vite.config.ts", import.meta.url).pathname, logLevel: "warn" });
}

/** A fresh SQLite store in a temporary folder; `drop` closes and deletes it. */
export async function tempStore(): Promise<{ store: Store; dir: string; drop(): Promise<void> }> {
  const { SqliteStore } = await import("../../src/store/sqlite/sqlite-store.js");
  const dir = await mkdtemp(join(tmpdir(), "sitrep-browser-"));
  const store = SqliteStore.open({ path: join(dir, "store.db") });
  return {
    store,
    dir,
    async drop() {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
