import type { Store } from "./store.js";

/**
 * A queue of ingest jobs kept in the store, so that several worker processes sharing
 * one database can split a long list of inputs. Claiming is atomic: one job goes to one
 * worker. Ingest itself stays idempotent (dedupe by content hash), so a job run twice
 * (after a crash) changes nothing.
 */
export type JobState = "queued" | "running" | "done" | "failed";

export interface NewJob {
  /** What to ingest: a file path, folder, JSONL file, feed or URL. */
  input: string;
  /** The ingest options the job runs with, as JSON text (the store does not read it). */
  options: string;
}

export interface Job extends NewJob {
  id: number;
  state: JobState;
  /** How many times a worker claimed it. */
  attempts: number;
  worker: string | null;
  error: string | null;
  /** What the job produced, as JSON text, once done. */
  result: string | null;
  enqueuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface JobOutcome {
  state: "done" | "failed";
  result: string | null;
  error: string | null;
}

export interface JobQueue {
  /** Adds jobs in order; returns their ids. */
  enqueue(jobs: NewJob[]): Promise<number[]>;
  /** Takes the oldest queued job for `worker` (marks it running), or null when none is left. */
  claim(worker: string): Promise<Job | null>;
  /** Records a running job's end; false when the job is no longer this worker's. */
  finish(id: number, worker: string, outcome: JobOutcome): Promise<boolean>;
  /** Puts jobs left running since before `startedBefore` (ISO time) back in the queue. */
  requeueStale(startedBefore: string): Promise<number>;
  jobCounts(): Promise<Record<JobState, number>>;
  listJobs(state?: JobState): Promise<Job[]>;
}

/** The store's job queue, for stores that keep one (both shipped engines do). */
export function jobQueueOf(store: Store): JobQueue | null {
  const withJobs = store as Store & { jobs?: () => JobQueue };
  return typeof withJobs.jobs === "function" ? withJobs.jobs() : null;
}

/** A jobs row as both engines return it. */
export interface JobRow {
  id: number | string;
  input: string;
  options: string;
  state: string;
  attempts: number | string;
  worker: string | null;
  error: string | null;
  result: string | null;
  enqueued_at: string;
  started_at: string | null;
  finished_at: string | null;
}

export function jobFromRow(row: JobRow): Job {
  return {
    id: Number(row.id),
    input: row.input,
    options: row.options,
    state: row.state as JobState,
    attempts: Number(row.attempts),
    worker: row.worker,
    error: row.error,
    result: row.result,
    enqueuedAt: row.enqueued_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}

export function emptyJobCounts(): Record<JobState, number> {
  return { queued: 0, running: 0, done: 0, failed: 0 };
}
