/**
 * Word patterns: a list of parts, each a set of accepted lower-cased words or a gap of
 * a few words. Used for triggers and for every cue list (claims, modality, relations).
 */
import type { Token } from "./tokens.js";

export type PatternPart = { kind: "word"; alts: Set<string> } | { kind: "gap"; min: number; max: number };

export interface Pattern {
  parts: PatternPart[];
  /** The pattern as written in its data file. */
  source: string;
}

/** The dot after an initial ("U.S.", "U.N."), which a gap may hold: it ends no phrase. */
function initialDot(tokens: Token[], j: number): boolean {
  return tokens[j]?.text === "." && /^\p{Lu}(\.\p{Lu})*$/u.test(tokens[j - 1]?.text ?? "");
}

/** The hyphen inside a compound ("U.S.-backed", "Iran-aligned"), written without spaces: it ends no phrase either. */
function compoundHyphen(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  const before = tokens[j - 1];
  const after = tokens[j + 1];
  return !!t && !!before && !!after && /^[-‐‑]$/.test(t.text) && before.end === t.start && t.end === after.start;
}

/** Matches `parts` at token `i`; returns the index after the match, or -1. Gaps never cross punctuation (but for the dot of an initial and a compound's hyphen). */
export function matchAt(tokens: Token[], i: number, parts: PatternPart[], limit = tokens.length, p = 0): number {
  if (p === parts.length) return i;
  const part = parts[p] as PatternPart;
  if (part.kind === "word") {
    const t = tokens[i];
    if (!t || i >= limit || !part.alts.has(t.lower)) return -1;
    return matchAt(tokens, i + 1, parts, limit, p + 1);
  }
  // the gap counts words: the dot of an initial and a compound's hyphen come free ("a U.S.-backed proxy war")
  for (let j = i, words = 0; words <= part.max; j++) {
    if (words >= part.min) {
      const end = matchAt(tokens, j, parts, limit, p + 1);
      if (end >= 0) return end;
    }
    const t = tokens[j];
    if (!t || j >= limit) return -1;
    const joiner = initialDot(tokens, j) || compoundHyphen(tokens, j);
    if (t.kind === "punct" && !joiner) return -1;
    if (!joiner) words++;
  }
  return -1;
}

/** First-word index: every word a pattern can start with. */
export function firstWords(pattern: Pattern): string[] {
  const first = pattern.parts[0];
  return first && first.kind === "word" ? [...first.alts] : [];
}

export interface PatternIndex<T> {
  byFirst: Map<string, { pattern: Pattern; value: T }[]>;
}

export function indexPatterns<T>(items: { pattern: Pattern; value: T }[]): PatternIndex<T> {
  const byFirst = new Map<string, { pattern: Pattern; value: T }[]>();
  for (const item of items) {
    for (const w of firstWords(item.pattern)) {
      const list = byFirst.get(w) ?? [];
      list.push(item);
      byFirst.set(w, list);
    }
  }
  return { byFirst };
}

export interface PatternHit<T> {
  value: T;
  pattern: Pattern;
  /** Token range [from, to). */
  from: number;
  to: number;
}

/** Every match of every pattern inside tokens [from, to). */
export function findAll<T>(index: PatternIndex<T>, tokens: Token[], from = 0, to = tokens.length): PatternHit<T>[] {
  const hits: PatternHit<T>[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    for (const item of index.byFirst.get(t.lower) ?? []) {
      const end = matchAt(tokens, i, item.pattern.parts, to);
      if (end > i) hits.push({ value: item.value, pattern: item.pattern, from: i, to: end });
    }
  }
  return hits;
}

/** Keeps the longest of overlapping hits (earlier wins ties unless `better` says otherwise). */
export function longestNonOverlapping<T>(hits: PatternHit<T>[], better: (a: PatternHit<T>, b: PatternHit<T>) => number = () => 0): PatternHit<T>[] {
  const sorted = [...hits].sort((a, b) => b.to - b.from - (a.to - a.from) || better(a, b) || a.from - b.from);
  const taken: PatternHit<T>[] = [];
  for (const h of sorted) if (!taken.some((t) => h.from < t.to && t.from < h.to)) taken.push(h);
  return taken.sort((a, b) => a.from - b.from);
}
