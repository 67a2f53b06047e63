import { readDataFile } from "../data-file.js";

/** English month and weekday names, loaded from data/en/calendar.json. */
export interface Calendar {
  /** Every spelling (lower case) to its month number, 1–12. */
  months: Map<string, number>;
  weekdays: Set<string>;
  utcZones: Set<string>;
  /** Regular-expression alternations (longest first) for the names. */
  monthPattern: string;
  weekdayPattern: string;
}

let cached: Calendar | null = null;

export function englishCalendar(): Calendar {
  if (cached) return cached;
  const raw = readDataFile("en/plaintext/calendar.json") as {
    months: string[][];
    weekdays: string[][];
    utcZones: string[];
  };
  const months = new Map<string, number>();
  raw.months.forEach((names, i) => names.forEach((n) => months.set(n.toLowerCase(), i + 1)));
  const weekdays = new Set(raw.weekdays.flat().map((n) => n.toLowerCase()));
  cached = {
    months,
    weekdays,
    utcZones: new Set(raw.utcZones.map((z) => z.toLowerCase())),
    monthPattern: alternation([...months.keys()]),
    weekdayPattern: alternation([...weekdays]),
  };
  return cached;
}

function alternation(words: string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");
}
