/**
 * Dates as day numbers (days since 1970-01-01, UTC) so windows and distances are plain
 * arithmetic. Accepts what the time layer writes: YYYY, YYYY-MM, YYYY-MM-DD, a date-time,
 * or an interval "a/b".
 */
import type { DatePrecision } from "../model/analysis.js";

export type DayRange = readonly [number, number];

const DAY_MS = 86_400_000;

export function dayNumber(year: number, month0: number, day: number): number {
  return Math.floor(Date.UTC(year, month0, day) / DAY_MS);
}

export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The inclusive range of days an ISO value covers, or null when it is not a date. */
export function dayRange(value: string | null | undefined): DayRange | null {
  if (!value) return null;
  if (value.includes("/")) {
    const [a, b] = value.split("/");
    const ra = dayRange(a);
    const rb = dayRange(b);
    return ra && rb && ra[0] <= rb[1] ? [ra[0], rb[1]] : null;
  }
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return [dayNumber(year, 0, 1), dayNumber(year, 11, 31)];
  const month0 = Number(m[2]) - 1;
  if (month0 < 0 || month0 > 11) return null;
  if (m[3] === undefined) return [dayNumber(year, month0, 1), dayNumber(year, month0 + 1, 0)];
  const d = dayNumber(year, month0, Number(m[3]));
  return [d, d];
}

const monthCache = new Map<number, string>();

/** "2019-12" for a day number: the blocking bucket. */
export function monthKey(day: number): string {
  let hit = monthCache.get(day);
  if (hit === undefined) {
    hit = isoOfDay(day).slice(0, 7);
    if (monthCache.size > 100_000) monthCache.clear();
    monthCache.set(day, hit);
  }
  return hit;
}

/** Months a range touches: [first, last] and how many there are. */
function monthBounds(range: DayRange): { first: string; last: string; span: number } {
  const first = monthKey(range[0]);
  const last = monthKey(range[1]);
  const [fy, fm] = first.split("-").map(Number) as [number, number];
  const [ly, lm] = last.split("-").map(Number) as [number, number];
  return { first, last, span: (ly - fy) * 12 + (lm - fm) + 1 };
}

/** Ranges over more months than this are background history, not a period. */
export const LONG_MONTHS = 24;

/** A range stated over years ("a campaign that has lasted for years"). */
export function isLongRunning(range: DayRange): boolean {
  return monthBounds(range).span > LONG_MONTHS;
}

/**
 * The month buckets a range falls in. Long ranges (background history) are represented
 * by their first and last month only, so one vague mention never fans out to many buckets.
 */
export function monthsOf(range: DayRange, maxMonths = LONG_MONTHS): string[] {
  const { first, last, span } = monthBounds(range);
  const [fy, fm] = first.split("-").map(Number) as [number, number];
  if (span > maxMonths) return [first, last];
  const out: string[] = [];
  for (let i = 0; i < span; i++) out.push(monthKey(dayNumber(fy, fm - 1 + i, 1)));
  return out;
}

/** Precision implied by a range's width when the time layer did not say. */
export function precisionOfRange(range: DayRange): DatePrecision {
  const width = range[1] - range[0] + 1;
  if (width <= 1) return "day";
  if (width <= 31) return "month";
  if (width <= 92) return "season";
  if (width <= 366) return "year";
  return "interval";
}
