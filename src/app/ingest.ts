/**
 * Ingest as an application service, shared by the CLI and the HTTP API: read inputs,
 * analyse each document (spread over cores by the analysis pool), and write each
 * input's documents and analyses in one store transaction, in input order. A bad input
 * never stops the others. Memory stays bounded: at most `window` inputs are in flight.
 */
import type { DocAnalysis } from "../model/analysis.js";
import { diagnostic } from "../model/diagnostic.js";
import type { IngestItem } from "../model/document.js";
import { readInputs } from "../ingest/read.js";
import { isFailure, type ReadOptions } from "../ingest/types.js";
import type { NewDocument, NewDocumentSet, Store } from "../store/store.js";
import type { AnalysisPool } from "./analysis-pool.js";
import { articleHash, commentHash } from "./hash.js";

export interface Overrides {
  published?: string;
  outlet?: string;
  title?: string;
}

export interface IngestRunOptions {
  read: ReadOptions;
  overrides: Overrides;
  pool: AnalysisPool;
  /** How many inputs may be read and analysed ahead of the store writes (default 4 × jobs). */
  window?: number;
  onItem?: (outcome: ItemOutcome) => void;
  /** How a source is recorded and reported (default: as read, e.g. the file path). */
  sourceName?: (source: string) => string;
}

export type ItemOutcome =
  | { input: string; status: "added" | "duplicate"; id: string; comments: number; empty: boolean }
  | { input: string; status: "failed"; code: string; message: string };

export interface IngestReport {
  added: number;
  duplicates: number;
  failed: number;
  comments: number;
  items: ItemOutcome[];
}

type Prepared = { kind: "set"; source: string; set: NewDocumentSet } | { kind: "known"; source: string; id: string } | { kind: "failed"; outcome: ItemOutcome };

export async function ingestInputs(store: Store, inputs: string[], options: IngestRunOptions): Promise<IngestReport> {
  const report: IngestReport = { added: 0, duplicates: 0, failed: 0, comments: 0, items: [] };
  const window = Math.max(1, options.window ?? options.pool.jobs * 4);
  const queue: Promise<Prepared>[] = [];

  const commit = async (prepared: Prepared): Promise<void> => {
    const outcome = await write(store, prepared);
    if (outcome.status === "failed") report.failed++;
    else if (outcome.status === "duplicate") report.duplicates++;
    else {
      report.added++;
      report.comments += outcome.comments;
    }
    report.items.push(outcome);
    options.onItem?.(outcome);
  };

  const name = options.sourceName ?? ((source: string) => source);
  for await (const result of readInputs(inputs, options.read)) {
    if (isFailure(result)) {
      queue.push(Promise.resolve({ kind: "failed", outcome: { input: name(result.input), status: "failed", code: result.code, message: result.message } }));
    } else {
      queue.push(prepare(store, applyOverrides({ ...result, source: name(result.source) }, options.overrides), options.pool));
    }
    while (queue.length >= window) await commit(await queue.shift()!);
  }
  while (queue.length) await commit(await queue.shift()!);
  return report;
}

async function prepare(store: Store, item: IngestItem, pool: AnalysisPool): Promise<Prepared> {
  try {
    const set = buildDocumentSet(item);
    // Known content is only recorded as another source: no analysis work.
    const known = await store.findByHash(set.article.hash);
    if (known) return { kind: "known", source: item.source, id: known };
    return { kind: "set", source: item.source, set: await analyseSet(set, item.parsed.published, pool) };
  } catch (error) {
    return { kind: "failed", outcome: { input: item.source, status: "failed", code: "analysis-error", message: errorMessage(error) } };
  }
}

