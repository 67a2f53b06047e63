/**
 * Property tests for time expressions on hostile text, with the sentences the text stage
 * finds: never throws, every span slices back, deterministic, within the time budget.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { badSpans } from "../../test/hostile/invariants.js";
import { budgetMs, FUZZ_RUNS, FUZZ_TIMEOUT_MS, fuzzOptions, tick, hostileText, within } from "../../test/hostile/fuzz.js";
import { segment } from "../text/index.js";
import { extractTimes } from "./index.js";

// The time configuration is built on the first call: outside the timed cases.
extractTimes({ text: "On January 2, 2020.", sentences: segment({ text: "On January 2, 2020." }).sentences, published: "2020-01-03", kind: "article" });

const published = fc.constantFrom(null, "2020-01-02", "2020-01-05T10:00:00Z", "2019-12-31T23:59:00+03:00", "garbage", "0000-00-00");
const kind = fc.constantFrom("article", "comment", "post") as fc.Arbitrary<"article" | "comment" | "post">;

describe("extractTimes (fuzz)", () => {
  it(`holds its properties on ${FUZZ_RUNS} hostile texts`, async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, published, kind, async (text, pub, k) => {
        await tick();
        const { sentences } = segment({ text });
        const input = { text, sentences, published: pub, kind: k };
        const r = within("extractTimes", budgetMs(text.length, 5_000), () => extractTimes(input));
        expect(extractTimes(input)).toEqual(r);
        expect(badSpans(text, r.timeExpressions)).toEqual([]);
      }),
      fuzzOptions(true),
    );
  }, FUZZ_TIMEOUT_MS);
});
