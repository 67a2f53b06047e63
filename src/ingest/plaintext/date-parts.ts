/** A calendar date with an optional clock time, as a page states it. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number | null;
  minute: number | null;
  second: number | null;
  /** True when the text says the time is UTC (utc, gmt, Z), or gave an offset we applied. */
  utc: boolean;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

export function isoDate(d: DateParts): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** "2020-01-02T19:01:00Z" when the zone is UTC, "2020-01-02T19:01:00" when unknown, or the date alone. */
export function isoDateTime(d: DateParts): string {
  if (d.hour === null || d.minute === null) return isoDate(d);
  return `${isoDate(d)}T${pad(d.hour)}:${pad(d.minute)}:${pad(d.second ?? 0)}${d.utc ? "Z" : ""}`;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Comparable number for ordering stamps of one page (minutes since the epoch, zone ignored). */
export function stampMinutes(d: DateParts): number {
  return Date.UTC(d.year, d.month - 1, d.day, d.hour ?? 0, d.minute ?? 0) / 60000;
}
