import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { precisionTag } from "../../tags.js";
import { anchorDay, cloneResult, yearComponents } from "../../components.js";
import type { DatePrecision } from "../../../model/analysis.js";

/**
 * "five years ago" means a year, not the exact day five years back: the precision of
 * an "ago"/"later" expression is its coarsest unit.
 *
 * A count of years back is a rounded figure: "five years ago", written in January 2020,
 * names a time between mid-2014 and mid-2015. When that half-year-either-side window
 * covers two calendar years by at least two months each, the value is both years
 * ("2014/2015"); otherwise the one year.
 */
const UNIT_PRECISION: [RegExp, DatePrecision][] = [
  [/\b(?:years?|decades?)\b/i, "year"],
  [/\bmonths?\b/i, "month"],
  [/\b(?:weeks?|days?)\b/i, "day"],
  [/\b(?:hours?|minutes?)\b/i, "time"],
];

const YEARS_AGO = /\byears\s+ago\b/i;
/** Months either side of the computed day that a rounded count of years may stand for. */
const HALF_YEAR = 6;
/** Months of a calendar year the window must cover to name it. */
const MIN_COVER = 2;

/** The calendar years a rounded "N years ago" may fall in, or null for just the computed one. */
function roundedYears(context: ParsingContext, r: ParsingResult): [number, number] | null {
  if (!YEARS_AGO.test(r.text)) return null;
  const year = r.start.get("year");
  const month = r.start.get("month");
  if (year === null || month === null) return null;
  // "a year ago", "one year ago": a single year back is usually meant exactly
  if (anchorDay(context).year - year < 2) return null;
  const at = year * 12 + (month - 1);
  const from = at - HALF_YEAR;
  const to = at + HALF_YEAR;
  const firstYear = Math.floor(from / 12) + (12 - (from % 12) < MIN_COVER ? 1 : 0);
  const lastYear = Math.floor(to / 12) - ((to % 12) + 1 < MIN_COVER ? 1 : 0);
  return firstYear < lastYear ? [firstYear, lastYear] : null;
}

export class AgoPrecisionRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.map((r) => {
      if (r.end || !/\b(?:ago|later|earlier|before|after|from now)\b/i.test(r.text)) return r;
      if (!r.tags().has("result/relativeDate")) return r;
      const precision = UNIT_PRECISION.find(([re]) => re.test(r.text))?.[1];
      if (!precision) return r;
      const out = cloneResult(r);
      const years = precision === "year" ? roundedYears(context, r) : null;
      if (years) {
        out.start = yearComponents(context, years[0]).addTags(r.start.tags());
        out.end = yearComponents(context, years[1]).addTags(r.start.tags());
      }
      out.start.addTag(precisionTag(precision));
      return out;
    });
  }
}
