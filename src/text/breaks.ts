/**
 * Hard sentence boundaries that wink does not see: a blank line (paragraph break)
 * always ends a sentence, and so does a single line break unless the text is plainly
 * wrapped (the next line starts in lower case, or a long line ends mid-clause; a line in
 * title case is a headline, whatever its length).
 * Returns the offsets of the "\n" characters that end a sentence, ascending.
 */
import { titleCased } from "./title-case.js";

const WRAP_LENGTH = 60;

export function hardBreaks(text: string): number[] {
  const out: number[] = [];
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) {
    const line = text.slice(lineStart, i).replace(/\s+$/, "");
    let j = i + 1;
    while (j < text.length && (text[j] === " " || text[j] === "\t" || text[j] === "\r")) j++;
    const next = text[j];
    const blank = next === "\n" || next === undefined || line.trim() === "";
    if (blank) out.push(i);
    else {
      const nextLower = /\p{Ll}/u.test(next);
      const midClause = line.length >= WRAP_LENGTH && /[\p{Ll},;(\-–]$/u.test(line) && !titleCased(line);
      if (!nextLower && !midClause) out.push(i);
    }
    lineStart = i + 1;
  }
  return out;
}
