import type { DateParts } from "./date-parts.js";
import { parseByline, type Byline } from "./en/byline.js";
import { parseDateLine } from "./en/date-line.js";
import { lineFurniture } from "./en/furniture.js";
import { isHeadlineLike, isProse } from "./en/line-shape.js";
import type { Line } from "./lines.js";
import type { Note } from "./note.js";

/** What the lines above the body say: masthead, dateline, headline, byline. */
export interface PageHeader {
  /** First non-blank line, or -1 for a blank input. */
  firstLine: number;
  /** First line of running text (the body proper); lines.length when there is none. */
  proseLine: number;
  title: string | null;
  outlet: string | null;
  date: DateParts | null;
  byline: Byline | null;
  notes: Note[];
}

/** How many non-blank lines a header may have before the body must have begun. */
const MAX_HEADER_LINES = 8;

export function readHeader(lines: readonly Line[]): PageHeader {
  const header: PageHeader = {
    firstLine: -1, proseLine: lines.length, title: null, outlet: null, date: null, byline: null, notes: [],
  };
  const headlines: number[] = [];
  let dateLine = -1;
  let seen = 0;
  for (const line of lines) {
    if (line.trimmed === "") continue;
    if (header.firstLine < 0) header.firstLine = line.index;
    if (++seen > MAX_HEADER_LINES) {
      header.proseLine = line.index;
      break;
    }
    const t = line.trimmed;
    if (lineFurniture(line) !== null) continue;
    const dl = t.length <= 2000 ? parseDateLine(t) : null;
    if (dl && !dl.isUpdate) {
      if (header.date === null) {
        header.date = dl.date;
        dateLine = line.index;
      }
      if (dl.rest === "furniture") {
        header.notes.push({
          code: "furniture-kept-in-header",
          severity: "info",
          message: "Page furniture glued to the dateline was kept in the stored text.",
          start: line.contentStart + dl.restOffset,
          end: line.contentStart + t.length,
        });
      }
      if (dl.rest === "text") {
        header.proseLine = line.index;
        break;
      }
      continue;
    }
    if (dl) continue;
    const byline = parseByline(t);
    if (byline) {
      header.byline ??= byline;
      continue;
    }
    if (isProse(t)) {
      header.proseLine = line.index;
      break;
    }
    if (isHeadlineLike(t)) headlines.push(line.index);
  }
  return { ...header, ...titleAndOutlet(lines, headlines, dateLine, header.firstLine) };
}

/**
 * One headline-like line is the title. A masthead line, then a dateline, then a
 * headline ("Site name / January 02, 2020 / Headline") gives the outlet too. Anything
 * else leaves the outlet unknown rather than guessed.
 */
function titleAndOutlet(
  lines: readonly Line[],
  headlines: number[],
  dateLine: number,
  firstLine: number,
): { title: string | null; outlet: string | null } {
  const [first, second] = headlines;
  if (first === undefined) return { title: null, outlet: null };
  const text = (i: number): string => lines[i]!.trimmed;
  if (second !== undefined && first === firstLine && dateLine > first && dateLine < second) {
    return { title: text(second), outlet: text(first) };
  }
  return { title: text(first), outlet: null };
}
