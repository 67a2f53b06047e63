import type { Token } from "./tokens.js";

/**
 * Marks tokens of lines written in headline Title Case ("What Will The Trump
 * Administration Do When Iraq Asks U.S. Troops To Leave?"): every word of four letters
 * or more capitalised, and at least five of them. Returns new tokens.
 */
export function markTitleCase(text: string, tokens: Token[]): Token[] {
  const out = tokens.map((t) => ({ ...t }));
  let lineStart = 0;
  const flush = (end: number) => {
    const words = out.slice(lineStart, end).filter((t) => t.kind === "word" && t.text.length >= 4 && /^\p{L}/u.test(t.text));
    const caps = words.filter((t) => t.cap).length;
    if (caps >= 5 && caps === words.length) for (let i = lineStart; i < end; i++) (out[i] as Token).titleCase = true;
  };
  for (let i = 0; i < out.length; i++) {
    const prev = out[i - 1];
    const cur = out[i];
    if (i > 0 && prev && cur && text.slice(prev.end, cur.start).includes("\n")) {
      flush(i);
      lineStart = i;
    }
  }
  flush(out.length);
  return out;
}
