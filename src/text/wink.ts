import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/**
 * wink-nlp, loaded once per process on first use, with only sentence boundary detection
 * switched on. One pass per document gives token and sentence spans as character
 * offsets into the text.
 */
type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

function engine(): Nlp {
  nlp ??= winkNLP(model, ["sbd"]);
  return nlp;
}

export interface RawSpan {
  start: number;
  end: number;
}

/** wink's sentences as [start, end) character ranges, in order. */
export function winkSentences(text: string): RawSpan[] {
  const nlp = engine();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const starts = new Array<number>(values.length);
  const ends = new Array<number>(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? "";
    cursor += (spaces[i] ?? "").length;
    if (!text.startsWith(value, cursor)) {
      const found = text.indexOf(value, cursor);
      if (found >= 0 && found - cursor <= 16) cursor = found;
    }
    starts[i] = Math.min(cursor, text.length);
    cursor = Math.min(cursor + value.length, text.length);
    ends[i] = cursor;
  }
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const out: RawSpan[] = [];
  for (const [first, last] of spans) {
    const start = starts[first];
    const end = ends[last];
    if (start !== undefined && end !== undefined && end > start) out.push({ start, end });
  }
  return out;
}
