import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/**
 * wink-nlp, loaded once per process on first use, with sentence boundary detection and
 * part-of-speech tagging switched on (the tags are those of the full model: the other
 * annotations run after sentence detection and do not feed the tagger). One pass per
 * document gives sentence spans and tagged tokens as character offsets into the text,
 * for this stage and for any later one that needs parts of speech.
 */
type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

function engine(): Nlp {
  nlp ??= winkNLP(model, ["sbd", "pos"]);
  return nlp;
}

export interface RawSpan {
  start: number;
  end: number;
}

/** A wink token: where it lies in the text, its text as wink read it, its part of speech. */
export interface WinkToken {
  start: number;
  end: number;
  value: string;
  pos: string;
}

export interface WinkParse {
  /** wink's sentences as [start, end) character ranges, in order. */
  sentences: RawSpan[];
  /** Every token, in order. */
  tokens: WinkToken[];
}

/**
 * wink tests each new token with a pattern that backtracks quadratically on a long
 * token, so it reads a copy of the text in which every run of more than MAX_RUN
 * characters between wink's separators has a space put in place of every MAX_RUN-th
 * character. The copy has the text's length, so every offset still points into the
 * real text.
 */
export const MAX_RUN = 256;

/** wink's token separators: its spaces and line breaks. */
function isSeparator(code: number): boolean {
  return (
    code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0xa0 ||
    (code >= 0x2002 && code <= 0x2005) || code === 0x2009 || code === 0x200a || code === 0x202f || code === 0x205f
  );
}

/** The text with a space in place of every (MAX_RUN + 1)-th character of a run; one scan. */
export function boundRuns(text: string): string {
  if (text.length <= MAX_RUN) return text;
  let out = "";
  let from = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSeparator(text.charCodeAt(i))) run = 0;
    else if (run === MAX_RUN) {
      out += text.slice(from, i) + " ";
      from = i + 1;
      run = 0;
    } else run++;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** One wink pass over the text: its sentences and tagged tokens. */
export function winkParse(text: string): WinkParse {
  const nlp = engine();
  const its = nlp.its;
  const read = boundRuns(text);
  const doc = nlp.readDoc(read);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const tokens = new Array<WinkToken>(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? "";
    cursor += (spaces[i] ?? "").length;
    if (!read.startsWith(value, cursor)) {
      const found = read.indexOf(value, cursor);
      if (found >= 0 && found - cursor <= 16) cursor = found;
    }
    const start = Math.min(cursor, read.length);
    cursor = Math.min(cursor + value.length, read.length);
    tokens[i] = { start, end: cursor, value, pos: tags[i] ?? "X" };
  }
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const sentences: RawSpan[] = [];
  for (const [first, last] of spans) {
    const start = tokens[first]?.start;
    const end = tokens[last]?.end;
    if (start !== undefined && end !== undefined && end > start) sentences.push({ start, end });
  }
  return { sentences, tokens };
}

/** wink's sentences as [start, end) character ranges, in order. */
export function winkSentences(text: string): RawSpan[] {
  return winkParse(text).sentences;
}
