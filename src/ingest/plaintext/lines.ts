/** One line of the input, by offsets. `end` excludes the line break; `next` is the next line's start. */
export interface Line {
  index: number;
  start: number;
  end: number;
  next: number;
  /** Columns of leading white space (a tab counts as 4). */
  indent: number;
  /** Offset where `trimmed` starts in the input. */
  contentStart: number;
  /** The line without leading and trailing white space. */
  trimmed: string;
}

/** Lines longer than this are never matched against layout patterns (they are prose). */
export const MAX_PATTERN_LINE = 300;

/** Splits on \n, \r\n and lone \r, in one pass. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : -1;
    if (c !== 10 && c !== 13 && c !== -1) continue;
    const end = i;
    let next = i + 1;
    if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) next = i + 2;
    if (c === -1) {
      lines.push(makeLine(text, lines.length, start, end, n));
      break;
    }
    lines.push(makeLine(text, lines.length, start, end, next));
    start = next;
    i = next - 1;
  }
  return lines;
}

function makeLine(text: string, index: number, start: number, end: number, next: number): Line {
  let indent = 0;
  let s = start;
  while (s < end) {
    const c = text.charCodeAt(s);
    if (c === 32 || c === 0xa0) indent += 1;
    else if (c === 9) indent += 4;
    else break;
    s++;
  }
  if (s === end) return { index, start, end, next, indent, contentStart: end, trimmed: "" };
  const raw = text.slice(start, end);
  const trimmedStart = raw.trimStart();
  const contentStart = start + (raw.length - trimmedStart.length);
  return { index, start, end, next, indent, contentStart, trimmed: trimmedStart.trimEnd() };
}

/** Whether a line is short enough for layout patterns. */
export function isPatternSized(line: Line): boolean {
  return line.trimmed.length > 0 && line.trimmed.length <= MAX_PATTERN_LINE;
}

export function nextNonBlank(lines: readonly Line[], from: number, limit = lines.length): number {
  for (let i = from; i < limit; i++) if (lines[i]!.trimmed !== "") return i;
  return -1;
}
