import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../src/store/postgres/test-database.js";
import { testServerUrl } from "../setup/pg-url.js";
import { runCli, tempDir } from "../support/cli.js";
import { rng, writeSyntheticCorpus } from "../support/corpus.js";
import { killMidIngest, killPoint, STATE_QUERIES, type StoreState } from "./kill-runner.js";

// SIGKILL during an ingest into PostgreSQL (the throwaway test server, one schema per
// run): no duplicate content, every document with its analysis and raw input, and a
// rerun completes. Same counts as the SQLite test (SITREP_CRASH_RUNS, SITREP_CRASH_DOCS).
const RUNS = Number(process.env.SITREP_CRASH_RUNS ?? 3);
const DOCS = Number(process.env.SITREP_CRASH_DOCS ?? 500);

async function query(url: string, sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query<{ n: string }>(sql);
    return Number(r.rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

async function inspect(url: string): Promise<Omit<StoreState, "integrity">> {
  return {
    documents: await query(url, STATE_QUERIES.documents),
    distinctHashes: await query(url, STATE_QUERIES.distinctHashes),
    unanalysed: await query(url, STATE_QUERIES.unanalysed),
    analysisFailed: await query(url, STATE_QUERIES.analysisFailed),
    withoutRaw: await query(url, STATE_QUERIES.withoutRaw),
    orphans: await query(url, STATE_QUERIES.orphans),
  };
}

describe(`crash safety (PostgreSQL): ${RUNS} SIGKILLs during a ${DOCS}-document ingest`, () => {
  const dir = tempDir("sitrep-crash-pg-");
  const corpus = join(dir, "corpus");
  writeSyntheticCorpus(corpus, DOCS, 11);
  const random = rng(4242);
  const databases: TestDatabase[] = [];

  let server = "";
  beforeAll(() => {
    server = testServerUrl();
  });
  afterAll(async () => {
    for (const d of databases) await d.drop().catch(() => undefined);
  });

  for (let run = 0; run < RUNS; run++) {
    it(`run ${run + 1}: killed mid-ingest, no duplicates, every document analysed, complete after a rerun`, async () => {
      const database = await createTestDatabase(server, "sitrep_crash");
      databases.push(database);
      const kill = await killMidIngest({ args: ["ingest", corpus, "--db", database.url], count: () => query(database.url, STATE_QUERIES.documents), ...killPoint(random, DOCS) });
      const after = await inspect(database.url);
      expect(kill.killed, "the ingest was still running when killed").toBe(true);
      expect(after.documents).toBeGreaterThan(0);
      expect(after.documents).toBeLessThan(DOCS);
      expect(after).toEqual({ ...after, distinctHashes: after.documents, unanalysed: 0, analysisFailed: 0, withoutRaw: 0, orphans: 0 });

      const rerun = await runCli(["ingest", corpus, "--db", database.url], { timeoutMs: 600_000 });
      expect(rerun.code, rerun.stderr).toBe(0);
      expect(rerun.stdout).toMatch(new RegExp(`${DOCS - after.documents} added .* ${after.documents} duplicates?, 0 failed`));
      expect(await inspect(database.url)).toEqual({ documents: DOCS, distinctHashes: DOCS, unanalysed: 0, analysisFailed: 0, withoutRaw: 0, orphans: 0 });
    }, 900_000);
  }
});
