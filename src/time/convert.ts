import type { ParsedComponents, ParsedResult } from "chrono-node";
import type { DatePrecision, TimeExpression } from "../model/analysis.js";
import { isoDay, isoMonth, isoYear, pad } from "./calendar.js";
import { isRelativeTag, precisionFromTags } from "./tags.js";

/** Turns a refined chrono result into a TimeExpression with a value at its precision. */
type Level = "time" | "day" | "month" | "year";

function levelOf(c: ParsedComponents, tags: Set<string>): Level {
  if (c.isCertain("hour") && !tags.has("casualReference/now")) return "time";
  if (c.isCertain("day") || c.isCertain("weekday")) return "day";
  if (c.isCertain("month")) return "month";
  if (c.isCertain("year")) return "year";
  return "day";
}

function zone(c: ParsedComponents): string {
  if (!c.isCertain("timezoneOffset")) return "";
  const offset = c.get("timezoneOffset") ?? 0;
  if (offset === 0) return "Z";
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function format(c: ParsedComponents, level: Level): string {
  const year = c.get("year") ?? 1970;
  const month = c.get("month") ?? 1;
  const day = c.get("day") ?? 1;
  switch (level) {
    case "year":
      return isoYear(year);
    case "month":
      return isoMonth(year, month);
    case "day":
      return isoDay({ year, month, day });
    case "time":
      return `${isoDay({ year, month, day })}T${pad(c.get("hour") ?? 0)}:${pad(c.get("minute") ?? 0)}${zone(c)}`;
  }
}

const LEVEL_OF_PRECISION: Partial<Record<DatePrecision, Level>> = { day: "day", month: "month", year: "year", time: "time" };

/** The result falls before year 1 ("December 29 BC"). */
export function beforeCommonEra(result: ParsedResult): boolean {
  const year = (c: ParsedComponents | null | undefined): number => c?.get("year") ?? 1970;
  return year(result.start) < 1 || year(result.end) < 1;
}

/** True when the text states the value in full: an explicit year and nothing computed from the anchor. */
export function isStated(result: ParsedResult): boolean {
  const tags = result.tags();
  for (const tag of tags) if (isRelativeTag(tag)) return false;
  if (!/\d{4}|\d{1,2}\/\d{1,2}\/\d{2}\b|['’]\d{2}\b/.test(result.text)) return false;
  if (!result.start.isCertain("year")) return false;
  return !result.end || result.end.isCertain("year");
}

export function toTimeExpression(result: ParsedResult, offset: number, anchor: string): TimeExpression {
  const tags = result.tags();
  const hint = precisionFromTags(tags);
  let value: string;
  let precision: DatePrecision;
  const from = format(result.start, levelOf(result.start, tags));
  const to = result.end ? format(result.end, levelOf(result.end, tags)) : null;
  // a range that would end before it starts ("December 29 -1") keeps its start only
  if (to !== null && from.slice(0, 10) <= to.slice(0, 10)) {
    value = `${from}/${to}`;
    precision = hint === "season" ? "season" : "interval";
  } else {
    const level = (hint && LEVEL_OF_PRECISION[hint]) ?? levelOf(result.start, tags);
    value = format(result.start, level);
    precision = level;
  }
  return {
    start: offset + result.index,
    end: offset + result.index + result.text.length,
    text: result.text,
    value,
    precision,
    anchor,
    certain: isStated(result),
  };
}
