import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SegmentResult } from "./index.js";
import { segment } from "./index.js";

const texts = (r: SegmentResult): string[] => r.sentences.map((s) => s.text);

function checkInvariants(text: string, r: SegmentResult): void {
  let last = -1;
  for (const s of r.sentences) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.text).toBe(s.text.trim());
    expect(s.start).toBeGreaterThanOrEqual(last);
    last = s.end;
    if (s.quote) {
      expect(s.quote.start).toBeLessThanOrEqual(s.start);
      expect(s.quote.end).toBeGreaterThanOrEqual(s.end);
    }
  }
  for (const q of r.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
}

describe("segment: sentences", () => {
  it("does not split after title abbreviations", () => {
    const text = "The siege ended, said Maj. Charlie Dietz, a spokesman. Dr. Smith agreed with Sen. Jones.";
    expect(texts(segment({ text }))).toEqual(["The siege ended, said Maj. Charlie Dietz, a spokesman.", "Dr. Smith agreed with Sen. Jones."]);
  });

  it("keeps U.S. and U.K. inside a sentence but ends one before a new sentence", () => {
    const text = "Protesters stormed the U.S. Embassy in Baghdad. The U.K. Foreign Office said it was watching. Troops left the U.S. They went home.";
    expect(texts(segment({ text }))).toEqual([
      "Protesters stormed the U.S. Embassy in Baghdad.",
      "The U.K. Foreign Office said it was watching.",
      "Troops left the U.S.",
      "They went home.",
    ]);
  });

  it("ends sentences at blank lines and at header lines", () => {
    const text = "Moon of Alabama Brecht quote\nJanuary 02, 2020\n\nWhat Will The Trump Administration Do\n\nThe reports miss the cause. It is old";
    expect(texts(segment({ text }))).toEqual([
      "Moon of Alabama Brecht quote",
      "January 02, 2020",
      "What Will The Trump Administration Do",
      "The reports miss the cause.",
      "It is old",
    ]);
  });

  it("joins wrapped lines and a lower-case attribution after a closing quote", () => {
    const text = "The militia supporters who had spent the night camped outside the embassy\ndismantled their tents. “We are leaving.” he said.";
    expect(texts(segment({ text }))).toEqual([
      "The militia supporters who had spent the night camped outside the embassy\ndismantled their tents.",
      "“We are leaving.” he said.",
    ]);
  });
});

describe("segment: headline lines", () => {
  it("ends a long line in title case, which is a headline, not a wrapped sentence", () => {
    const text = "Riots Erupt Following Death of Brooklyn Teen Killed By Police\nIn the week after the shooting, protests erupted.";
    expect(texts(segment({ text }))).toEqual(["Riots Erupt Following Death of Brooklyn Teen Killed By Police", "In the week after the shooting, protests erupted."]);
  });
});

describe("segment: quotations", () => {
  it("finds a quotation and its speaker after the verb", () => {
    const text = "“Everyone is breathing a sigh of relief,” said Maj. Charlie Dietz, a spokesman for the U.S. military.";
    const q = segment({ text }).quotes;
    expect(q).toHaveLength(1);
    expect(q[0]!.text).toBe("“Everyone is breathing a sigh of relief,”");
    expect(q[0]!.speakerText).toBe("Maj. Charlie Dietz");
  });

  it("treats a closing quote without an opener as quoting from the paragraph start", () => {
    const text = "Intro.\n\nEveryone is breathing a sigh of relief,” said Maj. Charlie Dietz. “A situation was handled.”";
    const r = segment({ text });
    const first = r.quotes[0]!;
    expect(first.text).toBe("Everyone is breathing a sigh of relief,”");
    expect(first.speakerText).toBe("Maj. Charlie Dietz");
    expect(r.quotes[1]!.text).toBe("“A situation was handled.”");
    expect(r.diagnostics.map((d) => d.code)).toContain("quote-unbalanced");
  });

  it("finds speakers before the verb, pronouns and quotes spanning sentences", () => {
    const text =
      "“They have been attacking our bases for months now,” Esper told reporters. \"We will fight them. We will win,\" he said. She continued: \"This strike was aimed at deterring attacks.\"";
    const r = segment({ text });
    expect(r.quotes.map((q) => q.speakerText)).toEqual(["Esper", "he", "She"]);
    const inside = r.sentences.find((s) => s.text === "\"We will fight them.");
    expect(inside?.quote?.kind).toBe("quotation");
    expect(inside?.quote?.text).toBe("\"We will fight them. We will win,\"");
  });

  it("does not take the next sentence's subject as the speaker of a quote ending in a full stop", () => {
    const text = "“It was handled with restraint.” An embassy official said he wanted sleep.";
    expect(segment({ text }).quotes[0]!.speakerText).toBeNull();
  });
});

