import { describe, expect, it } from "vitest";
import { parsePlainText } from "./index.js";
import { allTexts, furnitureLines, seed } from "../../../test/fixtures/plaintext/helpers.js";

const parse = (prefix: string) => {
  const input = seed(prefix);
  return { input, doc: parsePlainText(input, { source: `${prefix}.txt` }) };
};

describe("plain-text seeds: header", () => {
  it("reads masthead, dateline, headline and the closing byline (000)", () => {
    const { doc } = parse("000");
    expect(doc.title).toBe("What Will The Trump Administration Do When Iraq Asks U.S. Troops To Leave?");
    expect(doc.outlet).toBe("Moon of Alabama Brecht quote");
    expect(doc.published).toBe("2020-01-02");
    expect(doc.author).toBe("b");
    expect(doc.kind).toBe("post");
  });

  it("takes the first line as the title when the body follows it (001) and finds no date", () => {
    const { doc } = parse("001");
    expect(doc.title).toBe("Trump Admin Unenthusiastic About Another War With Iran, Iraq After 2 US Soldiers Killed in Iraq Rocket Attack");
    expect(doc.outlet).toBeNull();
    expect(doc.published).toBeNull();
    expect(doc.diagnostics.map((d) => d.code)).toContain("publication-date-not-found");
  });

  it("reads a weekday dateline above the headline (002)", () => {
    const { doc } = parse("002");
    expect(doc.title).toBe("The Drums Of War, Con't");
    expect(doc.outlet).toBeNull();
    expect(doc.published).toBe("2020-01-02");
  });

  it("reads labelled ISO datelines and finds no title (003, 004)", () => {
    const a = parse("003").doc;
    const b = parse("004").doc;
    expect([a.published, a.title, a.outlet]).toEqual(["2020-01-03", null, null]);
    expect([b.published, b.title, b.outlet]).toEqual(["2019-12-31", null, null]);
  });
});

describe("plain-text seeds: body", () => {
  it("keeps the header lines and ends the body at the byline (000)", () => {
    const { input, doc } = parse("000");
    expect(doc.text.startsWith("Moon of Alabama Brecht quote\nJanuary 02, 2020\n\nWhat Will The Trump")).toBe(true);
    expect(doc.text.endsWith("Posted by b on January 2, 2020 at 18:45 UTC | Permalink")).toBe(true);
    expect(input.startsWith(doc.text)).toBe(true);
  });

  it("keeps the dateline with its glued furniture verbatim and marks it (003)", () => {
    const { input, doc } = parse("003");
    expect(doc.text).toContain(" date 2020-01-03 Loading...");
    const note = doc.diagnostics.find((d) => d.code === "furniture-kept-in-header");
    expect(note).toBeDefined();
    expect(doc.text.slice(note!.start, note!.end)).toBe("Loading...");
    expect(input.includes(doc.text)).toBe(true);
  });

  it("keeps a dateline glued to the first sentence (004)", () => {
    const { doc } = parse("004");
    expect(doc.text.startsWith(" date 2019-12-31 Early this morning, President Trump offered")).toBe(true);
    expect(doc.text.endsWith("I’ll update this post if there are any dramatic developments.")).toBe(true);
  });

  it("cuts the Blogger footer off (002)", () => {
    const { doc } = parse("002");
    expect(doc.text.endsWith("but hey, Trump's never miscalculated before, right?")).toBe(true);
    expect(doc.text).not.toContain("No comments:");
    expect(doc.text).not.toContain("Related Posts with Thumbnails");
  });

  it("ends 001's body before its comments", () => {
    const { doc } = parse("001");
    expect(doc.text.endsWith("This could have been anyone.")).toBe(true);
    expect(doc.text).not.toContain("Per says");
  });

  it.each(["000", "001", "002", "003", "004"])("stores verbatim slices and no furniture lines (%s)", (prefix) => {
    const { input, doc } = parse(prefix);
    for (const text of allTexts(doc)) {
      expect(text.length).toBeGreaterThan(0);
      expect(input.includes(text)).toBe(true);
      expect(furnitureLines(text)).toEqual([]);
      for (const bad of ["next page »", "The comments to this entry are closed.", "No comments:", "Related Posts with Thumbnails"]) {
        expect(text).not.toContain(bad);
      }
    }
  });

  it.each(["000", "001", "002", "003", "004"])("is deterministic (%s)", (prefix) => {
    const input = seed(prefix);
    expect(parsePlainText(input, { source: "a" })).toEqual(parsePlainText(input, { source: "a" }));
  });
});

