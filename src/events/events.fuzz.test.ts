/**
 * Property tests for numbers and events, and the whole per-document pipeline, on
 * hostile text: never throws, every span of every layer slices back to the text, the
 * same input gives the same analysis, and a document is analysed within its CPU budget:
 * one second plus 30 s per megabyte (the whole NLP pipeline runs at about 10–15 s per
 * megabyte of news text on a two-core machine; a quadratic path blows far past it).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { badSpans } from "../../test/hostile/invariants.js";
import { budgetMs, FUZZ_RUNS, FUZZ_TIMEOUT_MS, fuzzOptions, tick, hostileTextUpTo, pageLike, within } from "../../test/hostile/fuzz.js";
import { createPipeline } from "../pipeline.js";

const pipeline = createPipeline();
// Stage data loads lazily on the first document: outside the timed cases.
pipeline.analyze({ text: "On January 2, 2020 the army killed 3 fighters in Kirkuk, officials said.", published: "2020-01-03", kind: "article", title: null });
const published = fc.constantFrom(null, "2020-01-02", "2020-01-05T10:00:00Z", "not a date");
const kind = fc.constantFrom("article", "comment", "post") as fc.Arbitrary<"article" | "comment" | "post">;
const title = fc.option(fc.constantFrom("Rocket attack on the base", "<script>alert(1)</script>", ""), { nil: null });
// Casualty and number phrases the event extractor reads, mixed into the hostile text.
const numbers = fc.constantFrom(
  "killing 12 people", "at least 25 fighters died", "between 40 and 50 were wounded", "dozens were hurt", "3.5 million fled",
  "one soldier and two contractors", "1,000,000,000,000 casualties", "-5 killed", "killed 0", "NaN wounded", "1e309 dead",
);
// Up to 40 kB per document: the whole pipeline is the costly one, and 10^4 cases must finish.
const hostileText = hostileTextUpTo(40_000);
const text = fc.oneof(hostileText, pageLike, fc.array(fc.oneof(numbers, hostileText), { maxLength: 8 }).map((p) => p.join(". ").slice(0, 40_000)));

describe("createPipeline().analyze (fuzz)", () => {
  it(`holds its properties on ${FUZZ_RUNS} hostile documents`, async () => {
    await fc.assert(
      fc.asyncProperty(text, published, kind, title, async (t, pub, k, ti) => {
        await tick();
        const input = { text: t, published: pub, kind: k, title: ti };
        const a = within("analyze", budgetMs(t.length, 30_000), () => pipeline.analyze(input));
        expect(badSpans(t, a)).toEqual([]);
        expect(pipeline.analyze(input)).toEqual(a);
        // Tolls and counts are plain non-negative finite numbers, whatever digits the text holds.
        for (const e of a.events) {
          for (const n of [e.fatalities, e.injuries, e.count]) if (n !== null) expect(Number.isFinite(n) && n >= 0, `${e.text}: ${n}`).toBe(true);
        }
      }),
      fuzzOptions(true),
    );
  }, FUZZ_TIMEOUT_MS);
});
