/**
 * Kills `sitrep ingest` with SIGKILL while it is writing: the process is started, the
 * store is polled until a chosen number of documents are in, then it is killed after a
 * further short random delay. The store is inspected after the kill and again after a
 * rerun.
 */
import { spawn } from "node:child_process";
import { BIN, REPO_ROOT } from "../support/paths.js";

export interface StoreState {
  integrity: string;
  documents: number;
  distinctHashes: number;
  /** Documents with text but no analysis and no record of why. */
  unanalysed: number;
  /** Documents stored with an analysis-failed diagnostic (the pipeline threw on them). */
  analysisFailed: number;
  /** Articles and posts without their raw input. */
  withoutRaw: number;
  /** Comments whose article is missing. */
  orphans: number;
}

export interface KillOutcome {
  /** Documents stored when the kill was sent (as last polled). */
  seenBeforeKill: number;
  /** Whether the process was still running when killed (false: it finished first). */
  killed: boolean;
  waitedMs: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Where a run kills the ingest: once at least `minDocs` documents are stored (anywhere in
 * the first half of the corpus), then after `extraMs` (under a fifth of a second), so the
 * kill lands inside some document's write. Chosen by count rather than by time, so that
 * a fast machine cannot finish every document before the kill.
 */
export function killPoint(random: () => number, docs: number): { minDocs: number; extraMs: number } {
  return { minDocs: 1 + Math.floor(random() * Math.max(1, Math.floor(docs / 2))), extraMs: Math.floor(random() * 200) };
}

/**
 * Starts the ingest, waits until `count()` reports at least `minDocs` documents, waits
 * `extraMs` more, and sends SIGKILL. Gives up polling after `deadlineMs`.
 */
export async function killMidIngest(options: {
  args: string[];
  count: () => Promise<number>;
  minDocs: number;
  extraMs: number;
  deadlineMs?: number;
}): Promise<KillOutcome> {
  const started = Date.now();
  const child = spawn(process.execPath, [BIN, ...options.args], { cwd: REPO_ROOT, stdio: "ignore" });
  let exited = false;
  const closed = new Promise<void>((resolve) => child.on("close", () => ((exited = true), resolve())));
  let seen = 0;
  const deadline = started + (options.deadlineMs ?? 120_000);
  while (!exited && Date.now() < deadline) {
    seen = await options.count().catch(() => 0);
    if (seen >= options.minDocs) break;
    await sleep(40);
  }
  await sleep(options.extraMs);
  const killed = !exited;
  child.kill("SIGKILL");
  await closed;
  return { seenBeforeKill: seen, killed, waitedMs: Date.now() - started };
}

/** SQL shared by both engines: each query returns one row with a column n. */
export const STATE_QUERIES = {
  documents: "SELECT COUNT(*) AS n FROM documents",
  distinctHashes: "SELECT COUNT(DISTINCT hash) AS n FROM documents",
  unanalysed: "SELECT COUNT(*) AS n FROM documents d LEFT JOIN analyses a ON a.doc_id = d.id WHERE a.doc_id IS NULL AND d.status = 'ok' AND CAST(d.diagnostics AS TEXT) NOT LIKE '%analysis-failed%'",
  analysisFailed: "SELECT COUNT(*) AS n FROM documents WHERE CAST(diagnostics AS TEXT) LIKE '%analysis-failed%'",
  withoutRaw: "SELECT COUNT(*) AS n FROM documents d LEFT JOIN raw_inputs r ON r.doc_id = d.id WHERE r.doc_id IS NULL AND d.kind <> 'comment'",
  orphans: "SELECT COUNT(*) AS n FROM documents c LEFT JOIN documents p ON p.id = c.parent WHERE c.kind = 'comment' AND p.id IS NULL",
} as const;
