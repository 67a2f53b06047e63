/**
 * The benchmark corpus generator. It recombines the sentences of the seed corpus into
 * new plain-text articles: each article gets a headline, a date line shifted by a random
 * number of days from the seeds' dates, and 6–14 paragraphs of seed sentences in which
 * the names of people, groups and places are swapped for others from fixed lists, so the
 * entity and linking stages see a realistic spread of actors rather than five texts
 * repeated. A seeded random generator makes the corpus the same on every run.
 *
 *   npx tsx bench/generate.ts OUT_DIR COUNT [SEED]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const SWAPS: [RegExp, string[]][] = [
  [/\b(Qassem |Qasem )?Soleimani\b/g, ["Ahmad Vahidi", "Hassan Nasrallah", "Mohammed Deif", "Abdel Fattah Burhan", "Mohamed Hamdan Dagalo"]],
  [/\bKata['’]?ib Hezbollah|Kataib Hezbollah|Kata’ib Hizballah\b/g, ["Rapid Support Forces", "Harakat al-Nujaba", "al-Shabaab", "Wagner Group", "Hamas"]],
  [/\bBaghdad\b/g, ["Khartoum", "Mogadishu", "Damascus", "Sanaa", "Tripoli", "Kabul"]],
  [/\bEsper\b/g, ["Austin", "Mattis", "Shoigu", "Gallant"]],
  [/\bPompeo\b/g, ["Blinken", "Lavrov", "Cohen", "Wang"]],
  [/\bKirkuk\b/g, ["Omdurman", "Kismayo", "Aleppo", "Marib"]],
];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The seed articles' sentences (bodies only: text before any comment section). */
export function seedSentences(seedsDir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(seedsDir).sort()) {
    const text = readFileSync(join(seedsDir, name), "utf8");
    const body = text.split(/\n(?:Comments\n|\s+1\. \S+ says)/)[0] ?? text;
    for (const para of body.split(/\n\s*\n/)) {
      for (const s of para.replace(/\s+/g, " ").split(/(?<=[.!?])\s+(?=[A-Z“"])/)) {
        const t = s.trim();
        if (t.length > 40 && t.length < 400 && !/Posted by|pic\.twitter|https?:/.test(t)) out.push(t);
      }
    }
  }
  return out;
}

export function generateArticle(sentences: string[], random: () => number, index: number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
  const base = Date.UTC(2019, 11, 20) + Math.floor(random() * 400) * 864e5;
  const d = new Date(base);
  const dateLine = `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, "0")}, ${d.getUTCFullYear()}`;
  const swap = SWAPS.map(([re, names]) => [re, pick(names)] as const);
  const rewrite = (s: string) => swap.reduce((acc, [re, name]) => acc.replace(re, name), s);
  const paragraphs: string[] = [];
  const n = 6 + Math.floor(random() * 9);
  for (let p = 0; p < n; p++) {
    const k = 1 + Math.floor(random() * 3);
    paragraphs.push(Array.from({ length: k }, () => rewrite(pick(sentences))).join(" "));
  }
  const headline = rewrite(pick(sentences)).split(/[,;:]/)[0]!.slice(0, 90);
  return `${headline} (report ${index})\n\n${dateLine}\n\n${paragraphs.join("\n\n")}\n`;
}

export function generateCorpus(options: { seedsDir: string; outDir: string; count: number; seed?: number }): void {
  const sentences = seedSentences(options.seedsDir);
  const random = rng(options.seed ?? 1);
  mkdirSync(options.outDir, { recursive: true });
  const perDir = 1000;
  for (let i = 0; i < options.count; i++) {
    const sub = join(options.outDir, String(Math.floor(i / perDir)).padStart(4, "0"));
    if (i % perDir === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `a${String(i).padStart(6, "0")}.txt`), generateArticle(sentences, random, i));
  }
}

if (process.argv[1] && resolve(process.argv[1]).endsWith("generate.ts")) {
  const [outDir, count, seed] = process.argv.slice(2);
  if (!outDir || !count) {
    console.error("usage: tsx bench/generate.ts OUT_DIR COUNT [SEED]");
    process.exit(2);
  }
  generateCorpus({ seedsDir: resolve("../shared/corpus/seeds"), outDir, count: Number(count), seed: Number(seed ?? 1) });
}
