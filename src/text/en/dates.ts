import * as chrono from "chrono-node";
import { isoDay } from "../../time/calendar.js";

/** The ISO day of a date written in full ("December 31, 2019", "Jan 2 2020 19:31 utc"), or null. */
export function isoDateOf(written: string): string | null {
  const results = chrono.strict.parse(written.slice(0, 80), { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: "UTC" });
  const first = results[0];
  if (!first || !first.start.isCertain("year") || !first.start.isCertain("day")) return null;
  return isoDay({ year: first.start.get("year") ?? 0, month: first.start.get("month") ?? 1, day: first.start.get("day") ?? 1 });
}
