import type { Pool } from "pg";
import { emptyJobCounts, jobFromRow, type Job, type JobOutcome, type JobQueue, type JobRow, type JobState, type NewJob } from "../jobs.js";
import { inTransaction, pgText } from "./transaction.js";

/** The job queue on PostgreSQL: claims skip rows other workers hold locked. */
export class PgJobQueue implements JobQueue {
  constructor(private readonly pool: Pool) {}

  async enqueue(jobs: NewJob[]): Promise<number[]> {
    if (!jobs.length) return [];
    const now = new Date().toISOString();
    return inTransaction(this.pool, async (c) => {
      const ids: number[] = [];
      for (const job of jobs) {
        const r = await c.query<{ id: string }>(
          `INSERT INTO jobs (input, options, state, attempts, enqueued_at) VALUES ($1, $2, 'queued', 0, $3) RETURNING id`,
          [pgText(job.input), pgText(job.options), now],
        );
        ids.push(Number(r.rows[0]!.id));
      }
      return ids;
    });
  }

  async claim(worker: string): Promise<Job | null> {
    const r = await this.pool.query<JobRow>(
      `UPDATE jobs SET state = 'running', attempts = attempts + 1, worker = $1, started_at = $2, error = NULL
       WHERE id = (SELECT id FROM jobs WHERE state = 'queued' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING *`,
      [worker, new Date().toISOString()],
    );
    const row = r.rows[0];
    return row ? jobFromRow(row) : null;
  }

  async finish(id: number, worker: string, outcome: JobOutcome): Promise<boolean> {
    const r = await this.pool.query(
      `UPDATE jobs SET state = $1, result = $2, error = $3, finished_at = $4 WHERE id = $5 AND worker = $6 AND state = 'running'`,
      [outcome.state, pgText(outcome.result), pgText(outcome.error), new Date().toISOString(), id, worker],
    );
    return (r.rowCount ?? 0) > 0;
  }

  async requeueStale(startedBefore: string): Promise<number> {
    const r = await this.pool.query(`UPDATE jobs SET state = 'queued', worker = NULL WHERE state = 'running' AND started_at < $1`, [startedBefore]);
    return r.rowCount ?? 0;
  }

  async jobCounts(): Promise<Record<JobState, number>> {
    const counts = emptyJobCounts();
    const r = await this.pool.query<{ state: JobState; n: string }>(`SELECT state, COUNT(*) AS n FROM jobs GROUP BY state`);
    for (const row of r.rows) counts[row.state] = Number(row.n);
    return counts;
  }

  async listJobs(state?: JobState): Promise<Job[]> {
    const r = state
      ? await this.pool.query<JobRow>(`SELECT * FROM jobs WHERE state = $1 ORDER BY id`, [state])
      : await this.pool.query<JobRow>(`SELECT * FROM jobs ORDER BY id`);
    return r.rows.map(jobFromRow);
  }
}
