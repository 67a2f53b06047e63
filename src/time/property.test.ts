import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractTimes } from "./index.js";

/** Hostile input: never throws, spans slice back, same input gives the same output, bounded time. */
function run(text: string, published: string | null = "2020-01-02") {
  return extractTimes({ text, sentences: [], published, kind: "article" });
}

const datey = fc.constantFrom(
  "on Sunday", "last Friday", "December 29", "since 2014", "the past two months", "for months", "1/2/20", "Jan 3 2020 2:45 utc",
  "24/7", "F-15E", "(", "“", "\n", " ", "May", "march", "over the weekend", "at Christmas", "two days later", "the same day",
  "yesterday", "tomorrow", "last week", "BC",
);

describe("extractTimes on arbitrary text", () => {
  it("never throws, keeps spans exact and is deterministic", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), datey), { maxLength: 12 }), fc.option(fc.constantFrom("2020-01-02", "2019-12-31T23:59:00Z", "2020-01-03T00:45:00Z", "garbage")), (parts, published) => {
        const text = parts.join(" ");
        const a = run(text, published);
        const b = run(text, published);
        expect(a).toEqual(b);
        for (const t of a.timeExpressions) {
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(t.value).toMatch(/^\d{4}/);
          const [from, to] = t.value.split("/");
          if (to !== undefined) expect((from ?? "").slice(0, 10) <= to.slice(0, 10)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("gives no range that ends before it starts (a case the property found)", () => {
    expect(run("December 29 -1").timeExpressions.map((t) => t.value)).toEqual(["2019-12-29"]);
  });

  it("gives no value for a date before the common era (a case the property found)", () => {
    for (const text of ["December 29 BC", "29 December 2019 BC", "December 29 BCE"]) {
      for (const t of run(text).timeExpressions) expect(t.value).toMatch(/^\d{4}/);
    }
    expect(run("December 29 AD").timeExpressions.map((t) => t.value)).toEqual(["0029-12"]);
  });

  it.each([
    ["a long run of brackets", "(".repeat(500_000)],
    ["a megabyte of digits", "7".repeat(1_000_000)],
    ["repeated date-like words", "on Sunday since the last ".repeat(20_000)],
    ["one very long line of slashes", "1/".repeat(200_000)],
  ])("finishes quickly on %s", (_name, text) => {
    const started = performance.now();
    const result = run(text);
    expect(performance.now() - started).toBeLessThan(8_000);
    for (const t of result.timeExpressions.slice(0, 50)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