describe("plain-text seeds: comments", () => {
  it("splits 000's Typepad thread into 99 comments numbered 1-100 without 30", () => {
    const { doc } = parse("000");
    expect(doc.comments).toHaveLength(99);
    const numbers = doc.comments.map((c) => c.number);
    expect(numbers).toEqual([...Array.from({ length: 100 }, (_, i) => i + 1)].filter((n) => n !== 30));
    expect(doc.diagnostics.find((d) => d.code === "comment-numbering-gap")?.message).toContain("30");
  });

  it("gives each 000 comment its author, UTC time and signature in its text", () => {
    const { doc } = parse("000");
    const byNumber = (n: number) => doc.comments.find((c) => c.number === n)!;
    expect(byNumber(1)).toMatchObject({ author: "Paul Damascene", published: "2020-01-02T19:01:00Z" });
    expect(byNumber(1).text.startsWith("B--\nA typically well considered analysis.")).toBe(true);
    expect(byNumber(8)).toMatchObject({ author: "Josh", published: "2020-01-02T19:31:00Z" });
    expect(byNumber(8).text).toContain("Posted by: Josh | Jan 2 2020 19:31 utc | 8");
    expect(byNumber(43)).toMatchObject({ author: "imo", published: "2020-01-03T00:02:00Z" });
    expect(byNumber(100)).toMatchObject({ author: "aaaa", published: "2020-01-03T02:48:00Z" });
    for (const c of doc.comments) expect(c.text.endsWith(`| ${c.number}`)).toBe(true);
  });

  it("keeps quoted signatures inside the quoting comment and points its reply at the quoted one", () => {
    const { doc } = parse("000");
    const c17 = doc.comments.find((c) => c.number === 17)!;
    expect(c17.text.startsWith("Posted by: Russ | Jan 2 2020 19:47 utc | 11\nthat was my thought")).toBe(true);
    expect(c17.replyTo).not.toBeNull();
    expect(doc.comments[c17.replyTo!]).toMatchObject({ number: 11, author: "Russ" });
    const quoted = doc.comments.flatMap((c) => c.diagnostics.filter((d) => d.code === "comment-signature-quoted").map((d) => c.text.slice(d.start, d.end)));
    expect(quoted).toHaveLength(5);
    expect(quoted.map((q) => q.split("| ").pop())).toEqual(["11", "9", "38", "19", "77"]);
  });

  it("splits 001's WordPress thread into 3 comments and 1 reply", () => {
    const { doc } = parse("001");
    expect(doc.comments.map((c) => [c.author, c.number, c.replyTo])).toEqual([
      ["Per", 1, null],
      ["Jozo Magoc", 1, 0],
      ["Mary E", 2, null],
      ["Jesus", 3, null],
    ]);
    expect(doc.comments[0]!.text.startsWith("Per says\n    “Warplanes have struck")).toBe(true);
    expect(doc.comments[0]!.text).not.toContain("Jozo");
    expect(doc.comments[3]!.text.endsWith("that a direct conflict would entail.")).toBe(true);
  });

  it.each(["002", "003", "004"])("finds no comments in %s", (prefix) => {
    expect(parse(prefix).doc.comments).toEqual([]);
  });
});
