import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createEntityExtractor } from "./index.js";
import { run } from "./test-helpers.js";

const seeds = fileURLToPath(new URL("../../../shared/corpus/seeds/", import.meta.url));
const files = readdirSync(seeds).filter((f) => f.endsWith(".txt")).sort();

function lines(text: string) {
  const out = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], quote: null });
  return out;
}

describe("invariants on whole seed files", () => {
  const extract = createEntityExtractor({ actorFiles: [] });
  const results = files.map((f) => {
    const text = readFileSync(seeds + f, "utf8");
    return { f, text, r: extract({ text, sentences: lines(text), quotes: [] }) };
  });

  it("reads all five seeds", () => {
    expect(results.length).toBe(5);
    for (const { r } of results) expect(r.mentions.length).toBeGreaterThan(10);
  });

  it("slices every mention back to its text", () => {
    for (const { text, r } of results) {
      for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it("gives every mention an entity and every entity a mention", () => {
    for (const { r } of results) {
      const keys = new Set(r.entities.map((e) => e.key));
      for (const m of r.mentions) expect(keys.has(m.key)).toBe(true);
      const used = new Set(r.mentions.map((m) => m.key));
      for (const e of r.entities) expect(used.has(e.key)).toBe(true);
    }
  });

  it("keys unseen actors as new: plus a folded name", () => {
    for (const { r } of results) {
      for (const e of r.entities) if (e.key.startsWith("new:")) expect(e.key).toMatch(/^new:[a-z0-9@ ]+$/);
    }
  });

  it("is deterministic", () => {
    const again = createEntityExtractor({ actorFiles: [] });
    for (const { text, r } of results) {
      expect(again({ text, sentences: lines(text), quotes: [] })).toEqual({ ...r, diagnostics: [] });
    }
  });

  it("never makes entities of page furniture in real pages", () => {
    const junk = new Set(["loading", "permalink", "comments", "related posts", "posted", "reply", "next page", "utc"]);
    for (const { r } of results) for (const e of r.entities) expect(junk.has(e.name.toLowerCase())).toBe(false);
  });
});

describe("user actor files", () => {
  it("adds actors from --actors files, and reports a broken file without stopping", () => {
    const dir = fileURLToPath(new URL("./", import.meta.url));
    const extract = createEntityExtractor({ actorFiles: [`${dir}fixtures/user-actors.json`, `${dir}fixtures/missing.json`] });
    const text = "The Sahel Watch Collective and the SWC said the Tuareg Defence Front (TDF) moved.";
    const r = extract({ text, sentences: lines(text), quotes: [] });
    expect(r.mentions.find((m) => m.text === "SWC")?.key).toBe("sahel_watch_collective");
    expect(r.entities.find((e) => e.key === "sahel_watch_collective")?.known).toBe(true);
    expect(r.diagnostics.map((d) => d.code)).toContain("actors-unreadable");
    expect(run(text).mentions.find((m) => m.text === "SWC")?.key).not.toBe("sahel_watch_collective");
  });
});
