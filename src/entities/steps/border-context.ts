import { nextWord, prevWord, wordAt } from "../phrase.js";
import type { Candidate, DocContext } from "../candidate.js";

/** Nouns after "border" that keep the phrase the border itself ("the Iraqi border area"). */
const PLACE_NOUNS = new Set(["area", "areas", "region", "regions", "zone", "line", "lands", "strip"]);

/**
 * True when "border" ending at token `last` modifies a noun after it ("Iraqi border
 * guards", "border police", "border policy"): the phrase names something else.
 */
export function borderModifies(ctx: DocContext, last: number): boolean {
  const n = nextWord(ctx, last);
  const t = n >= 0 ? ctx.tokens[n] : undefined;
  if (!t || t.kind !== "word" || t.cap || t.pos !== "NOUN" || PLACE_NOUNS.has(t.fold)) return false;
  // "the Iraqi border hundreds of kilometers away": a quantity, not a compound.
  return wordAt(ctx, nextWord(ctx, n)) !== "of";
}

/**
 * "in eastern Syria near the Iraqi border": the other side of a one-country border is the
 * country named just before it in the same sentence as where things are, when the border
 * follows "near/along/on/across the". Returns that country's candidate, or undefined.
 */
export function otherSide(ctx: DocContext, c: Candidate, candidates: readonly Candidate[], isCountry: (c: Candidate) => boolean): Candidate | undefined {
  const the = prevWord(ctx, c.first);
  const prep = the >= 0 && wordAt(ctx, the) === "the" ? prevWord(ctx, the) : -1;
  if (prep < 0 || !["near", "along", "on", "across", "at", "by"].includes(wordAt(ctx, prep))) return undefined;
  const sentence = ctx.tokens[c.first]?.sentence;
  let best: Candidate | undefined;
  for (const o of candidates) {
    if (o.last >= prep || o.nested || !isCountry(o) || o.key === c.key || o.role === "demonym") continue;
    if (ctx.tokens[o.first]?.sentence !== sentence || prep - o.last > 6) continue;
    const before = prevWord(ctx, o.first);
    const where = before >= 0 ? wordAt(ctx, before) : "";
    const located = ctx.lexicon.placePrepositions.has(where) || ctx.lexicon.directions.some((d) => d.words.includes(where));
    if (located && (!best || o.last > best.last)) best = o;
  }
  return best;
}
