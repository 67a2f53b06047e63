import type { QuoteSpan, Sentence } from "../model/analysis.js";
import type { Diagnostic } from "../model/diagnostic.js";

export interface SegmentInput {
  text: string;
}

export interface SegmentResult {
  sentences: Sentence[];
  quotes: QuoteSpan[];
  diagnostics: Diagnostic[];
}

/** Splits a document's text into sentences and finds quotations, tweets and bylines. */
export function segment(input: SegmentInput): SegmentResult {
  // Placeholder until the text stage lands: one sentence per non-empty line.
  const sentences: Sentence[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(input.text); m; m = re.exec(input.text)) {
    sentences.push({ start: m.index, end: m.index + m[0].length, text: m[0], quote: null });
  }
  return { sentences, quotes: [], diagnostics: [] };
}
