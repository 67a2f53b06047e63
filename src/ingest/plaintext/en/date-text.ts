import { isValidDate, type DateParts } from "../date-parts.js";
import { englishCalendar } from "./calendar.js";

/**
 * A strict parser for the date and date-time forms of datelines, bylines and comment
 * signatures: "2020-01-03", "Thursday, January 2, 2020", "January 02, 2020",
 * "2 January 2020", "Jan 2 2020 19:01 utc", "January 2, 2020 at 18:45 UTC",
 * "January 03, 2020 at 01:44 AM". The whole string must be the date; anything else
 * gives null. Prose is never handed to it, only short fields of layout lines.
 */
export function parseDateText(input: string): DateParts | null {
  const s = input.trim();
  if (s.length === 0 || s.length > 80) return null;
  return parseIso(s) ?? parseMonthFirst(s) ?? parseDayFirst(s);
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?$/i;

function parseIso(s: string): DateParts | null {
  const m = ISO.exec(s);
  if (!m) return null;
  const base = dateOf(+m[1]!, +m[2]!, +m[3]!);
  if (!base || m[4] === undefined) return base;
  const parts = withTime(base, +m[4], +m[5]!, m[6] === undefined ? 0 : +m[6], null, m[7] ?? null);
  return parts;
}

interface Patterns {
  monthFirst: RegExp;
  dayFirst: RegExp;
}

let patterns: Patterns | null = null;

function compiled(): Patterns {
  if (patterns) return patterns;
  const cal = englishCalendar();
  const weekday = `(?:(?:${cal.weekdayPattern})\\.?,?\\s+)?`;
  const month = `(${cal.monthPattern})\\.?`;
  const ord = "(?:st|nd|rd|th)?";
  const time = "(?:,?\\s+(?:at\\s+|@\\s*|-\\s+)?(\\d{1,2})(?:[:.](\\d{2}))?(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?\\s*([a-z]{1,4}|[+-]\\d{2}:?\\d{2})?)?";
  patterns = {
    monthFirst: new RegExp(`^${weekday}${month}\\s+(\\d{1,2})${ord},?\\s+(\\d{4})${time}$`, "i"),
    dayFirst: new RegExp(`^${weekday}(\\d{1,2})${ord}\\s+(?:of\\s+)?${month},?\\s+(\\d{4})${time}$`, "i"),
  };
  return patterns;
}

function parseMonthFirst(s: string): DateParts | null {
  const m = compiled().monthFirst.exec(s);
  if (!m) return null;
  return build(m[1]!, m[2]!, m[3]!, m.slice(4));
}

function parseDayFirst(s: string): DateParts | null {
  const m = compiled().dayFirst.exec(s);
  if (!m) return null;
  return build(m[2]!, m[1]!, m[3]!, m.slice(4));
}

function build(monthName: string, day: string, year: string, time: (string | undefined)[]): DateParts | null {
  const month = englishCalendar().months.get(monthName.toLowerCase());
  if (month === undefined) return null;
  const base = dateOf(+year, month, +day);
  if (!base) return null;
  const [hour, minute, second, meridiem, zone] = time;
  if (hour === undefined) return base;
  // A bare number after the date is a time only with minutes or am/pm.
  if (minute === undefined && meridiem === undefined) return null;
  return withTime(base, +hour, minute === undefined ? 0 : +minute, second === undefined ? 0 : +second, meridiem ?? null, zone ?? null);
}

function dateOf(year: number, month: number, day: number): DateParts | null {
  if (!isValidDate(year, month, day)) return null;
  return { year, month, day, hour: null, minute: null, second: null, utc: false };
}

function withTime(
  base: DateParts,
  hour: number,
  minute: number,
  second: number,
  meridiem: string | null,
  zone: string | null,
): DateParts | null {
  let h = hour;
  if (meridiem !== null) {
    if (h < 1 || h > 12) return null;
    const pm = meridiem.toLowerCase().startsWith("p");
    h = (h % 12) + (pm ? 12 : 0);
  }
  if (h > 23 || minute > 59 || second > 59) return null;
  const parts: DateParts = { ...base, hour: h, minute, second };
  if (zone === null) return parts;
  if (englishCalendar().utcZones.has(zone.toLowerCase())) return { ...parts, utc: true };
  const offset = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  // A named zone we do not know (EST, CET): keep the page's local clock time.
  if (!offset) return parts;
  const sign = offset[1] === "-" ? -1 : 1;
  const minutes = sign * (+offset[2]! * 60 + +offset[3]!);
  const t = new Date(Date.UTC(parts.year, parts.month - 1, parts.day, h, minute, second) - minutes * 60000);
  return {
    year: t.getUTCFullYear(),
    month: t.getUTCMonth() + 1,
    day: t.getUTCDate(),
    hour: t.getUTCHours(),
    minute: t.getUTCMinutes(),
    second: t.getUTCSeconds(),
    utc: true,
  };
}
