/**
 * The properties that hold after any run, whatever it was fed (BAD-INPUT.md, last
 * paragraph): nothing half-written, no duplicate content, every stored document that
 * has text has its analysis and no empty one has any, every span slices back to its
 * document's text, comments stored flat with references to earlier comments only.
 */
import { expect } from "vitest";
import type { StoredDocument } from "../../src/model/document.js";
import type { Store } from "../../src/store/store.js";

/** Every `{start, end, text}` object inside `value`, with the path that leads to it. */
export function spansIn(value: unknown, path = "$"): { path: string; start: number; end: number; text: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => spansIn(v, `${path}[${i}]`));
  if (value === null || typeof value !== "object") return [];
  const o = value as Record<string, unknown>;
  const own = typeof o["start"] === "number" && typeof o["end"] === "number" && typeof o["text"] === "string" ? [{ path, start: o["start"], end: o["end"], text: o["text"] }] : [];
  return [...own, ...Object.entries(o).flatMap(([k, v]) => spansIn(v, `${path}.${k}`))];
}

/** The spans of `value` that do not slice back to `text` (empty when all do). */
export function badSpans(text: string, value: unknown): string[] {
  return spansIn(value)
    .filter((s) => !(s.start >= 0 && s.end <= text.length && s.start <= s.end && text.slice(s.start, s.end) === s.text))
    .map((s) => `${s.path} [${s.start},${s.end}) ${JSON.stringify(s.text.slice(0, 40))}`);
}

export interface StoreFacts {
  documents: StoredDocument[];
  analysed: number;
}

/** Checks the store-wide invariants and returns its documents. */
export async function checkStoreInvariants(store: Store): Promise<StoreFacts> {
  const documents: StoredDocument[] = [];
  for await (const d of store.iterateDocuments()) documents.push(d);
  const byId = new Map(documents.map((d) => [d.id, d]));
  expect(new Set(documents.map((d) => d.hash)).size, "one document per content hash").toBe(documents.length);
  let analysed = 0;
  for (const d of documents) {
    const analysis = await store.getAnalysis(d.id);
    if (d.status === "empty") expect(analysis, `${d.id} is empty: no stage may run on it`).toBeNull();
    else {
      const failed = d.diagnostics.some((x) => x.code === "analysis-failed");
      if (!failed) expect(analysis, `${d.id} (${d.source}) has text but no analysis`).not.toBeNull();
    }
    if (analysis) {
      analysed++;
      expect(badSpans(d.text, analysis), `${d.id} spans`).toEqual([]);
    }
    if (d.kind === "comment") {
      const parent = d.parent ? byId.get(d.parent) : undefined;
      expect(parent?.kind, `${d.id}'s parent is an article or post`).toMatch(/^(article|post)$/);
      if (d.replyTo !== null) {
        const target = byId.get(d.replyTo);
        expect(target?.parent, `${d.id} answers a comment of the same article`).toBe(d.parent);
        expect(seq(d.replyTo), `${d.id} answers an earlier comment (no cycles)`).toBeLessThan(seq(d.id));
      }
    } else {
      expect(await store.getRaw(d.id), `${d.id} keeps its raw input`).not.toBeNull();
    }
  }
  const counts = await store.counts();
  expect(counts.analysed, "analyses are not duplicated").toBe(analysed);
  return { documents, analysed };
}

const seq = (id: string) => Number(id.replace(/^d/, ""));
