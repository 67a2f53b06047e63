import type { Sentence } from "../model/analysis.js";

/**
 * The pieces of text handed to chrono, one by one: the sentences (or, without them, the
 * lines), each cut to at most MAX_CHUNK characters at a blank so that no regular
 * expression ever sees an unbounded input. A piece of a quoted tweet or byline that
 * carries its own date keeps that date: its relative words count from it.
 */
export interface Chunk {
  start: number;
  text: string;
  /** The ISO date of the quote the piece lies in, when the quote states one. */
  quoteDate: string | null;
}

export const MAX_CHUNK = 600;

function cut(text: string, start: number, end: number, out: Chunk[], quoteDate: string | null = null): void {
  let from = start;
  while (end - from > MAX_CHUNK) {
    const window = text.slice(from, from + MAX_CHUNK);
    const blank = window.lastIndexOf(" ");
    const at = blank > MAX_CHUNK / 2 ? from + blank : from + MAX_CHUNK;
    out.push({ start: from, text: text.slice(from, at), quoteDate });
    from = at;
  }
  if (end > from) out.push({ start: from, text: text.slice(from, end), quoteDate });
}

export function chunksOf(text: string, sentences: Sentence[]): Chunk[] {
  const out: Chunk[] = [];
  if (sentences.length > 0) {
    for (const s of sentences) cut(text, s.start, s.end, out, s.quote?.date ?? null);
    return out;
  }
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) cut(text, m.index, m.index + m[0].length, out);
  return out;
}
