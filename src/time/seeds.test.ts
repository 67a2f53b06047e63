import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { segment } from "../text/index.js";
import { extractTimes } from "./index.js";

/**
 * Measures the time stage on the development set: the seed files' gold time
 * expressions (located by their context), matched by span overlap and scored like the
 * project scorer (a day must match, an interval must reach Jaccard ≥ 0.5). Each file is
 * resolved against its article's gold publication date, comments included.
 */
const shared = path.resolve(process.cwd(), "../shared");
const gold = JSON.parse(readFileSync(path.join(shared, "data/gold/seeds.json"), "utf8")) as {
  documents: { file: string; published: string | null }[];
  time_expressions: { file: string; text: string; context: string; resolved: string }[];
};

function dayRange(v: string): [number, number] | null {
  if (v.includes("/")) {
    const [a, b] = v.split("/");
    const ra = dayRange(a ?? "");
    const rb = dayRange(b ?? "");
    return ra && rb ? [ra[0], rb[1]] : null;
  }
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(v);
  if (!m) return null;
  const y = Number(m[1]);
  const day = (yy: number, mm: number, dd: number): number => Date.UTC(yy, mm, dd) / 864e5;
  if (m[3]) return [day(y, Number(m[2]) - 1, Number(m[3])), day(y, Number(m[2]) - 1, Number(m[3]))];
  if (m[2]) return [day(y, Number(m[2]) - 1, 1), day(y, Number(m[2]), 0)];
  return [day(y, 0, 1), day(y, 11, 31)];
}

function jaccard(a: string, b: string): number {
  const x = dayRange(a);
  const y = dayRange(b);
  if (!x || !y) return 0;
  const inter = Math.min(x[1], y[1]) - Math.max(x[0], y[0]) + 1;
  if (inter <= 0) return 0;
  return inter / (Math.max(x[1], y[1]) - Math.min(x[0], y[0]) + 1);
}

describe("time expressions on the seed files (development set)", () => {
  it("detects and resolves most gold expressions", () => {
    let detected = 0;
    let accurate = 0;
    const misses: string[] = [];
    const byFile = new Map<string, ReturnType<typeof extractTimes>["timeExpressions"]>();
    const texts = new Map<string, string>();
    for (const doc of gold.documents) {
      const text = readFileSync(path.join(shared, "corpus/seeds", doc.file), "utf8");
      texts.set(doc.file, text);
      const { sentences } = segment({ text });
      byFile.set(doc.file, extractTimes({ text, sentences, published: doc.published, kind: "article" }).timeExpressions);
    }
    for (const g of gold.time_expressions) {
      const text = texts.get(g.file) ?? "";
      const at = text.indexOf(g.context);
      const start = at < 0 ? -1 : text.indexOf(g.text, at);
      if (start < 0) {
        misses.push(`unlocated ${g.text}`);
        continue;
      }
      const end = start + g.text.length;
      const hits = (byFile.get(g.file) ?? []).filter((t) => t.start < end && start < t.end);
      if (hits.length === 0) {
        misses.push(`missed "${g.text}" (${g.file.slice(0, 3)}) gold ${g.resolved}`);
        continue;
      }
      detected++;
      const best = Math.max(...hits.map((t) => jaccard(t.value, g.resolved)));
      if (best >= 0.5) accurate++;
      else misses.push(`wrong "${g.text}" (${g.file.slice(0, 3)}) gold ${g.resolved} got ${hits.map((t) => t.value).join(",")}`);
    }
    const n = gold.time_expressions.length;
    console.log(`seed time expressions: ${n}, detected ${detected} (${(detected / n).toFixed(3)}), accurate ${accurate} (${(accurate / n).toFixed(3)})\n  ${misses.join("\n  ")}`);
    expect(accurate / n).toBeGreaterThanOrEqual(0.8);
  });
});
