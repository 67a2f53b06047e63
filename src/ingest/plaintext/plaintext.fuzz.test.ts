/**
 * Property tests for the plain-text page parser on hostile pages (FUZZ_RUNS cases;
 * `npm run test:fuzz` for 10^4): never throws, deterministic, every text a verbatim
 * slice (or the pieces, in order, when furniture was dropped), replies point backwards,
 * and each page is read within its time budget.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { budgetMs, calibrated, FUZZ_RUNS, FUZZ_TIMEOUT_MS, fuzzOptions, hostileText, pageLike, tick } from "../../../test/hostile/fuzz.js";
import { piecesInOrder } from "../../../test/fixtures/plaintext/helpers.js";
import { parsePlainText } from "./index.js";

// The reference: an ordinary page of comments, about 30 kB (also warms the parser up).
const REFERENCE = fc.sample(pageLike, { numRuns: 40, seed: 7 }).join("\n\n");
const { within } = calibrated(() => parsePlainText(REFERENCE, { source: "reference.txt" }));

function check(input: string): void {
  const doc = within("parsePlainText", budgetMs(input.length), () => parsePlainText(input, { source: "fuzz.txt" }));
  expect(parsePlainText(input, { source: "fuzz.txt" })).toEqual(doc);
  const verbatim = (text: string, codes: string[]) => (codes.includes("furniture-removed") ? piecesInOrder(input, text) : input.includes(text));
  expect(verbatim(doc.text, doc.diagnostics.map((d) => d.code)), "body is the input's text").toBe(true);
  doc.comments.forEach((c, i) => {
    expect(verbatim(c.text, c.diagnostics.map((d) => d.code)), `comment ${i} is the input's text`).toBe(true);
    if (c.replyTo !== null) expect(c.replyTo).toBeLessThan(i);
  });
}

describe("parsePlainText (fuzz)", () => {
  it(`holds its properties on ${FUZZ_RUNS} hostile texts`, async () => {
    await fc.assert(fc.asyncProperty(hostileText, async (text) => (await tick(), check(text))), fuzzOptions());
  }, FUZZ_TIMEOUT_MS);

  it(`holds its properties on ${FUZZ_RUNS} blog-like pages with hostile comment threads`, async () => {
    await fc.assert(fc.asyncProperty(pageLike, fc.constantFrom("\n", "\r\n"), async (page, br) => (await tick(), check(page.replace(/\n/g, br)))), fuzzOptions());
  }, FUZZ_TIMEOUT_MS);
});
