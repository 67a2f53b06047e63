import type { QuoteSpan } from "../model/analysis.js";
import { isoDateOf } from "./en/dates.js";
import type { RawSpan } from "./wink.js";

/**
 * Embedded tweets as copied from a page: "TEXT — Name (@handle) December 31, 2019"
 * (an em or en dash, or "--"). The span runs from the start of the paragraph holding
 * the signature to the end of its date.
 */
const SIGNATURE =
  /(?:—|–|--)\s*([^\n()—–]{1,80}?)\s*\(@([A-Za-z0-9_]{1,15})\)\s*((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})|(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}))?/g;

export function findTweets(text: string, paras: RawSpan[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const p of paras) {
    const body = text.slice(p.start, p.end);
    if (!body.includes("(@")) continue;
    SIGNATURE.lastIndex = 0;
    let from = p.start;
    for (let m = SIGNATURE.exec(body); m; m = SIGNATURE.exec(body)) {
      const end = p.start + m.index + m[0].length;
      const name = (m[1] ?? "").trim();
      out.push({
        start: from,
        end,
        text: text.slice(from, end),
        kind: "tweet",
        speakerText: name === "" ? null : name,
        handle: m[2] ?? null,
        date: m[3] ? isoDateOf(m[3]) : null,
      });
      from = end;
      while (from < p.end && /\s/.test(text[from] ?? "")) from++;
    }
  }
  return out;
}
