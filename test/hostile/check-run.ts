/**
 * Checks one ingest run of the hostile inputs (CLI or API) against their expectations.
 * Outcomes are matched by the input's base name ("r05-huge.html", "lone-x",
 * "r04-surrogates.jsonl:2", "r09-odd.xml#g-iso"), whatever folder the run read it from.
 */
import { basename } from "node:path";
import { expect } from "vitest";
import type { Store } from "../../src/store/store.js";
import type { BadInput, Expectation } from "./bad-inputs.js";

export type Outcome =
  | { input: string; status: "added" | "duplicate"; id: string; comments: number }
  | { input: string; status: "failed"; code: string; message: string };

export function outcomesByName(items: Outcome[]): Map<string, Outcome[]> {
  const map = new Map<string, Outcome[]>();
  for (const o of items) {
    const name = basename(o.input);
    map.set(name, [...(map.get(name) ?? []), o]);
  }
  return map;
}

async function checkOne(label: string, outcomes: Outcome[] | undefined, want: Expectation, store: Store): Promise<void> {
  expect(outcomes, `${label}: no outcome reported`).toBeDefined();
  expect(outcomes!.length, `${label}: reported once`).toBe(1);
  const o = outcomes![0]!;
  if (want.code) {
    expect(o.status, `${label}: should fail`).toBe("failed");
    if (o.status === "failed") {
      expect(o.code, `${label}: reason code`).toBe(want.code);
      expect(o.message.length, `${label}: a reason`).toBeGreaterThan(0);
      expect(o.message, `${label}: one line`).not.toMatch(/[\n\r]/);
    }
    return;
  }
  expect(o.status, `${label}: ${o.status === "failed" ? `${o.code}: ${o.message}` : ""}`).not.toBe("failed");
  if (o.status === "failed") return;
  if (want.duplicate) {
    expect(o.status, `${label}: duplicate`).toBe("duplicate");
    const doc = await store.getDocument(o.id);
    expect(doc?.sources.map((s) => basename(s)), `${label}: both sources recorded`).toContain(label);
    return;
  }
  const doc = await store.getDocument(o.id);
  expect(doc, `${label}: stored`).not.toBeNull();
  if (!doc) return;
  if (want.status) expect(doc.status, `${label}: status`).toBe(want.status);
  if (want.charset) expect(doc.charset, `${label}: charset`).toBe(want.charset);
  const codes = doc.diagnostics.map((d) => d.code);
  for (const c of want.diagnostics ?? []) expect(codes, `${label}: diagnostics`).toContain(c);
  for (const s of want.includes ?? []) expect(doc.text, `${label}: keeps its text`).toContain(s);
  for (const s of want.excludes ?? []) expect(`${doc.title ?? ""}\n${doc.text}`, `${label}: leaves out`).not.toContain(s);
  if (want.raw) expect(Buffer.from((await store.getRaw(doc.id)) ?? []).equals(Buffer.from(want.raw)), `${label}: raw bytes kept`).toBe(true);
  if (want.maxTextLength !== undefined) expect(doc.text.length, `${label}: no expansion`).toBeLessThanOrEqual(want.maxTextLength);
  const comments = (await store.listDocuments({ parent: doc.id })).length;
  if (want.minComments !== undefined) expect(comments, `${label}: comments`).toBeGreaterThanOrEqual(want.minComments);
  if (want.maxComments !== undefined) expect(comments, `${label}: comments capped`).toBeLessThanOrEqual(want.maxComments);
}

/** Every input's outcome as expected; returns the rows covered. */
export async function checkOutcomes(inputs: BadInput[], items: Outcome[], store: Store): Promise<number[]> {
  const byName = outcomesByName(items);
  for (const input of inputs) {
    if (input.records) {
      for (const r of input.records) await checkOne(r.input, byName.get(r.input), r.expect, store);
    } else if (Object.keys(input.expect).length > 0) {
      await checkOne(input.name, byName.get(input.name), input.expect, store);
    }
  }
  return [...new Set(inputs.map((i) => i.row))].filter((r) => r > 0).sort((a, b) => a - b);
}