async function write(store: Store, prepared: Prepared): Promise<ItemOutcome> {
  if (prepared.kind === "failed") return prepared.outcome;
  try {
    if (prepared.kind === "known") {
      await store.addSource(prepared.id, prepared.source);
      const comments = (await store.listDocuments({ parent: prepared.id })).length;
      return { input: prepared.source, status: "duplicate", id: prepared.id, comments, empty: false };
    }
    const outcome = await store.addDocumentSet(prepared.set);
    return {
      input: prepared.source,
      status: outcome.status,
      id: outcome.id,
      comments: outcome.commentIds.length,
      empty: prepared.set.article.status === "empty",
    };
  } catch (error) {
    const code = storeErrorCode(error);
    return { input: prepared.source, status: "failed", code, message: `${errorMessage(error)}${RETRY_HINT[code] ?? ""}` };
  }
}

function applyOverrides(item: IngestItem, o: Overrides): IngestItem {
  const parsed = { ...item.parsed };
  if (o.published !== undefined) parsed.published = o.published;
  if (o.outlet !== undefined) parsed.outlet = o.outlet;
  if (o.title !== undefined) parsed.title = o.title;
  return { ...item, parsed };
}

/** The store's write set for one input, before analysis. */
export function buildDocumentSet(item: IngestItem): NewDocumentSet {
  const p = item.parsed;
  const hash = articleHash(p.title, p.text);
  const article: NewDocument = {
    hash,
    source: item.source,
    kind: p.kind,
    title: p.title,
    outlet: p.outlet,
    published: p.published,
    author: p.author,
    url: p.url,
    text: p.text,
    status: p.text.trim() === "" ? "empty" : "ok",
    contentType: item.contentType,
    charset: item.charset,
    diagnostics: p.diagnostics,
    number: null,
    replyTo: null,
  };
  const comments: NewDocument[] = p.comments.map((c, i) => ({
    hash: commentHash(hash, i, c.text),
    source: item.source,
    kind: "comment",
    title: null,
    outlet: p.outlet,
    published: c.published,
    author: c.author,
    url: p.url,
    text: c.text,
    status: c.text.trim() === "" ? "empty" : "ok",
    contentType: item.contentType,
    charset: item.charset,
    diagnostics: c.diagnostics,
    number: c.number,
    replyTo: c.replyTo !== null && c.replyTo >= 0 && c.replyTo < i ? c.replyTo : null,
  }));
  return { article, comments, raw: item.raw, analyses: null };
}

/** Runs the analysis stages over every non-empty document of a set. */
export async function analyseSet(set: NewDocumentSet, articlePublished: string | null, pool: AnalysisPool): Promise<NewDocumentSet> {
  const docs = [set.article, ...set.comments];
  const todo = docs.map((d, i) => ({ d, i })).filter(({ d }) => d.status !== "empty");
  const outcomes = todo.length
    ? await pool.analyze(
        todo.map(({ d }) => ({
          text: d.text,
          kind: d.kind,
          published: d.kind === "comment" ? (d.published ?? articlePublished) : d.published,
          title: d.title,
        })),
      )
    : [];
  const analyses: (DocAnalysis | null)[] = docs.map(() => null);
  const withDiagnostics = docs.map((d) => ({ ...d }));
  todo.forEach(({ i }, k) => {
    const o = outcomes[k];
    if (o?.ok) analyses[i] = o.analysis;
    else {
      // A stage failing on one document is recorded on it; `sitrep reanalyze` can retry.
      withDiagnostics[i]!.diagnostics = [
        ...withDiagnostics[i]!.diagnostics,
        diagnostic({ code: "analysis-failed", stage: "pipeline", severity: "error", message: `analysis failed: ${o ? o.error : "no result"}` }),
      ];
    }
  });
  return { ...set, article: withDiagnostics[0]!, comments: withDiagnostics.slice(1), analyses };
}

function errorMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "unknown error";
}

/** Store failures that leave nothing written and go away on their own: say so, so the user retries. */
const RETRY_HINT: Record<string, string> = {
  "store-busy": " (another process holds the store's write lock; nothing was written for this input: retry)",
  "store-full": " (the disk or the database size limit is full; nothing was written for this input: free space and retry)",
};

function storeErrorCode(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === "SQLITE_BUSY" || code === "SQLITE_LOCKED") return "store-busy";
  if (code === "SQLITE_FULL") return "store-full";
  return "store-error";
}
