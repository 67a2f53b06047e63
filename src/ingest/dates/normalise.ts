import { composeIso, type DateParts } from "./compose.js";
import { EN_MONTHS, EN_MONTH_PATTERN } from "./en/months.js";
import { zoneOffset } from "./zones.js";

const ISO = /^(\d{4})[-/](\d{2})[-/](\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const RFC822 = /^(?:[A-Za-z]{2,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4}|\d{2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([A-Za-z]{1,5}|[+-]\d{4}|[+-]\d{2}:\d{2})?)?$/;
const TIME = String.raw`(?:(?:\s*,?\s*(?:at\s+)?|\s+)(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?(?:\s*(utc|gmt|z|[ecmp][sd]t|[+-]\d{2}:?\d{2}))?)?`;
const MONTH_FIRST = new RegExp(String.raw`\b(${EN_MONTH_PATTERN})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b` + TIME, "i");
const DAY_FIRST = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(${EN_MONTH_PATTERN})\.?,?\s+(\d{4})\b` + TIME, "i");

function hour12(hour: number, ampm: string | undefined): number {
  if (!ampm) return hour;
  const pm = ampm.toLowerCase().startsWith("p");
  return (hour % 12) + (pm ? 12 : 0);
}

function timeParts(m: RegExpExecArray, from: number): Partial<DateParts> {
  if (m[from] === undefined) return {};
  return {
    hour: hour12(Number(m[from]), m[from + 3]),
    minute: Number(m[from + 1]),
    second: Number(m[from + 2] ?? 0),
    offset: zoneOffset(m[from + 4]),
  };
}

function month(name: string | undefined): number {
  return EN_MONTHS[(name ?? "").toLowerCase().replace(/\.$/, "")] ?? 0;
}

function parseWhole(s: string): DateParts | null {
  let m = ISO.exec(s);
  if (m) {
    const parts: DateParts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    if (m[4] !== undefined) Object.assign(parts, { hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6] ?? 0), offset: zoneOffset(m[7]) });
    return parts;
  }
  m = RFC822.exec(s);
  if (m && month(m[2])) {
    const y = Number(m[3]);
    const parts: DateParts = { year: y < 100 ? (y < 50 ? 2000 + y : 1900 + y) : y, month: month(m[2]), day: Number(m[1]) };
    if (m[4] !== undefined) Object.assign(parts, { hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6] ?? 0), offset: zoneOffset(m[7]) });
    return parts;
  }
  return null;
}

/** Finds an English month-name date ("January 2, 2020 at 7:01 pm", "2 Jan 2020") anywhere in the text. */
function findInText(s: string): DateParts | null {
  let m = MONTH_FIRST.exec(s);
  if (m) return { year: Number(m[3]), month: month(m[1]), day: Number(m[2]), ...timeParts(m, 4) };
  m = DAY_FIRST.exec(s);
  if (m) return { year: Number(m[3]), month: month(m[2]), day: Number(m[1]), ...timeParts(m, 4) };
  return null;
}

/**
 * Turns a date as pages and feeds write it (ISO 8601, RFC 822, "January 2, 2020") into
 * ISO 8601; null when no date is recognised. `utc` writes zoned times in UTC ("Z");
 * otherwise the text's own offset is kept, so the local calendar date stays visible.
 */
export function normaliseDate(raw: string | null | undefined, options: { utc: boolean; search?: boolean }): string | null {
  if (!raw) return null;
  const s = raw.replace(/\s+/g, " ").trim().slice(0, 200);
  if (s === "") return null;
  const parts = parseWhole(s) ?? (options.search !== false ? findInText(s) : null);
  return parts ? composeIso(parts, options) : null;
}
