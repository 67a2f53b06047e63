/** Word, number and punctuation tokens with offsets into the document text. */
export type TokenKind = "word" | "number" | "punct";

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased, with curly apostrophes made straight. */
  lower: string;
  kind: TokenKind;
}

const TOKEN = /(\d+(?:[.,]\d+)*(?:mm)?)|([\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*)|([^\s\p{L}\p{M}\p{N}])/gu;

export function normalizeWord(s: string): string {
  return s.toLowerCase().replace(/[’‘`´]/g, "'");
}

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const kind: TokenKind = m[1] !== undefined ? "number" : m[2] !== undefined ? "word" : "punct";
    const s = start + m.index;
    out.push({ start: s, end: s + m[0].length, text: m[0], lower: normalizeWord(m[0]), kind });
  }
  return out;
}

/** Index of the first token starting at or after `offset` (tokens sorted by start). */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
