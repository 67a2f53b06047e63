/** Calendar arithmetic on plain UTC dates (no machine time zone involved). */
export interface Ymd {
  year: number;
  month: number; // 1-12
  day: number;
}

export function ymdOf(date: Date): Ymd {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function toDate(d: Ymd): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day, 12));
}

export function addDays(d: Ymd, days: number): Ymd {
  return ymdOf(new Date(Date.UTC(d.year, d.month - 1, d.day + days, 12)));
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Adds months, clamping the day to the target month's length (31 Dec − 2 months = 31 Oct). */
export function addMonths(d: Ymd, months: number): Ymd {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** Negative when a is before b, 0 on the same day. */
export function compareYmd(a: Ymd, b: Ymd): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(d: Ymd): number {
  return toDate(d).getUTCDay();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

export function isoDay(d: Ymd): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function isoYear(year: number): string {
  return pad(year, 4);
}

export { pad };
