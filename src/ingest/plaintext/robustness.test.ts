import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_LINES, parsePlainText } from "./index.js";
import { piecesInOrder } from "../../../test/fixtures/plaintext/helpers.js";

const parse = (text: string) => parsePlainText(text, { source: "t.txt" });

/**
 * Every stored text is one slice of the input, or pieces of it in order when the parser
 * says it dropped furniture lines; every span lies inside its text.
 */
function expectWellFormed(input: string, doc: ReturnType<typeof parse>): void {
  const verbatim = (text: string, diagnostics: { code: string }[]) =>
    diagnostics.some((d) => d.code === "furniture-removed") ? piecesInOrder(input, text) : input.includes(text);
  expect(verbatim(doc.text, doc.diagnostics)).toBe(true);
  for (const c of doc.comments) {
    expect(verbatim(c.text, c.diagnostics)).toBe(true);
    if (c.replyTo !== null) expect(c.replyTo).toBeLessThan(doc.comments.indexOf(c));
    for (const d of c.diagnostics) if (d.start !== undefined) expect(d.end!).toBeLessThanOrEqual(c.text.length);
  }
  for (const d of doc.diagnostics) if (d.start !== undefined) expect(d.end!).toBeLessThanOrEqual(doc.text.length);
}

describe("plain-text parser on hostile input", () => {
  it("never throws and is deterministic on random strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (s) => {
        const a = parse(s);
        expect(parse(s)).toEqual(a);
        expectWellFormed(s, a);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on random pages made of layout-like lines", () => {
    const line = fc.oneof(
      fc.constantFrom(
        "", "Comments", "next page »", "Reply", "Loading...", "No comments:", " date 2020-01-03 Loading...",
        "Posted by: A | Jan 2 2020 19:01 utc | 1", "Posted by: B | Jan 2 2020 19:02 utc | 2",
        "Posted by b on January 2, 2020 at 18:45 UTC | Permalink", "  1. Per says", "    1. Jo says",
        "Jane says:", "March 4, 2021 at 9:12 am", "Rose said...", "Thursday, January 2, 2020", "A Headline Here",
        "Some prose sentence that ends with a full stop.",
      ),
      fc.string({ maxLength: 40 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), fc.constantFrom("\n", "\r\n", "\r"), (lines, br) => {
        const s = lines.join(br);
        const a = parse(s);
        expect(parse(s)).toEqual(a);
        expectWellFormed(s, a);
      }),
      { numRuns: 300 },
    );
  });

  it("handles empty, blank and lone-surrogate input", () => {
    for (const s of ["", "   ", "\n\n\n", "\uD800", "a\uDC00b\n\uD800 says", "\u0000\u0001\uFFFE", "\uFEFFTitle Line Here\n\nBody text of the page."]) {
      const doc = parse(s);
      expect(typeof doc.text).toBe("string");
      expect(doc.comments).toEqual([]);
    }
    expect(parse("").diagnostics.map((d) => d.code)).toContain("empty-text");
  });

  it("stays fast on a 1 MB single line and on pathological patterns", () => {
    const inputs = [
      "word ".repeat(200_000),
      "(".repeat(500_000),
      "1".repeat(1_000_000),
      `second${" ".repeat(4000)}fourth${" ".repeat(4000)}jum`,
      `Posted by: ${"a ".repeat(100)}| ${"Jan 2 ".repeat(20)}`,
      `${"x ".repeat(60)} says`,
    ];
    for (const s of inputs) {
      const t0 = performance.now();
      const doc = parse(s);
      expect(performance.now() - t0).toBeLessThan(2000);
      expect(doc.comments).toEqual([]);
    }
  });

  it("keeps the whole text, unanalysed, beyond the line cap", () => {
    const s = "x\n".repeat(MAX_LINES + 1);
    const doc = parse(s);
    expect(doc.text).toBe(s);
    expect(doc.diagnostics.map((d) => d.code)).toEqual(["plaintext-too-many-lines"]);
  });

  it("reads CRLF and CR pages like LF pages", () => {
    const lf = "Thursday, January 2, 2020\n\nA Headline Here\n\nThe body says something important.\n\nComments\n\nFirst!\n\nPosted by: A | Jan 2 2020 19:01 utc | 1\n";
    for (const br of ["\r\n", "\r"]) {
      const doc = parse(lf.replace(/\n/g, br));
      expect([doc.title, doc.published, doc.comments.length]).toEqual(["A Headline Here", "2020-01-02", 1]);
      expect(doc.comments[0]!.text).toBe(`First!${br}${br}Posted by: A | Jan 2 2020 19:01 utc | 1`);
    }
  });
});
