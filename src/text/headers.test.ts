import { describe, expect, it } from "vitest";
import { segment } from "./index.js";

function sentences(text: string): string[] {
  const result = segment({ text });
  for (const s of result.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  return result.sentences.map((s) => s.text);
}

describe("segment: glued headers", () => {
  it("splits a metadata date off the first sentence", () => {
    expect(sentences(" date 2019-12-31 Early this morning, the president offered a summary.")).toEqual([
      "date 2019-12-31",
      "Early this morning, the president offered a summary.",
    ]);
  });

  it("splits a written dateline and leaves its dash out", () => {
    expect(sentences("January 2, 2020 — The siege ended on Wednesday. Staff left.")).toEqual([
      "January 2, 2020",
      "The siege ended on Wednesday.",
      "Staff left.",
    ]);
    expect(sentences("2 January 2020 - The siege ended.")).toEqual(["2 January 2020", "The siege ended."]);
  });

  it("splits a wire dateline off a paragraph's first sentence: where the report was filed is no part of what it tells", () => {
    expect(sentences("Title\n\nBAGHDAD, Jan 3 (Reuters) - A strike killed him.")).toEqual(["Title", "BAGHDAD, Jan 3 (Reuters)", "A strike killed him."]);
    expect(sentences("KYIV, Ukraine (AP) — Russia fired missiles.")).toEqual(["KYIV, Ukraine (AP)", "Russia fired missiles."]);
    expect(sentences("BAKU/YEREVAN, Sept 19 - Azerbaijan began an offensive.")).toEqual(["BAKU/YEREVAN, Sept 19", "Azerbaijan began an offensive."]);
    // not inside a paragraph, and not a capitalised word in running text
    expect(sentences("He said so. NATO - the alliance - agreed.")).toEqual(["He said so.", "NATO - the alliance - agreed."]);
    expect(sentences("The strike - NATO said - was legal.")).toEqual(["The strike - NATO said - was legal."]);
  });

  it("leaves site furniture after a header out of every sentence", () => {
    expect(sentences(" date 2020-01-03 Loading...\n\nIn a drastic escalation, a strike killed him.")).toEqual([
      "date 2020-01-03",
      "In a drastic escalation, a strike killed him.",
    ]);
    expect(sentences("date 2020-01-03 Loading... Advertisement The strike killed him.")).toEqual([
      "date 2020-01-03",
      "The strike killed him.",
    ]);
  });

  it("does not split dates that are part of a sentence or furniture words in running text", () => {
    expect(sentences("January 2, 2020 was a turning point.")).toEqual(["January 2, 2020 was a turning point."]);
    expect(sentences("The date 2020-01-03 was chosen.")).toEqual(["The date 2020-01-03 was chosen."]);
    expect(sentences("Loading the trucks took hours.")).toEqual(["Loading the trucks took hours."]);
    expect(sentences("date night was fun.")).toEqual(["date night was fun."]);
  });
});
