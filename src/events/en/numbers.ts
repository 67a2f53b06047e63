/**
 * Reads quantities of people: "at least 18", "Some 32 people", "an American
 * contractor" (1), "two US soldiers and a British one" (3), "a dozen" (12). Vague
 * quantities ("many", "dozens") give null: unknown, not zero.
 */
import type { NumberWords } from "../lexicon.js";
import { matchAt } from "../pattern.js";
import type { Token } from "../tokens.js";

export interface Quantity {
  value: number | null;
  /** Token index after the quantity (and its noun, when one was consumed). */
  end: number;
}

function skipApproximators(tokens: Token[], i: number, to: number, n: NumberWords): number {
  for (;;) {
    let moved = false;
    for (const item of n.approximators.byFirst.get(tokens[i]?.lower ?? "") ?? []) {
      const end = matchAt(tokens, i, item.pattern.parts, to);
      if (end > i) {
        i = end;
        moved = true;
        break;
      }
    }
    if (!moved) return i;
  }
}

function wordValue(w: string, n: NumberWords): number | null {
  const direct = n.words.get(w);
  if (direct !== undefined) return direct;
  if (w.includes("-")) {
    const parts = w.split("-").map((p) => n.words.get(p));
    if (parts.every((p) => p !== undefined)) return parts.reduce<number>((a, b) => a + (b as number), 0);
  }
  return null;
}

/** A number at token i (digits, number words, "a dozen"); returns value and end, or null. */
export function numberAt(tokens: Token[], i: number, to: number, n: NumberWords): { value: number; end: number } | null {
  const t = tokens[i];
  if (!t || i >= to) return null;
  let value: number | null = null;
  let end = i + 1;
  if (t.kind === "number" && !t.lower.endsWith("mm")) value = Number(t.lower.replace(/,/g, ""));
  else {
    const two = `${t.lower} ${tokens[i + 1]?.lower ?? ""}`;
    if (n.words.has(two) && i + 1 < to) {
      value = n.words.get(two) ?? null;
      end = i + 2;
    } else value = wordValue(t.lower, n);
  }
  if (value === null || !Number.isFinite(value)) return null;
  const mult = n.multipliers.get(tokens[end]?.lower ?? "");
  if (mult && end < to) {
    value *= mult;
    end++;
  }
  return { value, end };
}

/**
 * The end of a phrase at token i that stands for nobody ("no one", "nobody", "none",
 * "no civilians", "no Israeli soldiers"), or -1.
 */
export function noneAt(tokens: Token[], i: number, to: number, n: NumberWords): number {
  for (const item of n.none.pronouns.byFirst.get(tokens[i]?.lower ?? "") ?? []) {
    const end = matchAt(tokens, i, item.pattern.parts, to);
    if (end > i) return end;
  }
  if (!n.none.determiners.has(tokens[i]?.lower ?? "")) return -1;
  const v = victimAfter(tokens, i + 1, to, n, 2);
  return v >= 0 ? v + 1 : -1;
}

function isVictimWord(t: Token | undefined, n: NumberWords): boolean {
  return !!t && (n.victims.has(t.lower) || (t.kind === "word" && /^[A-Z][a-z]+(an|ans|i|is|ese|ish)$/.test(t.text)));
}

/** The victim noun within `within` tokens after i, or -1. */
function victimAfter(tokens: Token[], i: number, to: number, n: NumberWords, within = 3): number {
  for (let j = i; j < Math.min(to, i + within + 1); j++) {
    const t = tokens[j];
    if (!t || (t.kind === "punct" && t.text !== "." && t.text !== "-")) return -1;
    if (isVictimWord(t, n)) {
      // "an American contractor": take the last victim word of the run
      let k = j;
      while (k + 1 < to && isVictimWord(tokens[k + 1], n)) k++;
      return k;
    }
  }
  return -1;
}

/** The upper bound of a range whose lower bound ends at `end` ("to 30", "or three", "and 300" after "between"), or null. */
function rangeUpper(tokens: Token[], start: number, end: number, to: number, n: NumberWords): { value: number; end: number } | null {
  const link = tokens[end]?.lower ?? "";
  const between = tokens[start - 1]?.lower === "between";
  if (!(link === "to" || link === "or" || link === "-" || (link === "and" && between))) return null;
  return numberAt(tokens, end + 1, to, n);
}

/**
 * Adds up every quantity of people in tokens [from, to). `bare` accepts a number with
 * no noun when it opens the range ("killed 18") or closes it ("18 were killed"); "none"
 * takes only numbers with a victim noun.
 */
export function sumPeople(tokens: Token[], from: number, to: number, n: NumberWords, bare: "start" | "end" | "none"): number | null | undefined {
  const opening = skipApproximators(tokens, from, to, n);
  let total = 0;
  let found = false;
  let vague = false;
  for (let i = from; i < to; i++) {
    const start = skipApproximators(tokens, i, to, n);
    const t = tokens[start];
    if (!t) break;
    const num = numberAt(tokens, start, to, n);
    if (num) {
      // "between 250 and 300 terrorists", "20 to 30 people", "two or three": a range
      // counts once, by its lower bound (the conservative figure)
      const upper = rangeUpper(tokens, start, num.end, to, n);
      if (upper) num.end = upper.end;
      const v = victimAfter(tokens, num.end, to, n);
      const bareOk = bare !== "none" && (bare === "end" ? num.end >= to : start === opening) && !(num.value >= 1900 && num.value <= 2100);
      if (v >= 0 || bareOk) {
        total += num.value;
        found = true;
        i = Math.max(i, v >= 0 ? v : num.end - 1);
        continue;
      }
    }
    if ((t.lower === "a" || t.lower === "an") && start + 1 < to) {
      const v = victimAfter(tokens, start + 1, to, n, 2);
      if (v >= 0) {
        total += 1;
        found = true;
        i = v;
        continue;
      }
    }
    for (const item of n.vague.byFirst.get(t.lower) ?? []) {
      if (matchAt(tokens, start, item.pattern.parts, to) > start) vague = true;
    }
  }
  if (found && !vague) return total;
  if (vague) return null;
  return undefined;
}
