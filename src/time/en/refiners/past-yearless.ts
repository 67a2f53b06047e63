import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { addMonths, compareYmd, type Ymd } from "../../calendar.js";
import { anchorDay, componentsDay, impliedDay, cloneResult } from "../../components.js";
import { tenseAt } from "../cues.js";

/**
 * A month or a day of a month without a year ("in April", "December 29", "on 31
 * December") takes the most recent past one. It stays in the future only next to a
 * future cue, or for a day within the next 31 days ("is exact January 12th" written on
 * January 3): news names a date a year back with its year.
 */
const FORWARD_WINDOW_DAYS = 31;

function daysBetween(a: Ymd, b: Ymd): number {
  return (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000;
}

export class PastYearlessRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const anchor = anchorDay(context);
    return results.map((r) => {
      const s = r.start;
      if (s.isCertain("year") || !s.isCertain("month") || s.isCertain("weekday")) return r;
      const day = componentsDay(s);
      const hasDay = s.isCertain("day");
      const ahead = hasDay
        ? compareYmd(day, anchor) > 0
        : day.year * 12 + day.month > anchor.year * 12 + anchor.month;
      if (!ahead) return r;
      if (tenseAt(context.text, r.index, r.index + r.text.length) === "future") return r;
      if (hasDay && daysBetween(anchor, day) <= FORWARD_WINDOW_DAYS) return r;
      const out = cloneResult(r);
      impliedDay(out.start, addMonths(day, -12));
      if (out.end && !out.end.isCertain("year")) impliedDay(out.end, addMonths(componentsDay(out.end), -12));
      return out;
    });
  }
}
