import type { ParsedResult } from "chrono-node";
import { diagnostic, type Diagnostic } from "../model/diagnostic.js";
import { componentsDay } from "./components.js";
import { isoDay } from "./calendar.js";
import { hasForwardModifier, tenseAt } from "./en/cues.js";
import { TAG_LOOSE, TAG_WRITER_DAY } from "./tags.js";

const STRETCH_READINGS: [tag: string, meaning: string][] = [
  [TAG_LOOSE, "may mean the previous calendar week or the past seven days"],
  [TAG_WRITER_DAY, "was written near midnight UTC by a writer of unknown zone"],
];

/** Wording read as the stretch covering each of its meanings ("last week", "tomorrow" at 00:45 UTC). */
function looseDiagnostic(offset: number, result: ParsedResult): Diagnostic[] {
  const tags = result.tags();
  const meaning = STRETCH_READINGS.find(([tag]) => tags.has(tag))?.[1];
  if (!result.end || meaning === undefined) return [];
  const from = isoDay(componentsDay(result.start));
  const to = isoDay(componentsDay(result.end));
  return [
    diagnostic({
      code: "date-ambiguous",
      stage: "time",
      severity: "info",
      message: `"${result.text.slice(0, 40)}" ${meaning}; read as ${from} to ${to}`,
      start: offset + result.index,
      end: offset + result.index + result.text.length,
    }),
  ];
}

/**
 * A bare weekday ("Friday") with no tense around it could be either side of the
 * anchor; sitrep takes the past one and says so. Loose wording read as a stretch
 * covering its meanings is said too.
 */
export function ambiguityDiagnostics(text: string, offset: number, result: ParsedResult, anchorDay: string): Diagnostic[] {
  const loose = looseDiagnostic(offset, result);
  if (loose.length > 0) return loose;
  if (!result.start.isCertain("weekday") || result.start.isCertain("day")) return [];
  const day = isoDay(componentsDay(result.start));
  if (day === anchorDay) return [];
  const end = result.index + result.text.length;
  if (/\b(?:last|next|this|coming|past)\b/i.test(result.text) || hasForwardModifier(text, result.index)) return [];
  if (tenseAt(text, result.index, end) !== null) return [];
  return [
    diagnostic({
      code: "date-ambiguous",
      stage: "time",
      severity: "info",
      message: `"${result.text.slice(0, 40)}" has no tense nearby; read as the past ${day}`,
      start: offset + result.index,
      end: offset + end,
    }),
  ];
}
