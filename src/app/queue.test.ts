import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, tempDir } from "../../test/support/cli.js";
import { writeSyntheticCorpus } from "../../test/support/corpus.js";
import { testServerUrl } from "../../test/setup/pg-url.js";
import { jobQueueOf } from "../store/jobs.js";
import { PostgresStore } from "../store/postgres/postgres-store.js";
import { createTestDatabase, type TestDatabase } from "../store/postgres/test-database.js";
import { expandInputs } from "./queue.js";

const dirs: string[] = [];
const databases: TestDatabase[] = [];
afterAll(async () => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  for (const db of databases) await db.drop();
});

function scratch(): string {
  const d = tempDir("sitrep-queue-");
  dirs.push(d);
  return d;
}

describe("expandInputs", () => {
  it("turns folders into the files a folder walk reads, as absolute paths; keeps URLs", async () => {
    const root = scratch();
    mkdirSync(join(root, "sub"));
    for (const f of ["b.html", "a.txt", "notes.pdf", ".hidden.txt", "sub/c.jsonl"]) writeFileSync(join(root, f), "x");
    const out = await expandInputs([".", "missing.txt", "https://example.org/feed.xml"], root);
    expect(out).toEqual([join(root, "a.txt"), join(root, "b.html"), join(root, "sub/c.jsonl"), join(root, "missing.txt"), "https://example.org/feed.xml"]);
  });
});

/** Every document of a store as "kind hash", and each article's sources, for comparing stores. */
async function contents(url: string) {
  const store = await PostgresStore.open({ url });
  try {
    const docs: string[] = [];
    const sources = new Map<string, number>();
    for await (const d of store.iterateDocuments()) {
      docs.push(`${d.kind} ${d.hash}`);
      if (d.kind !== "comment") sources.set(d.hash, d.sources.length);
    }
    const jobs = await jobQueueOf(store)!.listJobs();
    return { docs: docs.sort(), sources, jobs, counts: await store.counts() };
  } finally {
    await store.close();
  }
}

describe("several workers sharing one PostgreSQL store", () => {
  it("end with exactly the documents one worker makes", async () => {
    const corpus = scratch();
    const files = writeSyntheticCorpus(corpus, 100, 7);
    // The same content under other names: each must stay one document with two sources.
    for (const f of files.slice(0, 10)) copyFileSync(f, f.replace(/\.txt$/, "-copy.txt"));
    const [shared, single] = await Promise.all([createTestDatabase(testServerUrl()), createTestDatabase(testServerUrl())]);
    databases.push(shared!, single!);

    // The shared store gets the folder twice: running every job again must change nothing.
    const q = await runCli(["ingest", "--enqueue", corpus, corpus, "--db", shared!.url]);
    expect(q.stderr).toBe("");
    expect(q.stdout).toContain("220 jobs queued");
    const workers = await Promise.all(["w1", "w2"].map((name) => runCli(["work", "--db", shared!.url, "--name", name, "--json"])));
    for (const w of workers) expect(w.code, w.stderr).toBe(0);

    expect((await runCli(["ingest", "--enqueue", corpus, "--db", single!.url])).code).toBe(0);
    const alone = await runCli(["work", "--db", single!.url, "--json"]);
    expect(alone.code, alone.stderr).toBe(0);

    const a = await contents(shared!.url);
    const b = await contents(single!.url);
    expect(a.counts.articles).toBe(100);
    expect(a.docs).toEqual(b.docs);
    expect(a.jobs).toHaveLength(220);
    expect(a.jobs.every((j) => j.state === "done" && j.attempts === 1 && (j.worker === "w1" || j.worker === "w2"))).toBe(true);
    const reports = workers.map((w) => JSON.parse(w.stdout) as { jobs: number; added: number; duplicates: number });
    expect(reports.reduce((n, r) => n + r.jobs, 0)).toBe(220);
    expect(reports.every((r) => r.jobs > 0)).toBe(true);
    expect(reports.reduce((n, r) => n + r.added, 0)).toBe(100);
    expect(reports.reduce((n, r) => n + r.duplicates, 0)).toBe(120);
    const twoSources = [...a.sources.values()].filter((n) => n === 2).length;
    expect(twoSources).toBe(10);
    expect([...b.sources.values()].filter((n) => n === 2).length).toBe(10);
  }, 300_000);
});
