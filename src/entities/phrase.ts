import type { DocContext } from "./candidate.js";
import { linkAfter } from "./tokens.js";

export interface PhraseMatch {
  last: number;
  words: string[];
}

function word(ctx: DocContext, i: number): string | null {
  const t = ctx.tokens[i];
  if (!t || t.kind !== "word") return null;
  return ctx.lexicon.abbreviations.get(t.fold) ?? t.fold;
}

/**
 * The longest of `phrases` (folded word arrays, longest first) whose words start at
 * word token i and continue across spaces or hyphens.
 */
export function matchPhrase(ctx: DocContext, i: number, phrases: string[][]): PhraseMatch | null {
  let best: PhraseMatch | null = null;
  for (const p of phrases) {
    if (best && p.length <= best.words.length) continue;
    let j = i;
    let ok = true;
    for (let n = 0; n < p.length; n++) {
      if (word(ctx, j) !== p[n]) {
        ok = false;
        break;
      }
      if (n < p.length - 1) {
        const link = linkAfter(ctx.text, ctx.tokens, j);
        if (!link) {
          ok = false;
          break;
        }
        j = link.next;
      }
    }
    if (ok) best = { last: j, words: p };
  }
  return best;
}

/** The word token after token i when they read as one phrase, or -1. */
export function nextWord(ctx: DocContext, i: number): number {
  return linkAfter(ctx.text, ctx.tokens, i)?.next ?? -1;
}

/** The word token before token i when they read as one phrase, or -1. */
export function prevWord(ctx: DocContext, i: number): number {
  for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
    const t = ctx.tokens[j];
    if (!t) break;
    if (t.kind === "word" || t.kind === "handle") return linkAfter(ctx.text, ctx.tokens, j)?.next === i ? j : -1;
  }
  return -1;
}

/** Word token i as the lexicon spells it ("" for anything else). */
export function wordAt(ctx: DocContext, i: number): string {
  return word(ctx, i) ?? "";
}
