import type { DatePrecision } from "../model/analysis.js";

/**
 * Tags sitrep's parsers and refiners put on chrono results. chrono keeps tags on its
 * components, so they travel through every refiner to the conversion step.
 */
export const TAG_RELATIVE = "sitrep/relative";
/** Marks a reading that covers more than one meaning of loose wording ("last week"). */
export const TAG_LOOSE = "sitrep/loose";
/** Marks a deictic day ("tomorrow") read as the two days a writer of unknown zone may mean. */
export const TAG_WRITER_DAY = "sitrep/writer-day";
const PRECISION_PREFIX = "sitrep/precision:";

export function precisionTag(precision: DatePrecision): string {
  return PRECISION_PREFIX + precision;
}

export function precisionFromTags(tags: Set<string>): DatePrecision | null {
  for (const tag of tags) {
    if (tag.startsWith(PRECISION_PREFIX)) return tag.slice(PRECISION_PREFIX.length) as DatePrecision;
  }
  return null;
}

/** chrono's own tags that mean a value was computed from the reference date. */
export function isRelativeTag(tag: string): boolean {
  return (
    tag === TAG_RELATIVE ||
    tag === "result/relativeDate" ||
    tag.startsWith("casualReference/") ||
    tag === "parser/ENCasualDateParser" ||
    tag === "parser/ENCasualTimeParser"
  );
}

const ANAPHORA_PREFIX = "sitrep/anaphora:";

/** Marks a result whose date derives from an earlier expression: mode and day shift. */
export function anaphoraTag(mode: string, shift: number): string {
  return `${ANAPHORA_PREFIX}${mode}:${shift}`;
}

export function anaphoraFromTags(tags: Set<string>): { mode: string; shift: number } | null {
  for (const tag of tags) {
    if (!tag.startsWith(ANAPHORA_PREFIX)) continue;
    const [mode, shift] = tag.slice(ANAPHORA_PREFIX.length).split(":");
    return { mode: mode ?? "whole", shift: Number(shift ?? 0) };
  }
  return null;
}

const NARRATIVE_END_PREFIX = "sitrep/narrative-end:";

/** Marks a duration told in the past perfect: it ends at the narrated day, `days` long. */
export function narrativeEndTag(days: number): string {
  return `${NARRATIVE_END_PREFIX}${days}`;
}

export function narrativeEndFromTags(tags: Set<string>): number | null {
  for (const tag of tags) if (tag.startsWith(NARRATIVE_END_PREFIX)) return Number(tag.slice(NARRATIVE_END_PREFIX.length));
  return null;
}
