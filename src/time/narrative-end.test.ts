import { describe, expect, it } from "vitest";
import { extractTimes } from "./index.js";
import { isPastPerfectBefore } from "./en/past-perfect.js";

function value(text: string, published: string, span: string): string | undefined {
  const found = extractTimes({ text, sentences: [], published, kind: "article" }).timeExpressions;
  for (const t of found) expect(text.slice(t.start, t.end)).toBe(t.text);
  return found.find((t) => t.text.includes(span))?.value;
}

describe("past-perfect durations end at the narrated day", () => {
  const story =
    "The siege at the embassy appeared to have ended Wednesday, after the militia ordered a withdrawal.\n\n" +
    "Supporters had tried to storm the embassy on Tuesday over deaths in airstrikes on Sunday.\n\n" +
    "Reinforcements were sent to the region.\n\n";

  it("ends a past-perfect duration at the latest day narrated before it", () => {
    const text = `${story}The departure was welcomed by staff who had been holed up in safe rooms for more than 24 hours.`;
    expect(value(text, "2020-01-02", "24 hours")).toBe("2019-12-31/2020-01-01");
  });

  it("does the same for the past progressive", () => {
    expect(value(`${story}Staff were hiding for two days.`, "2020-01-02", "two days")).toBe("2019-12-30/2020-01-01");
  });

  it("keeps a present-perfect duration ending at the publication date", () => {
    expect(value(`${story}Iraq has been wracked by protests for months.`, "2020-01-02", "for months")).toBe("2019-10-02/2020-01-02");
  });

  it("keeps the publication date when no day was narrated before", () => {
    expect(value("Protests had raged for two days.", "2020-01-02", "two days")).toBe("2019-12-31/2020-01-02");
  });

  it("tells the past perfect from other clauses", () => {
    const at = (text: string): boolean => isPastPerfectBefore(text, text.indexOf("for"));
    expect(at("staff who had been holed up in safe rooms for a day")).toBe(true);
    expect(at("they'd been waiting for hours")).toBe(true);
    expect(at("protesters were camping outside for days")).toBe(true);
    expect(at("the campaign has lasted for years")).toBe(false);
    expect(at("It had rained. They have waited for hours")).toBe(false);
    expect(at("they were angry for days")).toBe(false);
  });
});
