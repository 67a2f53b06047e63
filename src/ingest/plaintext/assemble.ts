import { lineFurniture } from "./en/furniture.js";
import type { Line } from "./lines.js";

/** A piece of the input copied into assembled text: input [from, to) sits at text offset `at`. */
export interface Segment {
  from: number;
  to: number;
  at: number;
}

export interface Assembled {
  text: string;
  segments: Segment[];
  /** Furniture lines dropped from inside the range (not counting its ends). */
  droppedInside: number;
}

/**
 * The text of lines [startLine, endLine), from `start` (an offset in the first line)
 * on, without furniture lines and blank lines at either end. A furniture line inside
 * the range is dropped with its line break (and a blank line it leaves doubled), so
 * the result is one verbatim slice of the input unless such a line was dropped.
 */
export function assemble(
  input: string,
  lines: readonly Line[],
  range: { startLine: number; endLine: number; start?: number },
): Assembled {
  const isContent = (l: Line): boolean => l.trimmed !== "" && lineFurniture(l) === null;
  let first = range.startLine;
  while (first < range.endLine && !isContent(lines[first]!)) first++;
  let last = range.endLine - 1;
  while (last >= first && !isContent(lines[last]!)) last--;
  if (first > last) return { text: "", segments: [], droppedInside: 0 };

  const segments: Segment[] = [];
  let droppedInside = 0;
  let segFrom = first === range.startLine && range.start !== undefined ? range.start : lines[first]!.start;
  let at = 0;
  let i = first;
  while (i <= last) {
    const line = lines[i]!;
    if (line.trimmed !== "" && lineFurniture(line) !== null) {
      if (line.start > segFrom) {
        segments.push({ from: segFrom, to: line.start, at });
        at += line.start - segFrom;
      }
      droppedInside++;
      let resume = i + 1;
      const prevBlank = i > first && lines[i - 1]!.trimmed === "";
      if (prevBlank && resume <= last && lines[resume]!.trimmed === "") resume++;
      segFrom = lines[resume]?.start ?? line.next;
      i = resume;
      continue;
    }
    i++;
  }
  const end = lines[last]!.contentStart + lines[last]!.trimmed.length;
  if (end > segFrom) segments.push({ from: segFrom, to: end, at });
  const text = segments.map((s) => input.slice(s.from, s.to)).join("");
  return { text, segments, droppedInside };
}

/** The text offset of an input offset, or null when it fell in a dropped part. */
export function textOffset(segments: readonly Segment[], inputOffset: number): number | null {
  for (const s of segments) if (inputOffset >= s.from && inputOffset <= s.to) return s.at + inputOffset - s.from;
  return null;
}