describe("segment: tweets and bylines", () => {
  it("finds an embedded tweet with its author, handle and date", () => {
    const text =
      "Early this morning, the president wrote:\n\nIran killed an American contractor. We strongly responded! — Donald J. Trump (@realDonaldTrump) December 31, 2019\n\nThe strong response was an airstrike.";
    const r = segment({ text });
    const tweet = r.quotes.find((q) => q.kind === "tweet")!;
    expect(tweet.speakerText).toBe("Donald J. Trump");
    expect(tweet.handle).toBe("realDonaldTrump");
    expect(tweet.date).toBe("2019-12-31");
    expect(tweet.text.startsWith("Iran killed")).toBe(true);
    expect(tweet.text.endsWith("December 31, 2019")).toBe(true);
    expect(r.sentences.find((s) => s.text === "Iran killed an American contractor.")?.quote).toBe(tweet);
    expect(r.sentences.find((s) => s.text.startsWith("The strong"))?.quote).toBeNull();
  });

  it("cuts a tweet copied without its line breaks at its sentence openers, and leaves other text alone", () => {
    const text =
      "A reply came:\n\nShameful to see them attack the decision as reckless Since June our troops faced 9 attacks Not one….NINE Eventually they killed a soldier — Jane Roe (@janeroe) June 30, 2024\n\nHe read The New York Times Since then nothing changed.";
    const r = segment({ text });
    checkInvariants(text, r);
    expect(texts(r)).toContain("Shameful to see them attack the decision as reckless");
    expect(texts(r)).toContain("Since June our troops faced 9 attacks");
    expect(texts(r).some((t) => t.startsWith("Eventually they killed a soldier"))).toBe(true);
    expect(texts(r)).toContain("He read The New York Times Since then nothing changed.");
  });

  it("accepts a double hyphen before the signature", () => {
    const tweet = segment({ text: "Stay safe. -- Mike (@Doranimated) 31 December 2019" }).quotes[0]!;
    expect([tweet.kind, tweet.handle, tweet.date]).toEqual(["tweet", "Doranimated", "2019-12-31"]);
  });

  it("finds bylines and signature lines", () => {
    const text =
      "Posted by b on January 2, 2020 at 18:45 UTC | Permalink\n\n—With additional reporting by Christopher Dickey and Asawin Suebsaeng\n\nBy Jane Q. Doe\n\nBy now the Kurds should know.\n\nPosted by: Josh | Jan 2 2020 19:31 utc | 8";
    const bylines = segment({ text }).quotes.filter((q) => q.kind === "byline");
    expect(bylines.map((b) => [b.speakerText, b.date])).toEqual([
      ["b", "2020-01-02"],
      ["Christopher Dickey and Asawin Suebsaeng", null],
      ["Jane Q. Doe", null],
      ["Josh", "2020-01-02"],
    ]);
  });
});

describe("segment: invariants", () => {
  const seeds = path.resolve(process.cwd(), "../shared/corpus/seeds");

  it.each(readdirSync(seeds))("holds on the seed file %s", (file) => {
    const text = readFileSync(path.join(seeds, file), "utf8");
    const r = segment({ text });
    expect(r.sentences.length).toBeGreaterThan(10);
    checkInvariants(text, r);
    expect(segment({ text })).toEqual(r);
  });

  it("holds on arbitrary text", () => {
    const piece = fc.oneof(fc.string(), fc.constantFrom("Maj.", "U.S.", "“", "”", "\"", "\n\n", "\n", " — A (@b) May 1, 2020", "Posted by x on May 1, 2020", " he said.", "Dr. "));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 15 }), (parts) => {
        const text = parts.join("");
        const r = segment({ text });
        checkInvariants(text, r);
        expect(segment({ text })).toEqual(r);
      }),
      { numRuns: 200 },
    );
  });

  it("finishes quickly on hostile input", () => {
    const started = performance.now();
    for (const text of ["(".repeat(200_000), "\"".repeat(100_000), "“".repeat(100_000), "Maj. ".repeat(40_000), "7".repeat(500_000)]) {
      checkInvariants(text, segment({ text }));
    }
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
