import { spawn } from "node:child_process";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "../support/cli.js";
import { rng, writeSyntheticCorpus } from "../support/corpus.js";
import { BIN, REPO_ROOT } from "../support/paths.js";

// SIGKILL at random moments during a 1,000-document ingest; after each kill the store
// must be consistent, and a rerun must end with exactly the right documents.
// CI runs a few kills; `npm run test:crash` runs 50 (SITREP_CRASH_RUNS).
const RUNS = Number(process.env.SITREP_CRASH_RUNS ?? 3);
const DOCS = Number(process.env.SITREP_CRASH_DOCS ?? 1000);

function killDuringIngest(args: string[], afterMs: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, stdio: "ignore" });
    const timer = setTimeout(() => child.kill("SIGKILL"), afterMs);
    child.on("close", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function inspect(db: string) {
  const conn = new Database(db, { readonly: true });
  try {
    return {
      integrity: String(conn.pragma("integrity_check", { simple: true })),
      documents: (conn.prepare("SELECT COUNT(*) AS n FROM documents").get() as { n: number }).n,
      distinctHashes: (conn.prepare("SELECT COUNT(DISTINCT hash) AS n FROM documents").get() as { n: number }).n,
      unanalysed: (
        conn.prepare("SELECT COUNT(*) AS n FROM documents d LEFT JOIN analyses a ON a.doc_id = d.id WHERE a.doc_id IS NULL AND d.status = 'ok'").get() as { n: number }
      ).n,
      withoutRaw: (
        conn.prepare("SELECT COUNT(*) AS n FROM documents d LEFT JOIN raw_inputs r ON r.doc_id = d.id WHERE r.doc_id IS NULL AND d.kind <> 'comment'").get() as { n: number }
      ).n,
    };
  } finally {
    conn.close();
  }
}

describe(`crash safety: ${RUNS} SIGKILLs during a ${DOCS}-document ingest`, () => {
  const dir = tempDir("sitrep-crash-");
  const corpus = join(dir, "corpus");
  writeSyntheticCorpus(corpus, DOCS, 7);
  const random = rng(42);

  for (let run = 0; run < RUNS; run++) {
    it(`run ${run + 1}: store consistent after the kill, complete after a rerun`, async () => {
      const db = join(dir, `crash-${run}.db`);
      // Kill somewhere between start-up and well into the ingest.
      await killDuringIngest(["ingest", corpus, "--db", db], 400 + Math.floor(random() * 5000));
      const after = inspect(db);
      expect(after.integrity).toBe("ok");
      expect(after.documents).toBe(after.distinctHashes);
      expect(after.unanalysed).toBe(0);
      expect(after.withoutRaw).toBe(0);
      expect(after.documents).toBeLessThanOrEqual(DOCS);

      const rerun = await runCli(["ingest", corpus, "--db", db], { timeoutMs: 600_000 });
      expect(rerun.code, rerun.stderr).toBe(0);
      const final = inspect(db);
      expect(final).toEqual({ integrity: "ok", documents: DOCS, distinctHashes: DOCS, unanalysed: 0, withoutRaw: 0 });
    });
  }
});
