import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { keywordGate } from "../triggers.js";
import { addDays, weekdayOf } from "../../calendar.js";
import { anchorDay, dayComponents, makeResult, monthComponents } from "../../components.js";
import { TAG_LOOSE, TAG_RELATIVE } from "../../tags.js";

/**
 * A named calendar period relative to the anchor: "last week", "this week", "next week"
 * (Monday–Sunday weeks), "last month" / "this month" (month precision), "last year" /
 * "this year" (year precision). "The last year" is a rolling stretch and belongs to the
 * duration parser.
 *
 * "Last week" is loose in news: the previous calendar week, or the past seven days (a
 * Friday report calls Tuesday's protest "last week"). It resolves to the stretch that
 * covers both readings, from the Monday of the previous week to the day before the
 * anchor (on a Monday that is exactly the previous week), and is tagged loose so the
 * stage says which reading it took. Never a single day: the text does not give one.
 */
const OFFSETS: Record<string, number> = { last: -1, previous: -1, this: 0, current: 0, next: 1, coming: 1 };

export class CalendarPeriodParser implements Parser {
  private readonly regex =
    /(?<![\p{L}\p{N}])(?:(the)\s+)?(last|previous|this|current|next|coming)\s+(week|month|year)(?![\p{L}\p{N}])/iu;

  pattern(context: ParsingContext): RegExp {
    return keywordGate(context.text, /week|month|year/i, this.regex);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [whole, article, modifierRaw, unitRaw] = match;
    if (whole === undefined || modifierRaw === undefined || unitRaw === undefined || match.index === undefined) return null;
    const modifier = modifierRaw.toLowerCase();
    if (article && modifier !== "this" && modifier !== "current") return null;
    const offset = OFFSETS[modifier];
    if (offset === undefined) return null;
    const anchor = anchorDay(context);
    const unit = unitRaw.toLowerCase();
    if (unit === "week") {
      const monday = addDays(anchor, -((weekdayOf(anchor) + 6) % 7) + 7 * offset);
      const last = offset < 0 ? addDays(anchor, -1) : addDays(monday, 6);
      const start = dayComponents(context, monday);
      if (offset < 0) start.addTag(TAG_LOOSE);
      return makeResult(context, match.index, whole, start, dayComponents(context, last), "interval");
    }
    if (unit === "month") {
      const index = anchor.year * 12 + anchor.month - 1 + offset;
      const c = monthComponents(context, Math.floor(index / 12), (index % 12) + 1, true).addTag(TAG_RELATIVE);
      return makeResult(context, match.index, whole, c, null, "month");
    }
    const c = context.createParsingComponents({ year: anchor.year + offset }).imply("month", 1).imply("day", 1);
    c.addTag(TAG_RELATIVE);
    return makeResult(context, match.index, whole, c, null, "year");
  }
}
