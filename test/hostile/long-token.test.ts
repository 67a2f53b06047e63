/**
 * BAD-INPUT.md row 13: one very long "word" (a run of letters with no space, as a broken
 * page or an attacker supplies). wink's English model tests every new token with
 * /[a-z].*\.$/i (its isAbbrev feature), which backtracks quadratically on a long token
 * with no final dot: before the fix, 16,000 letters cost the text stage 0.35 s and
 * 64,000 letters 6 s, and the entity stage paid the same again. The text stage now gives
 * wink a copy of the text in which over-long runs are broken with spaces (same length,
 * so every offset still points into the real text), and the entity stage takes the text
 * stage's tags instead of reading the text again.
 */
import { describe, expect, it } from "vitest";
import { segment } from "../../src/text/index.js";
import { createPipeline } from "../../src/pipeline.js";

const cpuMs = (from: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1_000;
};

describe("row 13: an over-long token", () => {
  segment({ text: "Warm up the model." });
  const pipeline = createPipeline();
  pipeline.analyze({ text: "Warm up the model.", kind: "article", published: null, title: null });

  it("segments a 40,000-letter token within one second of CPU", () => {
    const text = `Start ${"a".repeat(40_000)} end`;
    const before = process.cpuUsage();
    const result = segment({ text });
    expect(result.sentences.length).toBeGreaterThan(0);
    expect(cpuMs(before)).toBeLessThan(1_000);
  }, 120_000);

  it("analyses a document holding a 150,000-letter token within a few seconds of CPU, spans intact", () => {
    const text = `Rockets hit the base on Monday. ${"b".repeat(150_000)} Militias stormed the embassy.`;
    const before = process.cpuUsage();
    const a = pipeline.analyze({ text, kind: "article", published: "2020-01-02", title: null });
    expect(cpuMs(before)).toBeLessThan(5_000);
    expect(a.events.length).toBeGreaterThan(0);
    for (const m of [...a.mentions, ...a.events, ...a.timeExpressions]) expect(text.slice(m.start, m.end)).toBe(m.text);
  }, 120_000);
});
