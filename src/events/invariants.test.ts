import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Span } from "../model/span.js";
import { createEventExtractor, type EventResult } from "./index.js";
import { ACTORS, buildInput } from "./testing.js";

const extract = createEventExtractor({});
const SEEDS = new URL("../../../shared/corpus/seeds/", import.meta.url);

function spansOf(r: EventResult): Span[] {
  return [...r.events.flatMap((e) => [e, e.trigger]), ...r.claims, ...r.relations.map((x) => x.evidence)];
}

function checkSpans(text: string, r: EventResult): void {
  for (const s of spansOf(r)) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThanOrEqual(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  }
  for (const e of r.events) {
    expect(e.trigger.start).toBeGreaterThanOrEqual(e.start);
    expect(e.trigger.end).toBeLessThanOrEqual(e.end);
    if (e.claim !== null) expect(r.claims[e.claim]?.speaker ?? null).toBe(e.assertedBy);
  }
  for (const c of r.claims) if (c.event !== null) expect(r.events[c.event]).toBeDefined();
  for (const x of r.relations) {
    expect(r.events[x.from]).toBeDefined();
    expect(r.events[x.to]).toBeDefined();
    expect(x.from).not.toBe(x.to);
  }
  r.events.forEach((e, i) => expect(e.index).toBe(i));
}

describe("invariants on real documents", () => {
  const files = readdirSync(SEEDS).filter((f) => f.endsWith(".txt"));
  it.each(files)("%s: spans slice back, indices hold, output is deterministic", (file) => {
    const text = readFileSync(new URL(file, SEEDS), "utf8");
    const input = buildInput(text, { dict: ACTORS });
    const a = extract(input);
    checkSpans(text, a);
    expect(a.events.length).toBeGreaterThan(0);
    expect(extract(input)).toEqual(a);
    expect(createEventExtractor({})(input)).toEqual(a);
  });
});

describe("hostile input", () => {
  it("random text never throws and every span is valid", () => {
    const words = fc.constantFrom("Iran", "attacked", "the", "embassy", "said", "killed", "25", "people", ",", ".", "“", "”", "in retaliation for", "after", "US", "were", "by", "he", "\n", "…", "?", "according to", "a", "one", "Putin", "shelled");
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.string()), { maxLength: 60 }), (parts) => {
        const text = parts.join(" ");
        const r = extract(buildInput(text, { dict: ACTORS }));
        checkSpans(text, r);
      }),
      { numRuns: 300 },
    );
  });
  it("empty input gives empty output", () => {
    expect(extract(buildInput(""))).toEqual({ events: [], claims: [], relations: [], diagnostics: [] });
  });
});
