import { resolve } from "node:path";
import type { Command } from "commander";
import { createAnalysisPool } from "../app/analysis-pool.js";
import { enqueueInputs, runWorker, type JobOptions } from "../app/queue.js";
import { jobQueueOf, type JobQueue } from "../store/jobs.js";
import type { Store } from "../store/store.js";
import { DB_OPTION_HELP, withStore } from "./db.js";
import { CliError } from "./errors.js";
import { clean } from "./terminal.js";

interface WorkOptions {
  db?: string;
  jobs?: string;
  follow?: boolean;
  poll?: string;
  requeueStale?: string;
  name?: string;
  json?: boolean;
}

export function registerWork(program: Command): void {
  program
    .command("work")
    .description("run the ingest jobs `sitrep ingest --enqueue` queued; start several to share the work")
    .option("--db <file|url>", DB_OPTION_HELP)
    .option("--jobs <n>", "analyse on this many cores per worker", "1")
    .option("--follow", "keep waiting for new jobs instead of stopping when none is left")
    .option("--poll <seconds>", "with --follow, how often to look for new jobs", "2")
    .option("--requeue-stale <minutes>", "first put back jobs running for longer than this (left by a crashed worker)")
    .option("--name <worker>", "the name recorded on claimed jobs (default host:pid)")
    .option("--json", "print a JSON report instead of text")
    .addHelpText(
      "after",
      `
Examples:
  sitrep ingest --enqueue ./articles/ --db postgres://sitrep@db.example/sitrep
  sitrep work --db postgres://sitrep@db.example/sitrep     (on as many machines as you like)
Exit status: 0 when every job it ran succeeded, 1 when any failed, 2 for usage errors.`,
    )
    .action(async (opts: WorkOptions) => {
      const jobs = positive(opts.jobs ?? "1", "--jobs", true);
      const pollMs = positive(opts.poll ?? "2", "--poll", false) * 1000;
      const staleMinutes = opts.requeueStale === undefined ? undefined : positive(opts.requeueStale, "--requeue-stale", false);
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once("SIGINT", onSignal).once("SIGTERM", onSignal);
      try {
        const report = await withStore(opts.db, async (store) => {
          const queue = queueOf(store);
          if (staleMinutes !== undefined) await queue.requeueStale(new Date(Date.now() - staleMinutes * 60_000).toISOString());
          return runWorker(store, queue, {
            ...(opts.name ? { worker: opts.name } : {}),
            createPool: (actorFiles) => createAnalysisPool({ jobs, actorFiles }),
            follow: Boolean(opts.follow),
            pollMs,
            signal: stop.signal,
            onJob: (job, run) => {
              if (opts.json) return;
              // A failed job's error names its input(s) already.
              if (run.state === "failed") process.stderr.write(`sitrep: job ${job.id}: ${clean(run.error ?? `${job.input}: failed`)}\n`);
              else process.stdout.write(`job ${job.id}: ${run.report?.added ?? 0} added, ${run.report?.duplicates ?? 0} duplicate: ${clean(job.input)}\n`);
            },
          });
        });
        if (opts.json) process.stdout.write(JSON.stringify(report, null, 2) + "\n");
        else
          process.stdout.write(
            `${report.jobs} job${report.jobs === 1 ? "" : "s"}: ${report.done} done, ${report.failed} failed; ${report.added} added (${report.comments} comments), ${report.duplicates} duplicates\n`,
          );
        if (report.failed > 0) process.exitCode = 1;
      } finally {
        process.off("SIGINT", onSignal).off("SIGTERM", onSignal);
      }
    });
}

/** `sitrep ingest --enqueue`: records the inputs as jobs instead of ingesting them. */
export async function enqueueCommand(options: { db: string | undefined; inputs: string[]; job: JobOptions; json: boolean }): Promise<void> {
  const job = { ...options.job, actorFiles: options.job.actorFiles.map((f) => resolve(f)) };
  const queued = await withStore(options.db, (store) => enqueueInputs(queueOf(store), options.inputs, job));
  if (options.json) process.stdout.write(JSON.stringify(queued, null, 2) + "\n");
  else process.stdout.write(`${queued.jobs} job${queued.jobs === 1 ? "" : "s"} queued; run \`sitrep work\` to ingest them\n`);
}

function queueOf(store: Store): JobQueue {
  const queue = jobQueueOf(store);
  if (!queue) throw new CliError(`${store.location}: this store keeps no job queue`);
  return queue;
}

function positive(value: string, name: string, integer: boolean): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) throw new CliError(`${name} must be a positive ${integer ? "whole " : ""}number`, 2);
  return n;
}
