import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createEntityExtractor } from "./index.js";

/**
 * Measures the stage against the hand-made gold of the seed corpus: alias coverage (gold
 * surface forms found as a mention or an entity name/alias), consistency (the forms of one
 * gold actor landing on one key) and wrong merges (one key holding two gold actors that
 * are not part of one another), computed the way the project's scorer does.
 */
const root = new URL("../../../shared/", import.meta.url);
const seeds = fileURLToPath(new URL("corpus/seeds/", root));
const gold = JSON.parse(readFileSync(new URL("data/gold/seeds.json", root), "utf8")) as {
  entities: { id: string; name: string; aliases: string[]; part_of: string | null }[];
};

const norm = (s: string) =>
  s.normalize("NFKC").toLowerCase().replace(/[\u2018\u2019\u02bc`´]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u2010-\u2015]/g, "-").replace(/\s+/g, " ").trim();

function measure() {
  const extract = createEntityExtractor({ actorFiles: [] });
  const byText = new Map<string, Map<string, number>>();
  const bump = (t: string, key: string) => {
    const n = norm(t);
    const c = byText.get(n) ?? new Map<string, number>();
    c.set(key, (c.get(key) ?? 0) + 1);
    byText.set(n, c);
  };
  for (const f of readdirSync(seeds).filter((x) => x.endsWith(".txt"))) {
    const text = readFileSync(seeds + f, "utf8");
    const sentences = [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], quote: null }));
    const r = extract({ text, sentences, quotes: [] });
    for (const m of r.mentions) bump(m.text, m.key);
    for (const e of r.entities) for (const a of [e.name, ...e.aliases]) bump(a, e.key);
  }
  const top = (a: string) => [...(byText.get(norm(a))?.entries() ?? [])].sort((x, y) => y[1] - x[1])[0]?.[0] ?? null;
  let covered = 0;
  let total = 0;
  let consistent = 0;
  let multi = 0;
  const owner = new Map<string, Set<string>>();
  for (const g of gold.entities) {
    const got = [...new Set([g.name, ...g.aliases].map(norm))].map((a) => (total++, top(a))).filter((x): x is string => x !== null);
    covered += got.length;
    if (got.length >= 2) {
      multi++;
      const counts = new Map<string, number>();
      for (const k of got) counts.set(k, (counts.get(k) ?? 0) + 1);
      consistent += Math.max(...counts.values()) / got.length;
    }
    for (const k of new Set(got)) owner.set(k, (owner.get(k) ?? new Set()).add(g.id));
  }
  const partOf = new Map(gold.entities.map((e) => [e.id, e.part_of]));
  let wrongMerges = 0;
  for (const ids of owner.values()) {
    const l = [...ids];
    if (l.length > 1 && !l.every((a) => l.every((b) => a === b || partOf.get(a) === b || partOf.get(b) === a))) wrongMerges++;
  }
  return { coverage: covered / total, consistency: consistent / multi, wrongMerges };
}

describe("against the seed gold", () => {
  it("covers most gold aliases, keeps each actor on one key and merges no two actors", () => {
    const m = measure();
    console.log(`entities gold: coverage ${m.coverage.toFixed(3)}, consistency ${m.consistency.toFixed(3)}, wrong merges ${m.wrongMerges}`);
    expect(m.coverage).toBeGreaterThanOrEqual(0.85);
    expect(m.consistency).toBeGreaterThanOrEqual(0.95);
    expect(m.wrongMerges).toBe(0);
  });
});
