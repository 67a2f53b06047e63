import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Sentence } from "../model/analysis.js";
import { extractTimes } from "./index.js";

/** chrono-style cases: a fixed reference date, the expression's text, value and precision. */
function times(text: string, published: string | null, sentences: Sentence[] = []) {
  return extractTimes({ text, sentences, published, kind: "article" });
}

function only(text: string, published: string) {
  const found = times(text, published).timeExpressions;
  expect(found, JSON.stringify(found)).toHaveLength(1);
  return found[0]!;
}

const cases: [published: string, text: string, span: string, value: string, precision: string][] = [
  // weekdays in past-tense reporting
  ["2019-12-31", "The military on Sunday struck five targets.", "Sunday", "2019-12-29", "day"],
  ["2019-12-31", "a reprisal for a rocket attack on Friday that killed a contractor", "Friday", "2019-12-27", "day"],
  ["2020-01-02", "25 militia members died in U.S. airstrikes on Sunday.", "Sunday", "2019-12-29", "day"],
  ["2020-01-03", "The Pentagon confirmed Thursday night that it had killed him.", "Thursday night", "2020-01-02", "day"],
  ["2020-01-03", "Murders were reported Thursday evening.", "Thursday evening", "2020-01-02", "day"],
  ["2020-01-02", "The administration blamed Tuesday’s siege of the embassy.", "Tuesday", "2019-12-31", "day"],
  ["2020-01-03", "Esper said before Thursday's strike that he planned more.", "Thursday", "2020-01-02", "day"],
  ["2019-12-31", "The one last Friday killed an American.", "last Friday", "2019-12-27", "day"],
  ["2019-12-31", "They broke into the compound on Tuesday after smashing a door.", "Tuesday", "2019-12-31", "day"],
  ["2020-01-03", "we will fight them all over Iraq,\" he said on Wednesday.", "Wednesday", "2020-01-01", "day"],
  ["2020-01-02", "The minister will meet them next Monday.", "next Monday", "2020-01-06", "day"],
  ["2020-01-02", "The talks will resume on Monday.", "Monday", "2020-01-06", "day"],
  // the future of reported speech, and its past
  ["2023-08-07", "Tinubu said the bloc would meet in Abuja on Thursday.", "Thursday", "2023-08-10", "day"],
  ["2023-08-07", "He said the bloc would have met on Thursday.", "Thursday", "2023-08-03", "day"],
  // deictic days
  ["2020-01-02", "They left yesterday after the talks.", "yesterday", "2020-01-01", "day"],
  ["2020-01-02", "Even today, with no demonstrators nearby, the embassy was shut.", "today", "2020-01-02", "day"],
  ["2020-01-02", "against the leadership earlier today.", "today", "2020-01-02", "day"],
  ["2020-01-02", "What will occur tomorrow is worse.", "tomorrow", "2020-01-03", "day"],
  ["2019-12-31", "Early this morning, the president offered a summary.", "this morning", "2019-12-31", "day"],
  ["2020-03-12", "Yesterday’s attack consisted of indirect fire.", "Yesterday", "2020-03-11", "day"],
  // months and periods
  ["2020-01-02", "They turned up the heat on Tehran this month.", "this month", "2020-01", "month"],
  ["2019-12-31", "As I pointed out last month, the protests grew.", "last month", "2019-11", "month"],
  ["2020-01-09", "Protests at the embassy last week ended.", "last week", "2019-12-30/2020-01-08", "interval"],
  ["2020-01-03", "and, in April, designated the force a terrorist group", "in April", "2019-04", "month"],
  ["2020-03-12", "In December a contractor was killed.", "In December", "2019-12", "month"],
  ["2019-12-31", "Since Oct our troops faced 11 rocket attacks.", "Since Oct", "2019-10/2019-12-31", "interval"],
  // days without a year
  ["2020-03-12", "the war of December 29 to January 8 was arbitrary", "December 29 to January 8", "2019-12-29/2020-01-08", "interval"],
  ["2020-01-02", "On December 12 the center asked several experts.", "On December 12", "2019-12-12", "day"],
  ["2020-01-02", "When on December 29 several missiles hit a base", "December 29", "2019-12-29", "day"],
  ["2020-01-03", "military men were killed on 31 December in Baghdad", "on 31 December", "2019-12-31", "day"],
  ["2020-05-10", "The ceasefire began on December 29.", "December 29", "2019-12-29", "day"],
  // seasons, years, durations
  ["2020-01-02", "During last summer there were several large explosions.", "last summer", "2019-06-01/2019-08-31", "season"],
  // a rounded count of years back: half a year either side, as the calendar years it reaches
  ["2020-01-02", "When five years ago the group overran the region", "five years ago", "2014/2015", "interval"],
  ["2020-07-15", "Five years ago the group overran the region.", "Five years ago", "2015", "year"],
  ["2020-12-20", "The deal was signed two years ago.", "two years ago", "2018/2019", "interval"],
  ["2020-01-02", "The deal was signed a year ago.", "a year ago", "2019", "year"],
  ["2020-01-03", "Soleimani in 2008 texted the general.", "in 2008", "2008", "year"],
  ["2020-01-03", "troops invited by the government since 2014 to assist", "since 2014", "2014/2020-01-03", "interval"],
  ["2020-01-03", "who has fought in Iranian wars since the 1980s.", "since the 1980s", "1980/2020-01-03", "interval"],
  ["2020-01-02", "they have been preparing since 1979", "since 1979", "1979/2020-01-02", "interval"],
  ["2020-01-03", "The two have been adversaries for 15 years.", "for 15 years", "2005-01-03/2020-01-03", "interval"],
  ["2019-12-31", "11 attacks over the last two months on bases", "over the last two months", "2019-10-31/2019-12-31", "interval"],
  ["2019-12-31", "They have launched attacks in the past two months.", "the past two months", "2019-10-31/2019-12-31", "interval"],
  ["2019-12-31", "carrying out these attacks for months.", "for months", "2019-09-30/2019-12-31", "interval"],
  ["2020-01-03", "the center of major protests in recent months", "in recent months", "2019-10-03/2020-01-03", "interval"],
  ["2020-01-02", "attacked these groups throughout the last year", "throughout the last year", "2019-01-02/2020-01-02", "interval"],
  ["2020-01-02", "During the last few days the public mood changed.", "During the last few days", "2019-12-30/2020-01-02", "interval"],
  ["2019-12-31", "the group the US attacked over the weekend is a tool", "over the weekend", "2019-12-28/2019-12-29", "interval"],
  ["2019-12-31", "a nuanced perspective on the events of the past week:", "the past week", "2019-12-24/2019-12-31", "interval"],
  ["2020-01-03", "we will surround their bases in the coming days.", "in the coming days", "2020-01-03/2020-01-06", "interval"],
  ["2020-01-02", "to get more dollars out of Uncle Sam at Christmas", "at Christmas", "2019-12-25", "day"],
  // stated dates and timestamps
  ["2020-01-02", "Posted by: Josh | Jan 3 2020 2:45 utc | 8", "Jan 3 2020 2:45 utc", "2020-01-03T02:45Z", "time"],
  ["2020-01-02", "Posted by b on January 2, 2020 at 18:45 UTC | Permalink", "January 2, 2020 at 18:45 UTC", "2020-01-02T18:45Z", "time"],
  ["2020-01-02", "the Iraq events ca. 1/2/20 that I found", "1/2/20", "2020-01-02", "day"],
  ["2020-01-02", "elections to be held in February 2020", "February 2020", "2020-02", "month"],
  ["2020-01-02", "(due for deployment January 2020)", "January 2020", "2020-01", "month"],
  ["2020-01-02", "Qassem Suleimani (b. 11 March 1957) is the head", "11 March 1957", "1957-03-11", "day"],
];

