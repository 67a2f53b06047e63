import type { RawSpan } from "./wink.js";

/**
 * Quoted passages inside each paragraph, quote marks included. Curly and guillemet
 * quotes pair by direction; straight double quotes open after a blank or bracket and
 * close otherwise. Messy text is handled: a closing quote with no opener before it in
 * its paragraph quotes from the paragraph's start (the first paragraph of a quotation
 * that lost its opener); an opener never closed quotes to the paragraph's end (a
 * quotation running on into the next paragraph).
 */
const OPEN = new Set(["“", "«", "„"]);
const CLOSE = new Set(["”", "»"]);

export interface FoundQuote extends RawSpan {
  /** True when one of the two quote marks is missing. */
  unbalanced: boolean;
  /** The paragraph it was found in. */
  para: RawSpan;
}

export function findQuotes(text: string, paras: RawSpan[]): FoundQuote[] {
  const out: FoundQuote[] = [];
  for (const p of paras) {
    let open = -1;
    let seenAny = false;
    for (let i = p.start; i < p.end; i++) {
      const c = text[i] ?? "";
      if (c !== '"' && !OPEN.has(c) && !CLOSE.has(c)) continue;
      const opening = OPEN.has(c) || (c === '"' && open < 0 && opensHere(text, i, p.start));
      if (!opening && open < 0 && /\s/.test(text[i - 1] ?? " ") && i > p.start) continue; // a closing mark follows text ("next page »" is an arrow)
      if (opening) {
        if (open < 0) open = i;
      } else if (open >= 0) {
        out.push({ start: open, end: i + 1, unbalanced: false, para: p });
        open = -1;
      } else if (!seenAny) {
        out.push({ start: p.start, end: i + 1, unbalanced: true, para: p });
      }
      seenAny = true;
    }
    if (open >= 0 && p.end - open > 1) out.push({ start: open, end: p.end, unbalanced: true, para: p });
  }
  return out;
}

function opensHere(text: string, i: number, paraStart: number): boolean {
  const before = i > paraStart ? (text[i - 1] ?? " ") : " ";
  const after = text[i + 1] ?? " ";
  return /[\s([{\-–—:]/u.test(before) && !/\s/.test(after);
}
