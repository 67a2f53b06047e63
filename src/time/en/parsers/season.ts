import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { keywordGate } from "../triggers.js";
import { compareYmd, daysInMonth, type Ymd } from "../../calendar.js";
import { anchorDay, makeResult } from "../../components.js";
import { TAG_RELATIVE } from "../../tags.js";
import { alternation, timeLexicon } from "../lexicon.js";

/**
 * "last summer", "this winter", "next spring", "summer 2014", "the summer of 2014":
 * an interval over the season's meteorological months, precision "season". A bare
 * season word ("summer heat") is not a date.
 */
interface Occurrence {
  from: Ymd;
  to: Ymd;
}

export function seasonOccurrence(first: number, last: number, startYear: number): Occurrence {
  const endYear = last < first ? startYear + 1 : startYear;
  return { from: { year: startYear, month: first, day: 1 }, to: { year: endYear, month: last, day: daysInMonth(endYear, last) } };
}

export class SeasonParser implements Parser {
  private readonly regex: RegExp;

  constructor() {
    const names = alternation(Object.keys(timeLexicon().seasons));
    this.regex = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:(last|this|next|past|previous|coming)\\s+)?(?:(early|late|mid-?)\\s*)?(${names})(?:\\s+(?:of\\s+)?(\\d{4}))?(?![\\p{L}\\p{N}])`,
      "iu",
    );
  }

  pattern(context: ParsingContext): RegExp {
    return keywordGate(context.text, /spring|summer|autumn|fall|winter/i, this.regex);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [whole, modifierRaw, , name, yearRaw] = match;
    if (whole === undefined || name === undefined || match.index === undefined) return null;
    const months = timeLexicon().seasons[name.toLowerCase()];
    if (!months) return null;
    const [first, last] = months;
    const modifier = modifierRaw?.toLowerCase();
    const anchor = anchorDay(context);
    let occurrence: Occurrence | null = null;
    if (yearRaw) {
      const year = Number(yearRaw);
      // "winter 2014" is the winter whose January falls in 2014.
      occurrence = seasonOccurrence(first, last, last < first ? year - 1 : year);
    } else if (modifier) {
      const around = [anchor.year - 2, anchor.year - 1, anchor.year, anchor.year + 1].map((y) => seasonOccurrence(first, last, y));
      if (modifier === "last" || modifier === "past" || modifier === "previous") {
        occurrence = around.filter((o) => compareYmd(o.to, anchor) < 0).pop() ?? null;
      } else if (modifier === "next" || modifier === "coming") {
        occurrence = around.find((o) => compareYmd(o.from, anchor) > 0) ?? null;
      } else {
        occurrence =
          around.find((o) => compareYmd(o.from, anchor) <= 0 && compareYmd(o.to, anchor) >= 0) ??
          around.find((o) => o.from.year === anchor.year) ??
          null;
      }
    }
    if (!occurrence) return null;
    const start = context.createParsingComponents({ ...occurrence.from });
    const end = context.createParsingComponents({ ...occurrence.to });
    if (!yearRaw) start.addTag(TAG_RELATIVE);
    return makeResult(context, match.index, whole, start, end, "season");
  }
}
