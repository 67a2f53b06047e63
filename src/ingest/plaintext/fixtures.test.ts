import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parsePlainText } from "./index.js";
import { furnitureLines, piecesInOrder } from "../../../test/fixtures/plaintext/helpers.js";

interface ExpectedComment {
  author: string | null;
  published: string | null;
  number: number | null;
  replyTo: number | null;
  endsWith: string;
  quotedSignatures?: number;
}

interface Expected {
  title: string | null;
  outlet: string | null;
  published: string | null;
  author: string | null;
  bodyEndsWith: string;
  bodyExcludes: string[];
  diagnostics?: string[];
  comments: ExpectedComment[];
}

const dir = new URL("../../../test/fixtures/plaintext/", import.meta.url);
const names = readdirSync(fileURLToPath(dir)).filter((f) => f.endsWith(".txt")).sort();

describe.each(names)("plain-text fixture %s", (name) => {
  const input = readFileSync(new URL(name, dir), "utf8");
  const expected = JSON.parse(readFileSync(new URL(name.replace(/\.txt$/, ".expected.json"), dir), "utf8")) as Expected;
  const doc = parsePlainText(input, { source: name });

  it("reads the header fields", () => {
    expect({ title: doc.title, outlet: doc.outlet, published: doc.published, author: doc.author }).toEqual({
      title: expected.title, outlet: expected.outlet, published: expected.published, author: expected.author,
    });
  });

  it("ends the body where the article ends, without furniture", () => {
    expect(doc.text.endsWith(expected.bodyEndsWith)).toBe(true);
    for (const s of expected.bodyExcludes) expect(doc.text).not.toContain(s);
    expect(furnitureLines(doc.text)).toEqual([]);
    expect(piecesInOrder(input, doc.text)).toBe(true);
  });

  it("splits the comments", () => {
    expect(doc.comments.map((c) => ({ author: c.author, published: c.published, number: c.number, replyTo: c.replyTo }))).toEqual(
      expected.comments.map((c) => ({ author: c.author, published: c.published, number: c.number, replyTo: c.replyTo })),
    );
    doc.comments.forEach((c, i) => {
      const e = expected.comments[i]!;
      expect(c.text.endsWith(e.endsWith)).toBe(true);
      expect(input.includes(c.text)).toBe(true);
      expect(furnitureLines(c.text)).toEqual([]);
      expect(c.diagnostics.filter((d) => d.code === "comment-signature-quoted")).toHaveLength(e.quotedSignatures ?? 0);
    });
  });

  it("reports what it could not find", () => {
    const codes = doc.diagnostics.map((d) => d.code);
    for (const code of expected.diagnostics ?? []) expect(codes).toContain(code);
    if (expected.published !== null) expect(codes).not.toContain("publication-date-not-found");
  });
});
