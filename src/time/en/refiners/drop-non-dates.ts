import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { timeLexicon } from "../lexicon.js";
import { precisionFromTags } from "../../tags.js";

/**
 * Drops what chrono takes for a date but news text means otherwise: numbers glued to
 * letters or units ("107mm", "F-15E", "K-1", "12.53%"), counts ("at 10 bases"), "24/7"
 * and other two-part slashes, month names used as verbs ("to march", "it may be"), clock
 * times without a clock marker, and a span of hours told as how long something lasted
 * ("fell for three hours": chrono reads it as three hours from now), or one that bounds how
 * soon something followed ("blamed Kyiv within a day": not a day after the writing).
 */
const PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|since|until|till|by|from|during|early|late|mid|last|this|next|of|through|throughout|before|after|around|on|to)\s+$/iu;
const CLOCK = /(?:\d:\d\d|\b(?:a\.?m\.?|p\.?m\.?|noon|midnight|o['’]clock|utc|gmt)\b|\d(?:am|pm)\b)/i;

export class DropNonDatesRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => this.keep(context.text, r));
  }

  private keep(text: string, r: ParsingResult): boolean {
    const before = text.slice(Math.max(0, r.index - 24), r.index);
    const after = text.slice(r.index + r.text.length, r.index + r.text.length + 3);
    const body = r.text.trim();
    if (/[\p{L}\p{N}]-$/u.test(before) && /^\d/.test(body)) return false; // "F-15E", "K-1"
    if (/^[\p{L}%]/u.test(after) && /\d$/.test(body)) return false; // "107mm", "12.53%"
    if (/^[.,]\d/.test(after)) return false; // part of a decimal number
    if (/^[\d.,]+%?$/.test(body)) return false; // bare numbers
    if (/^\d{1,2}\/\d{1,2}$/.test(body)) return false; // "24/7", "9/11" without a year
    const tags = r.tags();
    if (/^for\s/i.test(body) && tags.has("result/relativeDateAndTime")) return false; // a duration, not a moment
    if (/^within\s/i.test(body) && (tags.has("result/relativeDate") || tags.has("result/relativeDateAndTime"))) return false; // a bound, not a moment
    if (/\bweekend\b/i.test(body) && precisionFromTags(tags) === null) return false; // sitrep's weekend parser decides
    if (tags.has("parser/ENMonthNameParser") && !r.start.isCertain("day") && !r.start.isCertain("year")) {
      if (!/^\p{Lu}/u.test(body)) return false;
      const lex = timeLexicon();
      if (lex.verbLikeMonths.some((m) => m.toLowerCase() === body.toLowerCase()) && !PREPOSITION_BEFORE.test(before)) return false;
    }
    if (tags.has("parser/ENTimeExpressionParser") && r.start.isOnlyTime() && !CLOCK.test(r.text)) return false;
    return true;
  }
}