describe("extractTimes: resolution against the publication date", () => {
  it.each(cases)("%s: %s", (published, text, span, value, precision) => {
    const found = times(text, published).timeExpressions;
    const hit = found.find((t) => t.text.includes(span) || span.includes(t.text));
    expect(hit, JSON.stringify(found)).toBeDefined();
    expect(hit!.value).toBe(value);
    expect(hit!.precision).toBe(precision);
    expect(hit!.anchor).toBe(published);
    expect(text.slice(hit!.start, hit!.end)).toBe(hit!.text);
  });

  it("marks stated dates certain and inferred ones not", () => {
    expect(only("It happened on 11 March 1957.", "2020-01-02").certain).toBe(true);
    expect(only("It happened on Sunday.", "2020-01-02").certain).toBe(false);
  });

  it("resolves anaphoric phrases against the expression before them", () => {
    const found = times("The strikes came on 29 December 2019. The same day, protesters gathered. Two days later they left.", "2020-03-12").timeExpressions;
    expect(found.map((t) => t.value)).toEqual(["2019-12-29", "2019-12-29", "2019-12-31"]);
  });

  it("counts 'the next day', 'a day later' and 'hours later' from the day narrated, not from the publication", () => {
    const found = times("The strikes came on 10 May. The next day they left. A day later they came back. Hours later Pakistan fired. Shortly afterwards talks began. In the next days they will meet.", "2025-05-20").timeExpressions;
    expect(found.map((t) => [t.text, t.value])).toEqual([
      ["on 10 May", "2025-05-10"],
      ["The next day", "2025-05-11"],
      ["A day later", "2025-05-12"],
      ["Hours later", "2025-05-12"],
      ["Shortly afterwards", "2025-05-12"],
      ["In the next days", "2025-05-20/2025-05-23"],
    ]);
  });

  it("moves a month by a day shift into a stretch, never a made-up day", () => {
    const found = times("In December a contractor was killed. Two days later the strikes came. A week later Iran answered.", "2020-03-12").timeExpressions;
    expect(found.map((t) => [t.value, t.precision])).toEqual([
      ["2019-12", "month"],
      ["2019-12-03/2020-01-02", "interval"],
      ["2019-12-10/2020-01-09", "interval"],
    ]);
  });

  it("counts from the day told before, past a span of hours", () => {
    const text = "The attack on Friday killed 62. The shells fell for three hours. A day later, drones hit a depot.";
    expect(times(text, "2024-09-08").timeExpressions.map((t) => [t.text, t.value])).toEqual([
      ["on Friday", "2024-09-06"],
      ["A day later", "2024-09-07"],
    ]);
  });

  it("reads 'within a day' as a bound on how soon, not as a day after the writing", () => {
    const text = "A truck blew up on Saturday. Moscow blamed Kyiv within a day. It happened within the past week.";
    expect(times(text, "2022-10-12").timeExpressions.map((t) => [t.text, t.value])).toEqual([
      ["on Saturday", "2022-10-08"],
      ["within the past week", "2022-10-05/2022-10-12"],
    ]);
  });

  it("leaves a sentence's full stop out of a month named before it, but keeps an abbreviation's dot", () => {
    expect(times("The shootings happened in March. Attacks went on since Oct. and later.", "2019-04-26").timeExpressions.map((t) => t.text)).toEqual(["in March", "since Oct."]);
  });

  it("reads a day named by its ordinal alone as the latest such day, and not an ordinal before a noun", () => {
    const text = "He was shot on the 25th. The 101st Airborne moved on the 3rd. She lives on the 5th floor. We met on the 31st.";
    expect(times(text, "2024-07-02").timeExpressions.map((t) => [t.text, t.value])).toEqual([
      ["the 25th", "2024-06-25"],
      ["the 3rd", "2024-06-03"],
      ["the 31st", "2024-05-31"],
    ]);
  });

  it("drops an anaphoric phrase with nothing to refer to", () => {
    expect(times("Two days later the militia withdrew.", "2020-03-12").timeExpressions).toEqual([]);
  });
});

