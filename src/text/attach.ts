import type { QuoteSpan, Sentence } from "../model/analysis.js";
import type { RawSpan } from "./wink.js";

/**
 * Builds the sentences, each pointing at the innermost quote span it lies inside (or
 * null). Both lists are in text order, so one sweep with a short list of open quotes
 * does it.
 */
export function attachQuotes(text: string, spans: RawSpan[], quotes: QuoteSpan[]): Sentence[] {
  const out: Sentence[] = [];
  let next = 0;
  let open: QuoteSpan[] = [];
  for (const s of spans) {
    while (next < quotes.length && (quotes[next]?.start ?? Infinity) <= s.start) {
      const q = quotes[next];
      if (q) open.push(q);
      next++;
    }
    open = open.filter((q) => q.end > s.start);
    let inside: QuoteSpan | null = null;
    for (const q of open) {
      if (q.start <= s.start && q.end >= s.end && (!inside || q.end - q.start < inside.end - inside.start)) inside = q;
    }
    out.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), quote: inside });
  }
  return out;
}
