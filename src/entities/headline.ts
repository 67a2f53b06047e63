import type { Token } from "./tokens.js";

/**
 * Marks tokens of lines written in headline Title Case ("What Will The Trump
 * Administration Do When Iraq Asks U.S. Troops To Leave?"): every word of four letters
 * or more capitalised, and at least five of them. Returns new tokens (a token that
 * changes is a new object; the others are shared).
 */
export function markTitleCase(text: string, tokens: Token[]): Token[] {
  const out = tokens.slice();
  let lineStart = 0;
  const flush = (end: number) => {
    let words = 0;
    let caps = 0;
    for (let i = lineStart; i < end; i++) {
      const t = out[i] as Token;
      if (t.kind !== "word" || t.text.length < 4 || !startsWithLetter(t.text)) continue;
      words++;
      if (t.cap) caps++;
    }
    if (caps >= 5 && caps === words) for (let i = lineStart; i < end; i++) out[i] = { ...(out[i] as Token), titleCase: true };
  };
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1] as Token;
    const cur = out[i] as Token;
    if (lineBreakIn(text, prev.end, cur.start)) {
      flush(i);
      lineStart = i;
    }
  }
  flush(out.length);
  return out;
}

const LETTER = /^\p{L}/u;

function startsWithLetter(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return LETTER.test(s);
}

function lineBreakIn(text: string, from: number, to: number): boolean {
  for (let x = from; x < to; x++) if (text.charCodeAt(x) === 10) return true;
  return false;
}