describe("extractTimes: last week", () => {
  it("on a Monday is the previous calendar week", () => {
    expect(only("The talks collapsed last week.", "2021-03-08").value).toBe("2021-03-01/2021-03-07");
  });

  it("later in the week also covers the past seven days, up to the day before", () => {
    const t = only("Following the riots last week, the army deployed.", "2021-03-12");
    expect([t.value, t.precision, t.certain]).toEqual(["2021-03-01/2021-03-11", "interval", false]);
  });

  it("says which reading it took", () => {
    const result = times("Following the riots last week, the army deployed.", "2021-03-12");
    const d = result.diagnostics.filter((x) => x.code === "date-ambiguous");
    expect(d).toHaveLength(1);
    expect(d[0]!.message).toContain("2021-03-01 to 2021-03-11");
  });

  it("leaves next week a calendar week", () => {
    expect(only("The talks resume next week.", "2021-03-12").value).toBe("2021-03-15/2021-03-21");
  });
});

describe("extractTimes: things that are not dates", () => {
  const lines = readFileSync(new URL("./fixtures/en-not-dates.txt", import.meta.url), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "" && !l.startsWith("#"));

  it.each(lines)("%s", (line) => {
    expect(times(line, "2019-12-31").timeExpressions).toEqual([]);
  });
});

describe("extractTimes: unknown publication date", () => {
  it("keeps stated dates, drops relative ones and says so once", () => {
    const result = times("On Sunday and yesterday and on 11 March 1957 and last week.", null);
    expect(result.timeExpressions.map((t) => t.value)).toEqual(["1957-03-11"]);
    expect(result.diagnostics.filter((d) => d.code === "no-anchor")).toHaveLength(1);
    expect(result.diagnostics[0]!.message).toBe("publication date unknown: relative dates unresolved");
  });

  it("reports a weekday with no tense around it as ambiguous", () => {
    const result = times("Rockets and Friday.", "2020-01-02");
    expect(result.diagnostics.some((d) => d.code === "date-ambiguous")).toBe(true);
    expect(times("Rockets struck on Friday.", "2020-01-02").diagnostics).toEqual([]);
  });

  it("uses the comment's own time stamp as anchor", () => {
    const t = only("I will know more tomorrow.", "2020-01-03T12:45:00Z");
    expect(t.value).toBe("2020-01-04");
    expect(t.anchor).toBe("2020-01-03");
  });
});

describe("extractTimes: offsets", () => {
  it("places spans in the document when given sentences", () => {
    const text = "Intro line.\n\nThe strike came on Sunday. It was over by Tuesday.";
    const sentences: Sentence[] = [
      { start: 0, end: 11, text: "Intro line.", quote: null },
      { start: 13, end: 40, text: text.slice(13, 40), quote: null },
      { start: 41, end: text.length, text: text.slice(41), quote: null },
    ];
    const found = times(text, "2019-12-31", sentences).timeExpressions;
    expect(found.length).toBe(2);
    for (const t of found) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
