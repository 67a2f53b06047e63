/**
 * Shared pieces of the property tests (src/**\/*.fuzz.test.ts): how many cases to run,
 * the time budget per document, and generators of hostile text built from the things
 * real pages and attackers contain (markup, dates, numbers, comment signatures, control
 * characters, unpaired surrogates, long runs).
 *
 * `npm test` runs FUZZ_RUNS = 100 cases per property; `npm run test:fuzz` sets
 * SITREP_FUZZ_RUNS=10000.
 */
import fc from "fast-check";
import { expect } from "vitest";

export const FUZZ_RUNS = Math.max(1, Number(process.env.SITREP_FUZZ_RUNS ?? 100));
/** Per-test timeout that grows with the number of cases. */
export const FUZZ_TIMEOUT_MS = 60_000 + FUZZ_RUNS * 500;

/**
 * The time a parser may take on `chars` characters: one second, plus `perMb` ms per
 * megabyte of input. Generous on a loaded two-core machine, yet far below what a
 * quadratic or exponential path costs.
 */
export function budgetMs(chars: number, perMb = 1_000): number {
  return 1_000 + (chars / 1_000_000) * perMb;
}

/** CPU milliseconds this process has used: unlike wall time, not inflated by other processes. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1_000;
}

/** The least CPU time of `times` runs of `fn`. */
function leastCpu(fn: () => unknown, times: number): number {
  let least = Infinity;
  for (let i = 0; i < times; i++) {
    const started = cpuMs();
    fn();
    least = Math.min(least, cpuMs() - started);
  }
  return least;
}

/**
 * A time budget checker calibrated against a reference task (a fixed, ordinary input
 * for the same parser), measured once when the test file starts. A long run slows down
 * as a whole (garbage collection in a big heap): the reference slows down with it, and
 * the budget is scaled by that slowdown. A slow path in the code on one input does not
 * slow the reference, so it still fails.
 */
export function calibrated(reference: () => unknown): { within<T>(label: string, budget: number, fn: () => T): T } {
  const base = Math.max(1, leastCpu(reference, 3));
  return {
    within(label, budget, fn) {
      const started = cpuMs();
      const result = fn();
      let took = cpuMs() - started;
      if (took >= budget) took = Math.min(took, leastCpu(fn, 2));
      let allowed = budget;
      if (took >= budget) allowed = budget * Math.max(1, leastCpu(reference, 3) / base);
      expect(took, `${label} took ${Math.round(took)} ms of CPU (budget ${Math.round(allowed)} ms)`).toBeLessThan(allowed);
      return result;
    },
  };
}

/** Runs `fn` and returns its result; fails when it uses more than `budget` ms of CPU three times in a row. */
export function within<T>(label: string, budget: number, fn: () => T): T {
  const started = cpuMs();
  const result = fn();
  let took = cpuMs() - started;
  if (took >= budget) took = Math.min(took, leastCpu(fn, 2));
  expect(took, `${label} took ${Math.round(took)} ms of CPU (budget ${Math.round(budget)} ms)`).toBeLessThan(budget);
  return result;
}

/** Lets the event loop run between cases, so a long run never starves the test runner. */
export const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Options for fc.assert: the number of cases, and no shrinking of slow counterexamples when `costly`. */
export function fuzzOptions(costly = false): { numRuns: number; endOnFailure: boolean } {
  return { numRuns: FUZZ_RUNS, endOnFailure: costly };
}

const NEWS = [
  "The army attacked a checkpoint near Kirkuk on Sunday, killing 12 people.",
  "Officials said 3 rockets hit the Green Zone at 2:45 a.m. local time.",
  "“We will respond,” the minister said on January 5, 2020.",
  "Protesters stormed the embassy in Baghdad last Tuesday.",
  "Iran denied the claim; the Pentagon said at least 25 fighters died.",
  "BAGHDAD (Reuters) - Two days later, a drone strike killed the commander.",
  "Between 40 and 50 were wounded, according to the health ministry.",
];

const FRAGMENTS = [
  "<p>", "</p>", "<div>", "</div>", "<script>", "</script>", "<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE x>", "&amp;", "&#0;", "&#xD800;",
  "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "javascript:alert(1)", "{{constructor.constructor('x')()}}", "${x}",
  "Posted by: b | Jan 2 2020 19:01 utc | 1", "Posted by: <b>x</b> | January 3, 2020 at 10:02 PM", "Comments", "Permalink", "Reply",
  "January 5, 2020", "5 Jan", "1/2/20", "2020-01-03T08:00:00Z", "last Friday", "since 2014", "24/7", "F-15E", "9/11",
  "1,000", "3.5 million", "dozens", "(", ")", "“", "”", "\"", "'", "\n", "\n\n", "\r\n", "\t", " ", "  ", "@12",
  "\u0000", "\u0007", "\u001b[31m", "\u009b", "\u2028", "\uFEFF", "\uD800", "\uDFFF", "\u202E", "é", "🙂", "العراق", "伊拉克",
];

/** One hostile piece of text: a news sentence, a fragment, random unicode, or a long run. */
export const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NEWS) },
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 3, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("(", "9", " ", "a", "<b>", "-", "\n", "Jan "), fc.integer({ min: 50, max: 3_000 })).map(([s, n]) => s.repeat(n)) },
);

/** A document of hostile pieces, mostly small, sometimes long (up to `maxChars`). */
export function hostileTextUpTo(maxChars: number): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 9, arbitrary: fc.array(piece, { maxLength: 40 }).map((p) => p.join(" ")) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.array(piece, { minLength: 1, maxLength: 10 }), fc.integer({ min: 10, max: 300 }))
        .map(([p, n]) => Array.from({ length: n }, () => p.join(" ")).join("\n").slice(0, maxChars)),
    },
  );
}

/** Hostile documents of up to 150 kB. */
export const hostileText: fc.Arbitrary<string> = hostileTextUpTo(150_000);

/** A page laid out like a saved blog post: header lines, a body, and a comment thread. */
export const pageLike: fc.Arbitrary<string> = fc
  .record({
    title: fc.oneof(fc.constantFrom("Moon of Alabama", "Harbour Watch", "Open thread"), piece),
    date: fc.constantFrom("January 2, 2020", "Jan 2 2020", "2 January 2020", "", "Thursday"),
    body: fc.array(fc.oneof(fc.constantFrom(...NEWS), piece), { maxLength: 12 }),
    comments: fc.array(
      fc.record({
        text: fc.array(piece, { maxLength: 6 }),
        author: fc.oneof(fc.constantFrom("b", "Reader", "<img src=x onerror=alert(1)>", ""), fc.string({ maxLength: 10 })),
        when: fc.constantFrom("Jan 2 2020 19:01 utc", "January 2, 2020 at 10:02 PM", "garbage", ""),
        number: fc.oneof(fc.integer({ min: -1, max: 200 }), fc.constant(null)),
      }),
      { maxLength: 25 },
    ),
  })
  .map(({ title, date, body, comments }) =>
    [
      title,
      date,
      "",
      body.join(" "),
      "",
      "Posted by b on January 2, 2020 at 18:00 UTC | Permalink",
      "",
      "Comments",
      "",
      ...comments.flatMap((c) => [c.text.join(" "), "", `Posted by: ${c.author} | ${c.when}${c.number === null ? "" : ` | ${c.number}`}`, ""]),
    ].join("\n"),
  );
