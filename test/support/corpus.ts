import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const ACTORS = ["The army", "Rebel fighters", "Police", "The ministry", "Protesters", "The coalition", "Government forces", "A militia"];
const VERBS = ["attacked", "shelled", "met", "condemned", "surrounded", "accused", "supported", "threatened"];
const TARGETS = ["a checkpoint", "the capital", "the opposition", "a convoy", "the border town", "villagers", "the embassy"];
const MONTHS = ["January", "February", "March", "April", "May", "June"];

/** A small deterministic pseudo-random generator, so a corpus is the same on every run. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Writes `count` distinct short news texts as .txt files into `dir`. */
export function writeSyntheticCorpus(dir: string, count: number, seed = 1): string[] {
  mkdirSync(dir, { recursive: true });
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const day = 1 + Math.floor(r() * 27);
    const month = pick(MONTHS);
    const lines = [
      `Report number ${i}`,
      ``,
      `${month} ${day}, 2021`,
      ``,
      `${pick(ACTORS)} ${pick(VERBS)} ${pick(TARGETS)} on ${month} ${day}, officials said. ${1 + Math.floor(r() * 40)} people were killed.`,
      `${pick(ACTORS)} ${pick(VERBS)} ${pick(TARGETS)} a day later, according to witnesses (item ${i}).`,
    ];
    const file = join(dir, `doc-${String(i).padStart(5, "0")}.txt`);
    writeFileSync(file, lines.join("\n") + "\n");
    files.push(file);
  }
  return files;
}
