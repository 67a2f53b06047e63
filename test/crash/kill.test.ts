import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "../support/cli.js";
import { rng, writeSyntheticCorpus } from "../support/corpus.js";
import { killMidIngest, killPoint, STATE_QUERIES, type StoreState } from "./kill-runner.js";

// SIGKILL during an ingest into SQLite (500 documents in CI, 1,000 in test:crash): each
// kill lands once a random number of documents (up to half the corpus) are stored, plus
// a short random delay, so it interrupts writing. After each kill the store must be consistent, and a rerun must end with
// exactly the right documents.
// CI runs a few kills; `npm run test:crash` runs 50 (SITREP_CRASH_RUNS, SITREP_CRASH_DOCS).
const RUNS = Number(process.env.SITREP_CRASH_RUNS ?? 3);
const DOCS = Number(process.env.SITREP_CRASH_DOCS ?? 500);

function inspect(db: string): StoreState {
  const conn = new Database(db, { readonly: true });
  try {
    const n = (sql: string) => (conn.prepare(sql).get() as { n: number }).n;
    return {
      integrity: String(conn.pragma("integrity_check", { simple: true })),
      documents: n(STATE_QUERIES.documents),
      distinctHashes: n(STATE_QUERIES.distinctHashes),
      unanalysed: n(STATE_QUERIES.unanalysed),
      analysisFailed: n(STATE_QUERIES.analysisFailed),
      withoutRaw: n(STATE_QUERIES.withoutRaw),
      orphans: n(STATE_QUERIES.orphans),
    };
  } finally {
    conn.close();
  }
}

/** Documents stored so far, read as another process would (0 while the store is being created). */
async function countDocs(db: string): Promise<number> {
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return (conn.prepare(STATE_QUERIES.documents).get() as { n: number }).n;
  } finally {
    conn.close();
  }
}

describe(`crash safety (SQLite): ${RUNS} SIGKILLs during a ${DOCS}-document ingest`, () => {
  const dir = tempDir("sitrep-crash-");
  const corpus = join(dir, "corpus");
  writeSyntheticCorpus(corpus, DOCS, 7);
  const random = rng(42);

  for (let run = 0; run < RUNS; run++) {
    it(`run ${run + 1}: killed mid-ingest, store consistent, complete after a rerun`, async () => {
      const db = join(dir, `crash-${run}.db`);
      const kill = await killMidIngest({
        args: ["ingest", corpus, "--db", db],
        count: () => countDocs(db),
        ...killPoint(random, DOCS),
      });
      const after = inspect(db);
      // The kill interrupted the ingest: some documents were in, not all.
      expect(kill.killed, "the ingest was still running when killed").toBe(true);
      expect(after.documents).toBeGreaterThan(0);
      expect(after.documents).toBeLessThan(DOCS);
      expect(after).toEqual({ ...after, integrity: "ok", distinctHashes: after.documents, unanalysed: 0, analysisFailed: 0, withoutRaw: 0, orphans: 0 });

      const rerun = await runCli(["ingest", corpus, "--db", db], { timeoutMs: 600_000 });
      expect(rerun.code, rerun.stderr).toBe(0);
      expect(rerun.stdout).toMatch(new RegExp(`${DOCS - after.documents} added .* ${after.documents} duplicates?, 0 failed`));
      expect(inspect(db)).toEqual({ integrity: "ok", documents: DOCS, distinctHashes: DOCS, unanalysed: 0, analysisFailed: 0, withoutRaw: 0, orphans: 0 });
    }, 900_000);
  }
});
