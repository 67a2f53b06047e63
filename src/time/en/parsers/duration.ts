import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { keywordGate } from "../triggers.js";
import { addDays, addMonths, type Ymd } from "../../calendar.js";
import { anchorDay, dayComponents, makeResult } from "../../components.js";
import { tenseAt } from "../cues.js";
import { isPastPerfectBefore } from "../past-perfect.js";
import { narrativeEndTag } from "../../tags.js";
import { alternation, timeLexicon, type Unit } from "../lexicon.js";

/**
 * A stretch of time reaching the anchor: "the past two months", "over the last two
 * months", "for months", "for 15 years", "in recent months", "throughout the last year",
 * "during the last few days", "these days"; or leaving it: "in the coming days",
 * "the next two weeks". Value: an interval of days ending (or starting) at the anchor.
 * A past stretch in a past-perfect clause ("had been holed up … for more than 24
 * hours") is tagged so that a document step moves its end to the narrated day.
 */
const PAST = new Set(["past", "last", "previous", "recent"]);
const FUTURE = new Set(["coming", "next", "upcoming", "following"]);

export function shift(anchor: Ymd, unit: Unit, count: number): Ymd {
  switch (unit) {
    case "hour":
      return addDays(anchor, Math.round(count / 24));
    case "day":
      return addDays(anchor, count);
    case "week":
      return addDays(anchor, 7 * count);
    case "month":
      return addMonths(anchor, count);
    case "year":
      return addMonths(anchor, 12 * count);
    case "decade":
      return addMonths(anchor, 120 * count);
  }
}

export class DurationParser implements Parser {
  private readonly regex: RegExp;

  constructor() {
    const lex = timeLexicon();
    const counts = alternation(Object.keys(lex.numbers));
    const units = alternation(Object.keys(lex.units));
    this.regex = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:(for|over|during|in|within|throughout|through)\\s+)?(?:(the|these)\\s+)?` +
        `(?:(past|last|previous|recent|coming|next|upcoming|following)\\s+)?` +
        `(?:(?:more\\s+than|nearly|almost|about|around|at\\s+least)\\s+)?` +
        `(?:(\\d{1,3}|${counts})\\s+)?(${units})(?:\\s+(now|ago))?(?![\\p{L}\\p{N}])`,
      "iu",
    );
  }

  pattern(context: ParsingContext): RegExp {
    return keywordGate(context.text, /hour|day|week|month|year|decade/i, this.regex);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const lex = timeLexicon();
    const [whole, prep, article, modifierRaw, countRaw, unitRaw, tail] = match;
    if (whole === undefined || unitRaw === undefined || match.index === undefined) return null;
    if (tail?.toLowerCase() === "ago") return null; // chrono's "N units ago"
    const modifier = modifierRaw?.toLowerCase();
    const unit = lex.units[unitRaw.toLowerCase()];
    if (!unit) return null;
    const plural = /s$/i.test(unitRaw);
    const art = article?.toLowerCase();
    const p = prep?.toLowerCase();

    if (art === "these" && !(unit === "day" && !modifier && !countRaw)) return null;
    if (!modifier && art !== "these" && p !== "for") return null;
    if (modifier === "last" && !art && !countRaw && !plural) return null; // "last week": a calendar period
    if (modifier === "next" && !art && !countRaw && !plural) return null; // "next week": a calendar period
    if (modifier === "recent" && !plural) return null;
    // "the next day", "the following day", "the previous day": one day after or before the one narrated (anaphora)
    if (unit === "day" && !countRaw && !plural && (modifier === "next" || modifier === "following" || modifier === "previous")) return null;
    if (p === "within" && !modifier) return null;
    if (p === "for" && !modifier && !countRaw && !plural) return null; // "for a while"-like singulars
    if (unit === "hour") {
      const hours = countRaw ? this.count(countRaw) : lex.vagueCount;
      if (hours < 24) return null;
    }

    const count = countRaw ? this.count(countRaw) : plural ? lex.vagueCount : 1;
    if (!Number.isFinite(count) || count <= 0 || count > 200) return null;
    const index = match.index;
    const anchor = anchorDay(context);
    const future =
      (modifier !== undefined && FUTURE.has(modifier)) ||
      (modifier === undefined && art !== "these" && tenseAt(context.text, index, index + whole.length) === "future");
    if (modifier !== undefined && !PAST.has(modifier) && !FUTURE.has(modifier)) return null;
    const from = future ? anchor : art === "these" ? addDays(anchor, -7) : shift(anchor, unit, -count);
    const to = future ? shift(anchor, unit, count) : anchor;
    const result = makeResult(context, index, whole, dayComponents(context, from), dayComponents(context, to), "interval");
    if (!future && art !== "these" && isPastPerfectBefore(context.text, index)) {
      result.start.addTag(narrativeEndTag(Math.round((Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000)));
    }
    return result;
  }

  private count(raw: string): number {
    const n = Number(raw);
    if (!Number.isNaN(n)) return n;
    return timeLexicon().numbers[raw.toLowerCase().replace(/\s+/g, " ")] ?? Number.NaN;
  }
}
