import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { precisionTag } from "../../tags.js";
import { cloneResult } from "../../components.js";
import type { DatePrecision } from "../../../model/analysis.js";

/**
 * "five years ago" means a year, not the exact day five years back: the precision of
 * an "ago"/"later" expression is its coarsest unit.
 */
const UNIT_PRECISION: [RegExp, DatePrecision][] = [
  [/\b(?:years?|decades?)\b/i, "year"],
  [/\bmonths?\b/i, "month"],
  [/\b(?:weeks?|days?)\b/i, "day"],
  [/\b(?:hours?|minutes?)\b/i, "time"],
];

export class AgoPrecisionRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.map((r) => {
      if (r.end || !/\b(?:ago|later|earlier|before|after|from now)\b/i.test(r.text)) return r;
      if (!r.tags().has("result/relativeDate")) return r;
      const precision = UNIT_PRECISION.find(([re]) => re.test(r.text))?.[1];
      if (!precision) return r;
      const out = cloneResult(r);
      out.start.addTag(precisionTag(precision));
      return out;
    });
  }
}
