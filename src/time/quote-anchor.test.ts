import { describe, expect, it } from "vitest";
import { segment } from "../text/index.js";
import { extractTimes } from "./index.js";

/** Relative words in an embedded tweet count from the tweet's own date, not the article's. */
function timesOf(text: string, published: string | null) {
  const { sentences } = segment({ text });
  return extractTimes({ text, sentences, published, kind: "article" }).timeExpressions;
}

const TEXT = [
  "The embassy reopened yesterday, officials said.",
  "",
  "Crowds stormed the gate yesterday and burned a car. pic.twitter.com/abc123 — Jane Roe (@janeroe) March 3, 2021",
  "",
  "The talks resume tomorrow.",
].join("\n");

describe("extractTimes: quotes with their own date", () => {
  it("anchors a dated tweet's relative words to the tweet's date", () => {
    const found = timesOf(TEXT, "2021-03-10");
    const yesterdays = found.filter((t) => t.text === "yesterday");
    expect(yesterdays.map((t) => [t.value, t.anchor])).toEqual([
      ["2021-03-09", "2021-03-10"],
      ["2021-03-02", "2021-03-03"],
    ]);
    expect(found.find((t) => t.text === "tomorrow")?.value).toBe("2021-03-11");
    for (const t of found) expect(TEXT.slice(t.start, t.end)).toBe(t.text);
  });

  it("resolves a dated tweet's relative words even when the article's date is unknown", () => {
    const found = timesOf(TEXT, null);
    expect(found.filter((t) => t.text === "yesterday").map((t) => t.value)).toEqual(["2021-03-02"]);
    expect(found.some((t) => t.text === "tomorrow")).toBe(false);
  });
});
