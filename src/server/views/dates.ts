/**
 * The span of days an ISO date value covers, as comparable strings: "2020-01-03" is one
 * day, "2020-01" the month, "2020" the year, "a/b" an interval. Month and year ends use
 * day "99"/month "99" so plain string comparison orders them correctly.
 */
export interface DaySpan {
  lo: string;
  hi: string;
}

export function daySpan(value: string | null): DaySpan | null {
  if (!value) return null;
  const [a, b] = value.split("/");
  if (a === undefined) return null;
  const lo = lowEnd(a);
  const hi = highEnd(b ?? a);
  return lo && hi ? { lo, hi } : null;
}

export function lowEnd(v: string): string | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(v);
  if (!m) return null;
  return `${m[1]}-${m[2] ?? "01"}-${m[3] ?? "01"}`;
}

export function highEnd(v: string): string | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(v);
  if (!m) return null;
  return `${m[1]}-${m[2] ?? "99"}-${m[3] ?? "99"}`;
}

/** True when the value's span overlaps [from, to] (either bound may be absent). */
export function overlaps(value: string | null, from: string | undefined, to: string | undefined): boolean {
  if (!from && !to) return true;
  const span = daySpan(value);
  if (!span) return false;
  if (from && span.hi < from) return false;
  if (to && span.lo > to) return false;
  return true;
}
