import type { RawSpan } from "./wink.js";
import { textLexicon } from "./lexicon.js";

/**
 * Turns wink's sentences into sitrep's: split at hard breaks (blank lines, header
 * lines), merge wink's false splits after abbreviations ("said Maj. | Charlie Dietz",
 * "Dr. | Smith", "the U.S. | Embassy") and before a lower-case continuation ("“…,” |
 * he said"), and trim white space. Linear in the number of sentences and breaks.
 */
export function splitAtBreaks(spans: RawSpan[], breaks: number[]): RawSpan[] {
  const out: RawSpan[] = [];
  let b = 0;
  for (const span of spans) {
    let start = span.start;
    while (b < breaks.length && (breaks[b] ?? 0) < start) b++;
    let k = b;
    while (k < breaks.length && (breaks[k] ?? 0) < span.end) {
      const at = breaks[k] ?? 0;
      if (at > start) out.push({ start, end: at });
      start = at + 1;
      k++;
    }
    if (span.end > start) out.push({ start, end: span.end });
  }
  return out;
}

export function trimSpan(text: string, span: RawSpan): RawSpan | null {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return end > start ? { start, end } : null;
}

/** The word (letters and inner dots) that ends at `end` just before a final ".". */
function wordBeforeDot(text: string, end: number): string | null {
  if (text[end - 1] !== ".") return null;
  let i = end - 1;
  while (i > 0 && /[\p{L}.'’]/u.test(text[i - 1] ?? "")) i--;
  return text.slice(i, end - 1);
}

function firstWord(text: string, start: number): string {
  const m = /^[\s"“‘'([]*([\p{L}\p{N}'’.-]*)/u.exec(text.slice(start, start + 40));
  return m?.[1] ?? "";
}

function falseSplit(text: string, a: RawSpan, b: RawSpan): boolean {
  const lex = textLexicon();
  if (!/[\p{L}\p{N}]/u.test(text.slice(b.start, Math.min(b.end, b.start + 8))) && b.end - b.start <= 8) return true; // a stray closing quote
  const next = firstWord(text, b.start);
  if (next === "") return false;
  if (/^\p{Ll}/u.test(next)) return true; // “…,” he said / lower-case continuation
  const word = wordBeforeDot(text, a.end);
  if (word === null || word === "") return false;
  if (lex.always.has(word)) return true;
  if (lex.titles.has(word)) return /^[\p{Lu}\p{N}]/u.test(next);
  if (lex.initialisms.has(word)) return !lex.sentenceStarters.has(next.toLowerCase());
  if (/^\p{Lu}$/u.test(word) && /^\p{Lu}/u.test(next)) return true; // "Donald J. | Trump"
  return false;
}

export function mergeFalseSplits(text: string, spans: RawSpan[], breaks: Set<number>): RawSpan[] {
  const out: RawSpan[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && !crossesBreak(text, prev.end, span.start, breaks) && falseSplit(text, prev, span)) {
      out[out.length - 1] = { start: prev.start, end: span.end };
    } else out.push(span);
  }
  return out;
}

function crossesBreak(text: string, from: number, to: number, breaks: Set<number>): boolean {
  for (let i = text.indexOf("\n", from); i >= 0 && i < to; i = text.indexOf("\n", i + 1)) {
    if (breaks.has(i)) return true;
  }
  return false;
}
