import type { QuoteSpan } from "../model/analysis.js";
import { textLexicon } from "./lexicon.js";
import { trimSpan } from "./sentences.js";
import { within } from "./spans.js";
import type { RawSpan } from "./wink.js";

/**
 * Embedded tweets often lose their line breaks when a page is copied ("... as an
 * unnecessary irritant Since Oct our troops faced 11 rocket attacks Not one….ELEVEN
 * Eventually they killed an American"). Inside a tweet, a sentence is cut before a
 * capitalised sentence opener (data/en/text/run-ons.json) that follows a lower-case word
 * or a number, and before a capital letter right after an ellipsis. Text outside tweets
 * is left as it is. Linear in the length of the tweets; a binary search per sentence finds its tweet.
 */
const OPENER = /((?:[\p{Ll}\p{N}]|\p{Lu}{3,})[’'"”)]?)\s+(\p{Lu}\p{Ll}*)\b/gu;
const AFTER_ELLIPSIS = /(?:…|\.{3,})\.?\s*(?=\p{Lu})/gu;

function cutsIn(text: string, span: RawSpan): number[] {
  const starters = textLexicon().runOnStarters;
  const body = text.slice(span.start, span.end);
  const cuts: number[] = [];
  for (const m of body.matchAll(OPENER)) {
    const word = m[2] ?? "";
    if (starters.has(word.toLowerCase())) cuts.push(span.start + (m.index ?? 0) + (m[1] ?? "").length);
  }
  for (const m of body.matchAll(AFTER_ELLIPSIS)) {
    const at = span.start + (m.index ?? 0) + m[0].length;
    if (at < span.end) cuts.push(at);
  }
  return cuts.sort((a, b) => a - b);
}

/** `tweets` sorted by start and not overlapping, as findTweets gives them. */
export function splitRunOnTweets(text: string, spans: RawSpan[], tweets: readonly QuoteSpan[]): RawSpan[] {
  if (tweets.length === 0) return spans;
  const out: RawSpan[] = [];
  for (const span of spans) {
    if (!within(span, tweets)) {
      out.push(span);
      continue;
    }
    let start = span.start;
    for (const cut of [...cutsIn(text, span), span.end]) {
      if (cut <= start) continue;
      const piece = trimSpan(text, { start, end: cut });
      if (piece) out.push(piece);
      start = cut;
    }
  }
  return out;
}
