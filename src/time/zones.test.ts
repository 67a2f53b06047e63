import { describe, expect, it } from "vitest";
import { extractTimes } from "./index.js";
import { formatOffset, instantOfWallClock, offsetAt } from "./common/zone-offset.js";

/** chrono-style: a fixed publication stamp, the expression's text and its value. */
function times(text: string, published: string | null) {
  const result = extractTimes({ text, sentences: [], published, kind: "comment" });
  for (const t of result.timeExpressions) expect(text.slice(t.start, t.end)).toBe(t.text);
  return result;
}

function find(text: string, published: string, span: string) {
  const found = times(text, published).timeExpressions;
  const hit = found.find((t) => t.text.includes(span));
  expect(hit, JSON.stringify(found)).toBeDefined();
  return hit!;
}

describe("zone offsets", () => {
  it("follows daylight saving time for an IANA zone and not for a fixed one", () => {
    expect(offsetAt({ iana: "America/Los_Angeles" }, Date.UTC(2020, 0, 3))).toBe(-480);
    expect(offsetAt({ iana: "America/Los_Angeles" }, Date.UTC(2020, 6, 3))).toBe(-420);
    expect(offsetAt({ iana: "Asia/Baghdad" }, Date.UTC(2020, 0, 3))).toBe(180);
    expect(offsetAt({ fixed: 60 }, Date.UTC(2020, 6, 3))).toBe(60);
  });

  it("turns a wall clock into an instant and formats offsets", () => {
    expect(new Date(instantOfWallClock({ iana: "America/New_York" }, Date.UTC(2020, 0, 2, 9))).toISOString()).toBe("2020-01-02T14:00:00.000Z");
    expect(formatOffset(-480)).toBe("-08:00");
    expect(formatOffset(330)).toBe("+05:30");
    expect(formatOffset(0)).toBe("Z");
  });
});

describe("weekday on the anchor's own day", () => {
  it("keeps a weekday that is the anchor's own day", () => {
    const t = find("the Security Media Cell said in a statement on early Friday.", "2020-01-03T01:00:00Z", "Friday");
    expect(t.value).toBe("2020-01-03");
  });

  it("moves a weekday back only when its date is after the anchor's date", () => {
    expect(find("Rockets struck the base on Saturday.", "2020-01-03T01:00:00Z", "Saturday").value).toBe("2019-12-28");
    expect(find("Rockets struck the base on Thursday.", "2020-01-03T23:59:00Z", "Thursday").value).toBe("2020-01-02");
  });

  it("reads text after a wire dateline in the dateline city's day", () => {
    const text = 'Below is the posting:\n\n"\nBAGHDAD (Reuters) - Three rockets fell, the military said in a statement on early Friday.';
    const result = times(text, "2020-01-02T23:42:00Z");
    const friday = result.timeExpressions.find((t) => t.text.includes("Friday"));
    expect(friday?.value).toBe("2020-01-03"); // 02:42 on Friday in Baghdad
    expect(friday?.anchor).toBe("2020-01-03");
    expect(result.diagnostics.some((d) => d.code === "local-zone" && d.message.includes("BAGHDAD"))).toBe(true);
  });

  it("does not shift without a time of day or without a known dateline city", () => {
    const dated = 'BAGHDAD (Reuters) - Rockets fell, the military said on Friday.';
    expect(find(dated, "2020-01-02", "Friday").value).toBe("2019-12-27");
    const unknown = 'NOWHERESVILLE (Reuters) - Rockets fell, the military said on Friday.';
    expect(find(unknown, "2020-01-02T23:42:00Z", "Friday").value).toBe("2019-12-27");
    expect(find("Rockets fell, the military said on Friday.", "2020-01-02T23:42:00Z", "Friday").value).toBe("2019-12-27");
  });
});

describe("clock times in named zones", () => {
  const cases: [published: string, text: string, span: string, value: string][] = [
    ["2020-01-03T01:00:00Z", "All this is being tweeted now, prior to 5pm Pacific.", "5pm Pacific", "2020-01-02T17:00-08:00"],
    ["2020-07-03T01:00:00Z", "All this is being tweeted now, prior to 5pm Pacific.", "5pm Pacific", "2020-07-02T17:00-07:00"],
    ["2020-01-02T12:00:00Z", "The briefing starts at 9am Eastern.", "9am Eastern", "2020-01-02T09:00-05:00"],
    ["2020-01-03T00:30:00Z", "The vote closed at 3pm ET.", "3pm ET", "2020-01-02T15:00-05:00"],
    ["2020-01-02T12:00:00Z", "The deadline is noon GMT.", "noon GMT", "2020-01-02T12:00Z"],
    ["2020-01-02T12:00:00Z", "The curfew begins at 14:00 Baghdad time.", "14:00 Baghdad time", "2020-01-02T14:00+03:00"],
    ["2020-01-02T12:00:00Z", "Markets open at 3pm CET.", "3pm CET", "2020-01-02T15:00+01:00"],
    ["2020-01-02T12:00:00Z", "He spoke at 11pm (ET) on state TV.", "11pm (ET)", "2020-01-01T23:00-05:00"],
    ["2020-01-03T00:58:00Z", "They meet on January 5 at 9am Eastern.", "9am Eastern", "2020-01-05T09:00-05:00"],
    ["2020-01-03", "The talks end at 11pm Eastern.", "11pm Eastern", "2020-01-03T23:00-05:00"],
  ];
  it.each(cases)("%s: %s", (published, text, span, value) => {
    const t = find(text, published, span);
    expect(t.text.endsWith(span)).toBe(true);
    expect(t.value).toBe(value);
    expect(t.precision).toBe("time");
  });

  it("does not take words that are not zone names", () => {
    expect(find("The crowd left at 5pm et al. said", "2020-01-02T12:00:00Z", "5pm").value).toBe("2020-01-02T17:00");
    expect(times("The Pacific Fleet and Eastern Europe were calm.", "2020-01-02T12:00:00Z").timeExpressions).toEqual([]);
  });
});

describe("the writer's zone", () => {
  it("reads 'today' in the one regional zone a comment names", () => {
    const text = "Esper announced the campaign earlier today.\n\nAll this is being tweeted now, prior to 5pm Pacific.\n\nPosted by: k | Jan 3 2020 0:58 utc | 54";
    const result = times(text, "2020-01-03T00:58:00Z");
    expect(result.timeExpressions.find((t) => t.text === "today")?.value).toBe("2020-01-02");
    expect(result.diagnostics.filter((d) => d.code === "local-zone")).toHaveLength(1);
  });

  it("ignores UTC stamps and zones that disagree", () => {
    // With no zone of the writer's own, "today" at 00:58 UTC is either of two days.
    const utc = "Esper announced it earlier today.\n\nPosted by: k | Jan 3 2020 0:58 utc | 54";
    expect(times(utc, "2020-01-03T00:58:00Z").timeExpressions.find((t) => t.text === "today")?.value).toBe("2020-01-02/2020-01-03");
    const two = "Esper announced it earlier today, before 5pm Pacific and 8pm Eastern.";
    expect(times(two, "2020-01-03T00:58:00Z").timeExpressions.find((t) => t.text === "today")?.value).toBe("2020-01-02/2020-01-03");
  });
});

describe("'now' is no zone abbreviation", () => {
  it("keeps 'now' whole as the moment of writing", () => {
    const t = find("The siege is over, for now.", "2020-01-02T12:00:00Z", "now");
    expect(t.text).toBe("now");
    expect(t.end - t.start).toBe(3);
  });
});
