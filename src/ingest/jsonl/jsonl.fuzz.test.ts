/**
 * Property tests for JSONL reading on hostile lines: one result per non-blank line, a
 * bad line fails alone and is named "file:LINE", texts never hold unpaired surrogates,
 * deterministic, within its time budget.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { budgetMs, FUZZ_RUNS, FUZZ_TIMEOUT_MS, fuzzOptions, hostileText, piece, tick } from "../../../test/hostile/fuzz.js";
import { isFailure, type ReadResult } from "../types.js";
import { readJsonlText } from "./read.js";

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const line = fc.oneof(
  fc.record({ id: fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.integer()), text: hostileText }, { requiredKeys: ["id"] }).map((r) => JSON.stringify(r)),
  fc.record({ id: fc.string({ maxLength: 5 }), text: fc.oneof(hostileText, fc.integer(), fc.constant(null)), title: fc.oneof(piece, fc.integer()), published: fc.oneof(piece, fc.constant("2020-01-02")) }).map((r) => JSON.stringify(r)),
  fc.json(),
  piece.map((p) => p.replace(/[\n\r]/g, " ")),
  fc.constantFrom("", "   ", "{", "[]", "null", '{"id":"x","text":"\\ud800"}'),
);

async function readAll(text: string, cap: number): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readJsonlText(new TextEncoder().encode(text), "fuzz.jsonl", cap)) out.push(r);
  return out;
}

describe("readJsonlText (fuzz)", () => {
  it(`holds its properties on ${FUZZ_RUNS} hostile files`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 30 }), fc.constantFrom(64, 4_096, 1_000_000), async (lines, cap) => {
        await tick();
        const text = lines.join("\n");
        const started = process.cpuUsage();
        const results = await readAll(text, cap);
        const used = process.cpuUsage(started);
        expect((used.user + used.system) / 1_000).toBeLessThan(budgetMs(text.length));
        expect(await readAll(text, cap)).toEqual(results);
        // One result per line that is not blank (an over-long line is a failure even so).
        expect(results.length).toBe(lines.filter((l) => l.trim() !== "" || Buffer.byteLength(l) > cap).length);
        for (const r of results) {
          if (isFailure(r)) {
            expect(r.input).toMatch(/^fuzz\.jsonl:\d+$/);
            expect(r.message).not.toMatch(/[\n\r]/);
          } else {
            expect(LONE.test(r.parsed.text)).toBe(false);
            expect(r.raw.length).toBeLessThanOrEqual(cap);
          }
        }
      }),
      fuzzOptions(),
    );
  }, FUZZ_TIMEOUT_MS);
});
