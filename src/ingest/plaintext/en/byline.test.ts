import { describe, expect, it } from "vitest";
import { isoDateTime } from "../date-parts.js";
import { parseByline } from "./byline.js";
import { parseDateLine } from "./date-line.js";
import { parseSignature } from "./signature.js";

describe("parseByline", () => {
  it.each([
    ["Posted by b on January 2, 2020 at 18:45 UTC | Permalink", "b", "2020-01-02T18:45:00Z"],
    ["By Jane Doe, March 4, 2021", "Jane Doe", "2021-03-04"],
    ["Posted on July 1, 2022 by Ana Lima", "Ana Lima", "2022-07-01"],
    ["By Amina Wanjiru", "Amina Wanjiru", null],
  ])("reads %j", (line, author, date) => {
    const b = parseByline(line);
    expect(b?.author).toBe(author);
    expect(b?.date ? isoDateTime(b.date) : null).toBe(date);
  });

  it.each([
    "Posted by the ministry on Monday",
    "Posted by the ministry on January 5, 2021",
    "Posted by the ministry on Monday, a statement said both sides had agreed.",
    "By then the protesters had left on January 1, 2020 at noon.",
    "By the end of the week",
    "Posted by: Josh | Jan 2 2020 19:31 utc | 8",
  ])("refuses %j", (line) => {
    expect(parseByline(line)).toBeNull();
  });
});

describe("parseDateLine", () => {
  it("reads labelled ISO dates with what follows them", () => {
    expect(parseDateLine("date 2020-01-03 Loading...")).toMatchObject({ rest: "furniture" });
    expect(parseDateLine("date 2019-12-31 Early this morning, President Trump offered")).toMatchObject({ rest: "text" });
    expect(parseDateLine("Updated: January 4, 2020")).toMatchObject({ isUpdate: true });
  });

  it("refuses sentences that contain or begin with a date", () => {
    expect(parseDateLine("2020-01-03 was the day the strike happened")).toBeNull();
    expect(parseDateLine("On January 5, 2021 the ceasefire collapsed.")).toBeNull();
    expect(parseDateLine("January 5, 2021 was a Tuesday.")).toBeNull();
  });
});

describe("parseSignature", () => {
  it("reads a numbered Typepad signature", () => {
    const s = parseSignature("Posted by: Per/Norway | Jan 2 2020 20:43 utc | 17");
    expect(s).toMatchObject({ author: "Per/Norway", number: 17 });
    expect(isoDateTime(s!.date!)).toBe("2020-01-02T20:43:00Z");
  });

  it("refuses prose and half-signatures", () => {
    expect(parseSignature("Posted by: someone who had a lot to say about it")).toBeNull();
    expect(parseSignature("Posted by the ministry on Monday")).toBeNull();
    expect(parseSignature("Posted by: X | not a date")).toBeNull();
  });
});
