/** Calendar fields read from a date string; time and zone are optional. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** Minutes east of UTC, when the text gives a zone. */
  offset?: number | null;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

function valid(p: DateParts): boolean {
  if (p.year < 1800 || p.year > 2200 || p.month < 1 || p.month > 12 || p.day < 1) return false;
  if (new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDate() !== p.day) return false;
  if (p.hour !== undefined && (p.hour > 23 || (p.minute ?? 0) > 59 || (p.second ?? 0) > 60)) return false;
  return true;
}

/**
 * Writes the parts as ISO 8601: a date alone ("2020-01-02"), a local date-time without
 * zone, a date-time with the text's own offset, or — with `utc` — in UTC with "Z".
 */
export function composeIso(p: DateParts, options: { utc: boolean }): string | null {
  if (!valid(p)) return null;
  const date = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  if (p.hour === undefined) return date;
  const time = `${pad(p.hour)}:${pad(p.minute ?? 0)}:${pad(Math.min(p.second ?? 0, 59))}`;
  if (p.offset === undefined || p.offset === null) return `${date}T${time}`;
  if (options.utc || p.offset === 0) {
    const ms = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute ?? 0, Math.min(p.second ?? 0, 59)) - p.offset * 60_000;
    return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
  }
  const sign = p.offset < 0 ? "-" : "+";
  const abs = Math.abs(p.offset);
  return `${date}T${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
