/**
 * Linking cost against corpus size: synthetic analysed documents (no text stages, so the
 * figure is the link stage alone) with events spread over a year and a pool of actors.
 * If blocking works, time per event mention stays flat as the corpus grows.
 *
 *   npx tsx bench/link-scale.ts [--sizes 1000,2000,4000,8000]
 */
import type { EventMention, PloverType } from "../src/model/analysis.js";
import { link, type LinkDocument } from "../src/link/index.js";

const args = process.argv.slice(2);
const sizesArg = args[args.indexOf("--sizes") + 1];
const sizes = (args.includes("--sizes") && sizesArg ? sizesArg : "1000,2000,4000,8000").split(",").map(Number);

/** mulberry32: a small seeded generator, so every run sees the same corpus. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES: PloverType[] = ["ASSAULT", "PROTEST", "ACCUSE", "THREATEN", "MOBILIZE", "DEMAND"];
const MODES = ["airstrike", "rocket attack", "shooting", null];
const ACTORS = Array.from({ length: 300 }, (_, i) => `actor_${i}`);

function corpus(n: number): LinkDocument[] {
  const rnd = random(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const base = Date.UTC(2020, 0, 1) / 864e5;
  const docs: LinkDocument[] = [];
  for (let d = 0; d < n; d++) {
    const published = base + Math.floor(rnd() * 365);
    const iso = (day: number): string => new Date(day * 864e5).toISOString().slice(0, 10);
    const parts: string[] = [];
    const events: EventMention[] = [];
    const used = new Set<string>();
    for (let i = 0; i < 10; i++) {
      const sentence = `Sentence ${i} of document ${d} reports something. `;
      const start = parts.join("").length;
      parts.push(sentence);
      const actor = pick(ACTORS);
      const target = pick(ACTORS);
      used.add(actor).add(target);
      const dated = rnd() < 0.6;
      events.push({
        start,
        end: start + sentence.length,
        text: sentence,
        index: i,
        trigger: { start, end: start + 8, text: sentence.slice(0, 8) },
        type: pick(TYPES),
        mode: pick(MODES),
        cameo: null,
        actors: [actor],
        targets: [target],
        location: null,
        date: dated ? iso(published - Math.floor(rnd() * 3)) : null,
        datePrecision: dated ? "day" : null,
        dateText: null,
        dateSource: dated ? "text" : null,
        fatalities: rnd() < 0.3 ? Math.floor(rnd() * 40) : null,
        injuries: null,
        count: null,
        weapon: null,
        modality: "asserted",
        assertedBy: null,
        claim: null,
        anaphoric: rnd() < 0.1,
      });
    }
    const text = parts.join("");
    const entities = [...used].map((key) => ({ key, name: key, type: "ARMED_GROUP" as const, aliases: [], partOf: null, country: null, geo: null, known: true }));
    docs.push({
      id: `d${d + 1}`,
      kind: "article",
      parent: null,
      outlet: `outlet ${d % 20}`,
      published: iso(published),
      text,
      analysis: { entities, mentions: [], events, claims: [], relations: [], sentences: [] },
    });
  }
  return docs;
}

for (const n of sizes) {
  const docs = corpus(n);
  const mentions = n * 10;
  const t0 = process.hrtime.bigint();
  const r = link(docs);
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(
    `${String(n).padStart(6)} docs  ${String(mentions).padStart(7)} event mentions  ${s.toFixed(2)} s  ${((s / mentions) * 1e6).toFixed(1)} µs/mention  ${r.events.length} events`,
  );
}
