import type { ParsedComponents, ParsingComponents, ParsingContext, ParsingResult } from "chrono-node";
import type { Ymd } from "./calendar.js";
import { ymdOf } from "./calendar.js";
import { TAG_RELATIVE, precisionTag } from "./tags.js";
import type { DatePrecision } from "../model/analysis.js";

/** The reference day of a parse: sitrep passes the anchor's local time as a UTC instant. */
export function anchorDay(context: ParsingContext): Ymd {
  return ymdOf(context.reference.instant);
}

/** Components for a whole day, computed from the anchor (so tagged relative). */
export function dayComponents(context: ParsingContext, d: Ymd): ParsingComponents {
  return context
    .createParsingComponents({ year: d.year, month: d.month, day: d.day })
    .addTag(TAG_RELATIVE);
}

/** Components for a month (day implied as the 1st). */
export function monthComponents(context: ParsingContext, year: number, month: number, yearCertain: boolean): ParsingComponents {
  const c = context.createParsingComponents({ month });
  if (yearCertain) c.assign("year", year);
  else c.imply("year", year);
  c.imply("day", 1);
  return c;
}

/** Components for a year (month and day implied). */
export function yearComponents(context: ParsingContext, year: number): ParsingComponents {
  return context.createParsingComponents({ year }).imply("month", 1).imply("day", 1);
}

/** Moves components that chrono left partly implied to another day, keeping what is certain. */
export function impliedDay(c: ParsingComponents, d: Ymd): void {
  c.imply("year", d.year);
  c.imply("month", d.month);
  c.imply("day", d.day);
}

export function componentsDay(c: ParsedComponents): Ymd {
  return { year: c.get("year") ?? 1970, month: c.get("month") ?? 1, day: c.get("day") ?? 1 };
}

/** A result spanning [index, index + text.length) with the given ends and precision. */
export function makeResult(
  context: ParsingContext,
  index: number,
  text: string,
  start: ParsingComponents,
  end: ParsingComponents | null,
  precision: DatePrecision,
): ParsingResult {
  start.addTag(precisionTag(precision));
  const result = context.createParsingResult(index, text, start, end ?? undefined);
  return result;
}

/** chrono's clone() drops component tags; this one keeps them. */
export function cloneResult(r: ParsingResult): ParsingResult {
  const out = r.clone();
  out.start.addTags(r.start.tags());
  if (out.end && r.end) out.end.addTags(r.end.tags());
  return out;
}
