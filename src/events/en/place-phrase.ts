/**
 * A phrase that introduces a place's name (English): "the northern city of Kirkuk", "the
 * besieged Bosnian town of Gorazde", "the capital Kabul". The preposition before the phrase
 * belongs to the name.
 */
import type { DocContext } from "../context.js";
import type { Lexicon } from "../lexicon.js";
import type { Token } from "../tokens.js";

/** Words an adjective or demonym may take before a place noun ("the besieged Bosnian town of"). */
const DESCRIPTOR_WORDS = 3;

/**
 * Where the phrase that introduces a name begins: "the northern city of | Kirkuk", "the
 * capital | Kabul" start at their article; a name with no such phrase starts at itself.
 */
export function descriptorStart(ctx: DocContext, from: number): number {
  let i = from - 1;
  if (ctx.tokens[i]?.lower === "of") i--;
  if (!ctx.lexicon.placeNouns.has(ctx.tokens[i]?.lower ?? "")) return from;
  for (let k = 0; k <= DESCRIPTOR_WORDS; k++) {
    const t = ctx.tokens[i - 1];
    if (!t || t.kind !== "word") return from;
    if (t.lower === "the" || t.lower === "a") return i - 1;
    i--;
  }
  return from;
}

/**
 * A compound of a name and a participle of holding ("Indian-administered",
 * "Russian-occupied"): it says who holds the place after it, and is no word of where.
 */
export function heldCompound(lexicon: Lexicon, token: Token | undefined): boolean {
  const m = /^[\p{L}.]+[-‐‑](\p{L}+)$/u.exec(token?.lower ?? "");
  return m !== null && lexicon.heldBy.has(m[1] ?? "");
}
