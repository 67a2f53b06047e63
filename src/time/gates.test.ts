import fc from "fast-check";
import { ParsingContext, type ParsedResult, type Parser } from "chrono-node";
import { describe, expect, it } from "vitest";
import { createTimeConfiguration } from "./configuration.js";
import { GatedParser } from "./common/gated-parser.js";
import { chronoGates } from "./en/chrono-gates.js";

/** The same engine with every gate taken off: the reference the gated engine must equal. */
function engines() {
  const gated = createTimeConfiguration().engine;
  const plain = gated.clone();
  plain.parsers = plain.parsers.map((p: Parser) => (p instanceof GatedParser ? p.ungated : p));
  return { gated, plain };
}

const reference = { instant: new Date(Date.UTC(2020, 0, 2, 12)), timezone: "UTC" };
const summary = (results: ParsedResult[]) =>
  results.map((r) => [r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString() ?? null]);

const pieces = fc.constantFrom(
  "on Sunday", "last Friday", "December 29", "Dec. 29, 2019", "29 December", "2019 December", "since 2014", "2020-01-03",
  "2020-01-03T10:00Z", "1/2/20", "3/2020", "2019.12.31", "at 5pm", "9:30 a.m.", "noon", "tonight", "yesterday", "this morning",
  "two days ago", "three weeks later", "within 24 hours", "next week", "last month", "in 2 days", "+3 days", "end of the month",
  "over the weekend", "this year", "the past two months", "May", "march", "Mon", "SAT", "JAN", "Tmr", "out", "after", "-",
  "12", "2024", "1999 AD", "the", "a", "said", ",", ".", "(", "\n", "  ",
);

describe("chrono parser gates", () => {
  it("name chrono parsers that exist", () => {
    const names = new Set(createTimeConfiguration().engine.parsers.map((p: Parser) => (p instanceof GatedParser ? p.ungated : p).constructor.name));
    for (const name of chronoGates().keys()) expect(names.has(name)).toBe(true);
  });

  it("skip a parser on text without its literal pieces", () => {
    const { gated } = engines();
    const weekday = gated.parsers.find((p: Parser) => p instanceof GatedParser && p.ungated.constructor.name === "ENWeekdayParser");
    if (!weekday) throw new Error("no gated weekday parser");
    const context = (text: string) => new ParsingContext(text, reference);
    expect(weekday.pattern(context("The talks went on for hours.")).exec("Monday")).toBeNull();
    expect(weekday.pattern(context("The talks went on until Monday.")).exec("until Monday")).not.toBeNull();
  });

  it("change no result: gated and ungated engines agree on arbitrary text", () => {
    const { gated, plain } = engines();
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 10 }), (parts) => {
        const text = parts.join(" ");
        expect(summary(gated.parse(text, reference))).toEqual(summary(plain.parse(text, reference)));
      }),
      { numRuns: 400 },
    );
  });
});
