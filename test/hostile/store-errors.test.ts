/**
 * BAD-INPUT.md row 15 (store failures; SIGKILL is in test/crash/): a database another
 * process has locked, and a full one. Either way the input fails with a retryable
 * reason naming it, nothing of it is half-written, the store stays consistent, and the
 * same command succeeds once the cause is gone.
 *
 * SQLITE_BUSY is driven through the CLI (its busy timeout is the store's default, 10 s)
 * and the API (a store opened with a short busy timeout). SQLITE_FULL is reached through
 * the API with SQLite's per-connection `max_page_count` on the store's own connection;
 * the CLI opens its own connection, so a full disk cannot be simulated there without
 * filling a real file system.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/server/app.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { runCli, tempDir } from "../support/cli.js";
import { GOOD_TEXT } from "./bad-inputs.js";
import type { Outcome } from "./check-run.js";
import { checkStoreInvariants } from "./invariants.js";

/** Another connection holding the write lock (BEGIN IMMEDIATE) until released. */
function holdWriteLock(path: string): { release(): void } {
  const other = new Database(path);
  other.exec("BEGIN IMMEDIATE");
  return {
    release() {
      other.exec("ROLLBACK");
      other.close();
    },
  };
}

async function upload(app: ReturnType<typeof createApp>, files: Record<string, string>): Promise<{ items: Outcome[]; added: number; failed: number }> {
  const form = new FormData();
  for (const [name, text] of Object.entries(files)) form.append("file", new File([text], name));
  const res = await app.request("/api/ingest", { method: "POST", body: form });
  expect(res.status).toBe(200);
  return (await res.json()) as { items: Outcome[]; added: number; failed: number };
}

const failure = (o: Outcome | undefined) => (o && o.status === "failed" ? `${o.code}: ${o.message}` : null);

describe("row 15: a locked store (SQLITE_BUSY)", () => {
  it("CLI: the input fails as store-busy with a retry hint, exit 1; after the lock goes, the rerun stores it", async () => {
    const dir = tempDir("sitrep-busy-");
    const db = join(dir, "busy.db");
    (await SqliteStore.open({ path: db }).close());
    const file = join(dir, "story.txt");
    writeFileSync(file, GOOD_TEXT);
    const lock = holdWriteLock(db);
    let locked;
    try {
      locked = await runCli(["ingest", file, "--db", db, "--jobs", "1"], { timeoutMs: 120_000 });
    } finally {
      lock.release();
    }
    expect(locked.code, locked.stderr).toBe(1);
    expect(locked.stderr).toMatch(new RegExp(`^sitrep: ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: store-busy: .*retry`, "m"));
    const store = SqliteStore.open({ path: db });
    try {
      expect((await store.counts()).documents).toBe(0);
      expect(store.integrityCheck()).toBe("ok");
    } finally {
      await store.close();
    }
    const rerun = await runCli(["ingest", file, "--db", db, "--jobs", "1"]);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stdout).toMatch(/1 added/);
  }, 180_000);

  it("API: the upload's item fails as store-busy, the answer is still 200; a retry stores it", async () => {
    const db = join(tempDir("sitrep-busy-api-"), "busy.db");
    const store = SqliteStore.open({ path: db, busyTimeoutMs: 200 });
    const app = createApp({ store, webRoot: null });
    try {
      const lock = holdWriteLock(db);
      let first;
      try {
        first = await upload(app, { "story.txt": GOOD_TEXT });
      } finally {
        lock.release();
      }
      expect(failure(first.items[0])).toMatch(/^store-busy: .*retry/);
      expect(first.items[0]?.input).toBe("story.txt");
      expect((await store.counts()).documents).toBe(0);
      const retry = await upload(app, { "story.txt": GOOD_TEXT });
      expect(retry.added).toBe(1);
      await checkStoreInvariants(store);
    } finally {
      await store.close();
    }
  });
});

describe("row 15: a full store (SQLITE_FULL)", () => {
  it("API: the input that does not fit fails as store-full, the others are stored, nothing half-written; it fits after space is freed", async () => {
    const db = join(tempDir("sitrep-full-"), "full.db");
    const store = SqliteStore.open({ path: db });
    // The store's own connection: a page budget just above what the empty store uses.
    const conn = (store as unknown as { db: Database.Database }).db;
    const pages = Number(conn.pragma("page_count", { simple: true }));
    conn.pragma(`max_page_count = ${pages + 40}`);
    const app = createApp({ store, webRoot: null });
    try {
      const big = `Big report.\n\n${"The convoy reached the border town at dawn, officials said. ".repeat(6_000)}\n`;
      const answer = await upload(app, { "small-1.txt": GOOD_TEXT, "big.txt": big, "small-2.txt": GOOD_TEXT.replace("Ferry", "Bus") });
      const byName = new Map(answer.items.map((o) => [o.input, o]));
      expect(failure(byName.get("big.txt"))).toMatch(/^store-full: .*free space and retry/);
      expect(byName.get("small-1.txt")?.status).toBe("added");
      expect(byName.get("small-2.txt")?.status).toBe("added");
      const facts = await checkStoreInvariants(store);
      expect(facts.documents.map((d) => d.source).sort()).toEqual(["small-1.txt", "small-2.txt"]);
      expect(store.integrityCheck()).toBe("ok");

      conn.pragma("max_page_count = 1073741823");
      const retry = await upload(app, { "big.txt": big });
      expect(retry.added).toBe(1);
      await checkStoreInvariants(store);
    } finally {
      await store.close();
    }
  }, 120_000);
});
