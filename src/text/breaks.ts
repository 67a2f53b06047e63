/**
 * Hard sentence boundaries that wink does not see: a blank line (paragraph break)
 * always ends a sentence, and so does a single line break unless the text is plainly
 * wrapped (the next line starts in lower case, or a long line ends mid-clause; a line in
 * title case is a headline, whatever its length).
 * Returns the offsets of the "\n" characters that end a sentence, ascending.
 */
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
      const midClause = line.length >= WRAP_LENGTH && /[\p{Ll},;(\-–]$/u.test(line) && !titleCase(line);
      if (!nextLower && !midClause) out.push(i);
    }
    lineStart = i + 1;
  }
  return out;
}

/** "Riots Erupt Following Death of Brooklyn Teen Killed By Police": most words capitalised. */
function titleCase(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 4 && capitals >= words.length * 0.7;
}
