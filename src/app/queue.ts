/**
 * Ingest through a job queue kept in the store, so that several worker processes (on
 * one machine or many) sharing one database split a long list of inputs:
 * `sitrep ingest --enqueue` records the inputs as jobs, each `sitrep work` claims jobs
 * one at a time and runs them through the same ingest service. Ingest is idempotent by
 * content hash, so a job that runs twice (after a crash) adds nothing new.
 */
import { readdir, stat } from "node:fs/promises";
import { hostname } from "node:os";
import { join, resolve } from "node:path";
import { extensionOf, KNOWN_EXTENSIONS } from "../ingest/sniff/format.js";
import type { ReadOptions } from "../ingest/types.js";
import type { Job, JobQueue } from "../store/jobs.js";
import type { Store } from "../store/store.js";
import type { AnalysisPool } from "./analysis-pool.js";
import { ingestInputs, type IngestReport, type Overrides } from "./ingest.js";

/** What a job carries besides its input: the options `sitrep ingest` was given. */
export interface JobOptions {
  read: ReadOptions;
  overrides: Overrides;
  actorFiles: string[];
}

/**
 * Turns inputs into one job each: folders become their files (those a folder walk
 * reads), relative paths become absolute so a worker started elsewhere finds them.
 * URLs are kept as they are.
 */
export async function expandInputs(inputs: string[], cwd = process.cwd()): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
      out.push(input);
      continue;
    }
    const path = resolve(cwd, input);
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) out.push(...(await filesUnder(path)));
    else out.push(path); // a missing file fails in the worker, with the reader's own message
  }
  return out;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith(".")).sort((a, b) => (a.name < b.name ? -1 : 1));
  const out: string[] = [];
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(path)));
    else if (e.isFile() && KNOWN_EXTENSIONS.has(extensionOf(e.name))) out.push(path);
  }
  return out;
}

export async function enqueueInputs(queue: JobQueue, inputs: string[], options: JobOptions, cwd?: string): Promise<{ jobs: number; inputs: string[] }> {
  const expanded = await expandInputs(inputs, cwd);
  const payload = JSON.stringify(options);
  const ids = await queue.enqueue(expanded.map((input) => ({ input, options: payload })));
  return { jobs: ids.length, inputs: expanded };
}

export interface WorkerOptions {
  /** Names this worker in the jobs it claims (default host:pid). */
  worker?: string;
  /** The analysis pool for a job's actor files; the worker closes what it gets. */
  createPool: (actorFiles: string[]) => AnalysisPool;
  /** Keep polling for new jobs instead of stopping when the queue is empty. */
  follow?: boolean;
  pollMs?: number;
  /** Stops the worker after the job in hand. */
  signal?: AbortSignal;
  onJob?: (job: Job, outcome: JobRun) => void;
}

export interface JobRun {
  state: "done" | "failed";
  report: IngestReport | null;
  error: string | null;
}

export interface WorkReport {
  worker: string;
  jobs: number;
  done: number;
  failed: number;
  added: number;
  duplicates: number;
  comments: number;
}

export function defaultWorkerName(): string {
  return `${hostname()}:${process.pid}`;
}

/** Claims and runs jobs until the queue is empty (or, with `follow`, until aborted). */
export async function runWorker(store: Store, queue: JobQueue, options: WorkerOptions): Promise<WorkReport> {
  const worker = options.worker ?? defaultWorkerName();
  const report: WorkReport = { worker, jobs: 0, done: 0, failed: 0, added: 0, duplicates: 0, comments: 0 };
  const pools = new Map<string, AnalysisPool>();
  const poolFor = (actorFiles: string[]) => {
    const key = JSON.stringify(actorFiles);
    let pool = pools.get(key);
    if (!pool) pools.set(key, (pool = options.createPool(actorFiles)));
    return pool;
  };
  try {
    while (!options.signal?.aborted) {
      const job = await queue.claim(worker);
      if (!job) {
        if (!options.follow) break;
        await sleep(options.pollMs ?? 2000, options.signal);
        continue;
      }
      const run = await runJob(store, job, poolFor);
      await queue.finish(job.id, worker, {
        state: run.state,
        error: run.error,
        result: run.report ? JSON.stringify(summary(run.report)) : null,
      });
      report.jobs++;
      report[run.state]++;
      report.added += run.report?.added ?? 0;
      report.duplicates += run.report?.duplicates ?? 0;
      report.comments += run.report?.comments ?? 0;
      options.onJob?.(job, run);
    }
  } finally {
    await Promise.all([...pools.values()].map((p) => p.close()));
  }
  return report;
}

async function runJob(store: Store, job: Job, poolFor: (actorFiles: string[]) => AnalysisPool): Promise<JobRun> {
  let options: JobOptions;
  try {
    options = parseJobOptions(job.options);
  } catch (error) {
    return { state: "failed", report: null, error: `bad job options: ${message(error)}` };
  }
  try {
    const report = await ingestInputs(store, [job.input], { read: options.read, overrides: options.overrides, pool: poolFor(options.actorFiles) });
    const failures = report.items.flatMap((i) => (i.status === "failed" ? [`${i.input}: ${i.code}: ${i.message}`] : []));
    return failures.length ? { state: "failed", report, error: failures.slice(0, 20).join("\n") } : { state: "done", report, error: null };
  } catch (error) {
    return { state: "failed", report: null, error: message(error) };
  }
}

function parseJobOptions(text: string): JobOptions {
  const o = JSON.parse(text) as Partial<JobOptions>;
  if (!o || typeof o !== "object" || !o.read || typeof o.read.maxBytes !== "number" || typeof o.read.timeoutMs !== "number") {
    throw new Error("read options missing");
  }
  return {
    read: { allowPrivate: Boolean(o.read.allowPrivate), maxBytes: o.read.maxBytes, timeoutMs: o.read.timeoutMs },
    overrides: o.overrides ?? {},
    actorFiles: Array.isArray(o.actorFiles) ? o.actorFiles.filter((f): f is string => typeof f === "string") : [],
  };
}

/** What a job's result column records: counts and the ids it touched. */
function summary(r: IngestReport) {
  return {
    added: r.added,
    duplicates: r.duplicates,
    failed: r.failed,
    comments: r.comments,
    ids: r.items.flatMap((i) => (i.status === "failed" ? [] : [i.id])),
  };
}

function message(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "unknown error";
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      done();
    }, { once: true });
  });
}
