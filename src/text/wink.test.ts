import { describe, expect, it } from "vitest";
import { segment } from "./index.js";
import { boundRuns, MAX_RUN, winkParse } from "./wink.js";

function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1_000;
}

describe("wink pass", () => {
  it("gives tokens and sentences whose offsets point into the text", () => {
    const text = "Protesters gathered outside the embassy on Tuesday.  Police   fired tear gas.\nThey left.";
    const parse = winkParse(text);
    expect(parse.sentences.length).toBe(3);
    for (const t of parse.tokens) expect(text.slice(t.start, t.end)).toBe(t.value);
    expect(parse.tokens.find((t) => t.value === "fired")?.pos).toBe("VERB");
    expect(parse.tokens.find((t) => t.value === "embassy")?.pos).toBe("NOUN");
  });

  it("leaves text without over-long runs as it is", () => {
    const text = `A normal sentence with a URL https://example.org/${"p".repeat(MAX_RUN - 40)} in it.`;
    expect(boundRuns(text)).toBe(text);
  });

  it("breaks over-long runs with spaces, keeping the length and the other characters", () => {
    const text = `Start ${"a".repeat(3 * MAX_RUN)}\tend ${"b".repeat(MAX_RUN + 1)}`;
    const bounded = boundRuns(text);
    expect(bounded.length).toBe(text.length);
    const runs = bounded.split(/[ \t]+/).map((r) => r.length);
    expect(Math.max(...runs)).toBeLessThanOrEqual(MAX_RUN);
    let changed = 0;
    for (let i = 0; i < text.length; i++) {
      if (bounded[i] !== text[i]) {
        changed++;
        expect(bounded[i]).toBe(" ");
      }
    }
    expect(changed).toBe(3);
  });
});

describe("an over-long token", () => {
  segment({ text: "Warm up the model." });

  it("segments a 100,000-letter token in linear time with exact offsets", () => {
    const text = `Start ${"a".repeat(100_000)} end. Next sentence.`;
    let result: ReturnType<typeof segment> | null = null;
    const ms = cpuMs(() => (result = segment({ text })));
    expect(ms).toBeLessThan(1_000);
    const r = result as unknown as ReturnType<typeof segment>;
    expect(r.sentences.length).toBeGreaterThan(0);
    for (const s of r.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const t of r.tokens) {
      expect(t.end).toBeLessThanOrEqual(text.length);
      expect(t.start).toBeLessThanOrEqual(t.end);
    }
  });

  it("handles a long run of punctuated pieces without spaces", () => {
    const text = "x,".repeat(50_000);
    const ms = cpuMs(() => segment({ text }));
    expect(ms).toBeLessThan(2_000);
  });
});
