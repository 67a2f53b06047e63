import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Token } from "./tokens.js";

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

/** Only the part-of-speech pipe: wink's tags do not depend on its other pipes. */
function load(): Nlp {
  nlp ??= winkNLP(model, ["pos"]);
  return nlp;
}

/** wink's tokens over a document's text, with their parts of speech, in order. */
export interface WinkTags {
  values: string[];
  tags: string[];
}

/**
 * wink splits its input at these characters only; a longer stretch without them costs
 * it time quadratic in the stretch's length. Stretches longer than MAX_RUN (never words:
 * long addresses, base64, hostile input) are hidden from it as spaces of the same length,
 * so offsets stay put and their tokens get no part of speech.
 */
const MAX_RUN = 512;

/** Spaces wink splits at and drops. */
function blank(ch: number): boolean {
  return ch === 0x20 || ch === 0xa0 || (ch >= 0x2002 && ch <= 0x2005) || ch === 0x2009 || ch === 0x200a || ch === 0x202f || ch === 0x205f;
}

/** Everything wink splits at: spaces, and line breaks and tabs (which it keeps as tokens). */
function splits(ch: number): boolean {
  return blank(ch) || ch === 0x0a || ch === 0x0d || ch === 0x09;
}

export function maskLongRuns(text: string): string {
  let out: string | null = null;
  let runStart = 0;
  for (let x = 0; x <= text.length; x++) {
    if (x < text.length && !splits(text.charCodeAt(x))) continue;
    if (x - runStart > MAX_RUN) {
      out ??= text;
      out = out.slice(0, runStart) + " ".repeat(x - runStart) + out.slice(x);
    }
    runStart = x + 1;
  }
  return out ?? text;
}

/** Where `value` first occurs in text at `from` or up to 200 characters later, or -1. */
function findNear(text: string, value: string, from: number): number {
  const last = Math.min(from + 200, text.length - value.length);
  const first = value.charCodeAt(0);
  for (let x = from; x <= last; x++) if (text.charCodeAt(x) === first && text.startsWith(value, x)) return x;
  return -1;
}

/** One wink pass over a document's text (long runs masked, see maskLongRuns). */
export function winkTags(text: string): WinkTags {
  const n = load();
  const doc = n.readDoc(maskLongRuns(text));
  return { values: doc.tokens().out(n.its.value) as string[], tags: doc.tokens().out(n.its.pos) as string[] };
}

/**
 * Copies each wink token's part of speech onto the token that starts at the same
 * offset; `given` is a wink pass over this text done elsewhere, else one is done here.
 * Returns new tokens.
 */
export function tagPos(text: string, tokens: Token[], given?: WinkTags): Token[] {
  const { values, tags } = given ?? winkTags(text);
  const masked = maskLongRuns(text);
  const posAt = new Map<number, string>();
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? "";
    if (v.length === 0) continue;
    // Skip the spaces before the token (line breaks are tokens of their own), so that a
    // long stretch of them, or of masked text, does not put the next token out of reach.
    while (cursor < masked.length && blank(masked.charCodeAt(cursor))) cursor++;
    const at = findNear(masked, v, cursor);
    if (at < 0) continue;
    posAt.set(at, tags[i] ?? "X");
    cursor = at + v.length;
  }
  return tokens.map((t) => ({ ...t, pos: posAt.get(t.start) ?? null }));
}
