import type { DateParts } from "../date-parts.js";
import { parseDateText } from "./date-text.js";
import { furnitureKind, gluedTailStart } from "./furniture.js";
import { layoutWords, startsWithWord } from "./layout-words.js";

/** A dateline: a line that is a date ("January 02, 2020") or starts with a labelled one (" date 2020-01-03 ..."). */
export interface DateLine {
  date: DateParts;
  /** "updated 2020-01-04": a revision date, not the publication date. */
  isUpdate: boolean;
  /** Offset (in the trimmed line) where what follows the date starts. */
  restOffset: number;
  /** What follows the date: nothing, glued furniture ("Loading..."), or the body's first words. */
  rest: "none" | "furniture" | "text";
}

const ISO_PREFIX = /^(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)(?=\s|$)/;

export function parseDateLine(trimmed: string): DateLine | null {
  const head = trimmed.slice(0, 120);
  const words = layoutWords();
  const label = startsWithWord(head, words.datePrefixes);
  const isUpdate = label !== null && words.updatePrefixes.includes(label.toLowerCase());
  const valueStart = label === null ? 0 : skipSeparators(head, label.length);
  if (label !== null && valueStart === label.length && !label.endsWith(":")) return null;
  const value = head.slice(valueStart);

  const iso = ISO_PREFIX.exec(value);
  if (iso) {
    const date = parseDateText(iso[1]!);
    if (!date) return null;
    const restOffset = skipSeparators(trimmed, valueStart + iso[1]!.length);
    const rest = restKind(trimmed.slice(restOffset));
    // An unlabelled ISO date followed by prose is a sentence, not a dateline.
    if (rest === "text" && label === null) return null;
    return { date, isUpdate, restOffset, rest };
  }

  if (trimmed.length > 120) return null;
  const tail = gluedTailStart(trimmed);
  const end = tail ?? trimmed.length;
  const date = parseDateText(trimmed.slice(valueStart, end));
  if (!date) return null;
  const restOffset = skipSeparators(trimmed, end);
  return { date, isUpdate, restOffset, rest: restOffset >= trimmed.length ? "none" : "furniture" };
}

function skipSeparators(s: string, from: number): number {
  let i = from;
  while (i < s.length && /[\s:|·—–-]/.test(s.charAt(i))) i++;
  return i;
}

function restKind(rest: string): DateLine["rest"] {
  const r = rest.trim();
  if (r === "") return "none";
  if (furnitureKind(r) !== null) return "furniture";
  return "text";
}
