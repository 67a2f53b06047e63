/**
 * Ingest as an application service, shared by the CLI and the HTTP API: read inputs,
 * analyse each document, and write each input's documents and analyses in one store
 * transaction. A bad input never stops the others.
 */
import type { DocAnalysis } from "../model/analysis.js";
import { diagnostic } from "../model/diagnostic.js";
import type { IngestItem } from "../model/document.js";
import type { Pipeline } from "../pipeline.js";
import { readInputs } from "../ingest/read.js";
import { isFailure, type IngestFailure, type ReadOptions } from "../ingest/types.js";
import type { NewDocument, NewDocumentSet, Store } from "../store/store.js";
import { articleHash, commentHash } from "./hash.js";

export interface Overrides {
  published?: string;
  outlet?: string;
  title?: string;
}

export interface IngestRunOptions {
  read: ReadOptions;
  overrides: Overrides;
  pipeline: Pipeline;
  onItem?: (outcome: ItemOutcome) => void;
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

export async function ingestInputs(store: Store, inputs: string[], options: IngestRunOptions): Promise<IngestReport> {
  const report: IngestReport = { added: 0, duplicates: 0, failed: 0, comments: 0, items: [] };
  const note = (o: ItemOutcome) => {
    report.items.push(o);
    options.onItem?.(o);
  };
  for await (const result of readInputs(inputs, options.read)) {
    if (isFailure(result)) {
      report.failed++;
      note(failureOutcome(result));
      continue;
    }
    try {
      const set = prepareDocumentSet(applyOverrides(result, options.overrides), options.pipeline);
      const outcome = await store.addDocumentSet(set);
      if (outcome.status === "added") {
        report.added++;
        report.comments += outcome.commentIds.length;
      } else {
        report.duplicates++;
      }
      note({
        input: result.source,
        status: outcome.status,
        id: outcome.id,
        comments: outcome.commentIds.length,
        empty: set.article.status === "empty",
      });
    } catch (error) {
      report.failed++;
      note({ input: result.source, status: "failed", code: storeErrorCode(error), message: errorMessage(error) });
    }
  }
  return report;
}

function failureOutcome(f: IngestFailure): ItemOutcome {
  return { input: f.input, status: "failed", code: f.code, message: f.message };
}

function applyOverrides(item: IngestItem, o: Overrides): IngestItem {
  const parsed = { ...item.parsed };
  if (o.published !== undefined) parsed.published = o.published;
  if (o.outlet !== undefined) parsed.outlet = o.outlet;
  if (o.title !== undefined) parsed.title = o.title;
  return { ...item, parsed };
}

/** Builds the store's write set for one input, running the analysis stages. */
export function prepareDocumentSet(item: IngestItem, pipeline: Pipeline): NewDocumentSet {
  const p = item.parsed;
  const hash = articleHash(p.title, p.text);
  const empty = p.text.trim() === "";
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
    status: empty ? "empty" : "ok",
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
  const analyses = [article, ...comments].map((d) => analyse(d, pipeline, d.kind === "comment" ? (d.published ?? p.published) : d.published));
  return { article, comments, raw: item.raw, analyses };
}

function analyse(d: NewDocument, pipeline: Pipeline, published: string | null): DocAnalysis | null {
  if (d.status === "empty") return null;
  try {
    return pipeline.analyze({ text: d.text, kind: d.kind, published, title: d.title });
  } catch (error) {
    // A stage failing on one document is recorded on it; `sitrep reanalyze` can retry.
    d.diagnostics = [
      ...d.diagnostics,
      diagnostic({ code: "analysis-failed", stage: "pipeline", severity: "error", message: `analysis failed: ${errorMessage(error)}` }),
    ];
    return null;
  }
}

function errorMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "unknown error";
}

function storeErrorCode(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === "SQLITE_BUSY" || code === "SQLITE_LOCKED") return "store-busy";
  if (code === "SQLITE_FULL") return "store-full";
  return "store-error";
}
