import type Database from "better-sqlite3";
import { emptyJobCounts, jobFromRow, type Job, type JobOutcome, type JobQueue, type JobRow, type JobState, type NewJob } from "../jobs.js";

/** The job queue on SQLite: a claim is one UPDATE … RETURNING, atomic under SQLite's write lock. */
export class SqliteJobQueue implements JobQueue {
  constructor(private readonly db: Database.Database) {}

  async enqueue(jobs: NewJob[]): Promise<number[]> {
    const now = new Date().toISOString();
    const insert = this.db.prepare(`INSERT INTO jobs (input, options, state, attempts, enqueued_at) VALUES (?, ?, 'queued', 0, ?)`);
    return this.db.transaction(() => jobs.map((job) => Number(insert.run(job.input, job.options, now).lastInsertRowid))).immediate();
  }

  async claim(worker: string): Promise<Job | null> {
    const row = this.db
      .prepare(
        `UPDATE jobs SET state = 'running', attempts = attempts + 1, worker = ?, started_at = ?, error = NULL
         WHERE id = (SELECT id FROM jobs WHERE state = 'queued' ORDER BY id LIMIT 1)
         RETURNING *`,
      )
      .get(worker, new Date().toISOString()) as JobRow | undefined;
    return row ? jobFromRow(row) : null;
  }

  async finish(id: number, worker: string, outcome: JobOutcome): Promise<boolean> {
    const r = this.db
      .prepare(`UPDATE jobs SET state = ?, result = ?, error = ?, finished_at = ? WHERE id = ? AND worker = ? AND state = 'running'`)
      .run(outcome.state, outcome.result, outcome.error, new Date().toISOString(), id, worker);
    return r.changes > 0;
  }

  async requeueStale(startedBefore: string): Promise<number> {
    return this.db.prepare(`UPDATE jobs SET state = 'queued', worker = NULL WHERE state = 'running' AND started_at < ?`).run(startedBefore).changes;
  }

  async jobCounts(): Promise<Record<JobState, number>> {
    const counts = emptyJobCounts();
    const rows = this.db.prepare(`SELECT state, COUNT(*) AS n FROM jobs GROUP BY state`).all() as { state: JobState; n: number }[];
    for (const row of rows) counts[row.state] = row.n;
    return counts;
  }

  async listJobs(state?: JobState): Promise<Job[]> {
    const rows = (state
      ? this.db.prepare(`SELECT * FROM jobs WHERE state = ? ORDER BY id`).all(state)
      : this.db.prepare(`SELECT * FROM jobs ORDER BY id`).all()) as JobRow[];
    return rows.map(jobFromRow);
  }
}
