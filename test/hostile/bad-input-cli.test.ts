/**
 * BAD-INPUT.md rows 1–13 and 16 through the real `sitrep` executable: one run over every
 * hostile file and URL beside ordinary ones. The run exits 1, names each bad input with
 * its reason on stderr, stores the good ones whole, and a rerun changes nothing.
 * Rows 14 (SSRF) and 15 (SIGKILL, SQLITE_BUSY, SQLITE_FULL) have their own files:
 * ssrf.test.ts, store-errors.test.ts and test/crash/.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import type { LocalServer } from "../fixtures/ingest/local-server.js";
import { runCli, tempDir } from "../support/cli.js";
import { badInputs, type BadInput } from "./bad-inputs.js";
import { BAD_URLS, startBadUrlServer } from "./bad-urls.js";
import { checkOutcomes, type Outcome } from "./check-run.js";
import { checkStoreInvariants } from "./invariants.js";

let server: LocalServer;
let dir: string;
let files: BadInput[];
let paths: string[];

beforeAll(async () => {
  server = await startBadUrlServer();
  dir = tempDir("sitrep-hostile-cli-");
  // Two levels down, so a zip entry named ../../evil-*.txt would land inside `dir`.
  const inputs = join(dir, "a", "inputs");
  mkdirSync(inputs, { recursive: true });
  files = badInputs({ port: server.port, tag: "cli" });
  paths = files.map((f) => {
    const path = join(inputs, f.name);
    writeFileSync(path, f.bytes);
    return path;
  });
});
afterAll(() => server?.close());

interface Report {
  added: number;
  duplicates: number;
  failed: number;
  items: Outcome[];
}

function ingest(db: string) {
  const urls = BAD_URLS.map((u) => `${server.origin}${u.path}`);
  // --allow-private: the only server is this test's own, on loopback, and nothing redirects.
  return runCli(["ingest", ...paths, ...urls, "--db", db, "--max-bytes", "1MB", "--allow-private", "--timeout", "5", "--json"], { timeoutMs: 600_000 });
}

describe("BAD-INPUT rows through the CLI", () => {
  it("fails each bad input by name and reason, stores the rest whole, exits 1; a rerun changes nothing", async () => {
    const db = join(dir, "hostile.db");
    const run = await ingest(db);
    expect(run.code, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as Report;

    // Every failure is one stderr line naming the input and the reason code.
    const lines = run.stderr.split("\n").filter((l) => l.startsWith("sitrep: "));
    const failed = report.items.filter((o): o is Extract<Outcome, { status: "failed" }> => o.status === "failed");
    expect(failed.length).toBeGreaterThan(10);
    for (const f of failed) expect(lines.some((l) => l.startsWith(`sitrep: ${f.input}: ${f.code}: `)), `${f.input} on stderr`).toBe(true);
    expect(lines.length).toBe(failed.length);

    const store = SqliteStore.open({ path: db });
    try {
      const rows = await checkOutcomes(files, report.items, store);
      const urlItems = report.items.map((o) => ({ ...o, input: o.input.replace(server.origin, "") }));
      for (const u of BAD_URLS) await checkOutcomes([{ row: u.row, name: u.path.slice(1), bytes: new Uint8Array(), expect: u.expect }], urlItems, store);
      expect(rows).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 16]);
      const facts = await checkStoreInvariants(store);
      expect(store.integrityCheck()).toBe("ok");

      // No DTD was fetched, no archive entry was written anywhere.
      expect(server.requests.filter((r) => r.includes("evil.dtd"))).toEqual([]);
      for (const d of [dir, join(dir, "a"), join(dir, "a", "inputs")]) expect(existsSync(join(d, "evil-cli.txt"))).toBe(false);

      // Row 16: the same inputs again: every stored document is a duplicate, nothing new is written.
      const before = { documents: facts.documents.length, analysed: facts.analysed, revision: await store.revision() };
      const again = await ingest(db);
      expect(again.code, again.stderr).toBe(1);
      const second = JSON.parse(again.stdout) as Report;
      expect(second.added).toBe(0);
      expect(second.failed).toBe(report.failed);
      const ids = (r: Report) => r.items.flatMap((o) => (o.status === "failed" ? [] : [o.id]));
      const [firstIds, secondIds] = [ids(report), ids(second)];
      expect(new Set(secondIds)).toEqual(new Set(firstIds));
      const after = await checkStoreInvariants(store);
      expect({ documents: after.documents.length, analysed: after.analysed }).toEqual({ documents: before.documents, analysed: before.analysed });
      // A source already recorded is not recorded twice.
      for (const d of after.documents) expect(new Set(d.sources).size, d.id).toBe(d.sources.length);
    } finally {
      await store.close();
    }
  }, 900_000);
});
