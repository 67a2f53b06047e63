import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { keywordGate } from "../triggers.js";
import { addMonths, daysInMonth, type Ymd } from "../../calendar.js";
import { anchorDay, dayComponents, makeResult } from "../../components.js";

/**
 * A day of the month named by its ordinal alone, after a preposition and "the": "on the
 * 25th", "since the 3rd", "by the 1st". It is the most recent such day up to the anchor
 * (this month's, or last month's when this month's is still to come). Not an ordinal that
 * modifies a noun ("on the 5th floor", "the 101st Airborne") nor one with its month
 * ("the 25th of June", which chrono reads).
 */
export class OrdinalDayParser implements Parser {
  private readonly regex = /(?<![\p{L}\p{N}])(on|since|by|until|till|before|after)\s+the\s+([1-9]|[12]\d|3[01])(st|nd|rd|th)(?![\p{L}\p{N}])(?!\s+of\b)(?!\s+[\p{L}])/iu;

  pattern(context: ParsingContext): RegExp {
    return keywordGate(context.text, /\d(?:st|nd|rd|th)\b/i, this.regex);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [whole, , dayRaw, suffix] = match;
    if (whole === undefined || dayRaw === undefined || suffix === undefined || match.index === undefined) return null;
    const day = Number(dayRaw);
    if (suffix.toLowerCase() !== ordinalSuffix(day)) return null; // "the 25st": no ordinal
    const anchor = anchorDay(context);
    const found = mostRecent(anchor, day);
    if (!found) return null;
    // the date is the ordinal's, without the preposition ("on the 25th" → "the 25th")
    const at = match.index + whole.toLowerCase().indexOf("the");
    return makeResult(context, at, whole.slice(at - match.index), dayComponents(context, found), null, "day");
  }
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return "th";
  return n % 10 === 1 ? "st" : n % 10 === 2 ? "nd" : n % 10 === 3 ? "rd" : "th";
}

/** Day `day` of the anchor's month if it has come, else of the latest earlier month that has that day. */
function mostRecent(anchor: Ymd, day: number): Ymd | null {
  for (let back = day > anchor.day ? 1 : 0; back <= 3; back++) {
    const { year, month } = addMonths({ ...anchor, day: 1 }, -back);
    if (day <= daysInMonth(year, month)) return { year, month, day };
  }
  return null;
}
