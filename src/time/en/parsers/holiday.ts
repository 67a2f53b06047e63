import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { keywordGate } from "../triggers.js";
import { compareYmd, type Ymd } from "../../calendar.js";
import { anchorDay, makeResult } from "../../components.js";
import { TAG_RELATIVE } from "../../tags.js";
import { tenseAt } from "../cues.js";
import { alternation, timeLexicon } from "../lexicon.js";

/**
 * Fixed-date holidays after a preposition: "at Christmas", "since New Year's Day",
 * "on Christmas Eve". Without a year they take the most recent past occurrence (the
 * anchor day included), or the next one after "next" or a future cue.
 */
export class HolidayParser implements Parser {
  private readonly regex: RegExp;
  private readonly keywords: RegExp;
  private readonly dateOf = new Map<string, { month: number; day: number }>();
  private readonly notBefore: Set<string>;

  constructor() {
    const lex = timeLexicon();
    for (const h of lex.holidays) for (const n of h.names) this.dateOf.set(n.toLowerCase(), { month: h.month, day: h.day });
    this.notBefore = new Set(lex.holidayNotBefore.map((w) => w.toLowerCase()));
    this.keywords = new RegExp(`(?:${alternation([...this.dateOf.keys()])})`, "i");
    this.regex = new RegExp(
      `(?<![\\p{L}\\p{N}])(at|on|over|since|before|after|until|by|around|during|this|last|next)\\s+(?:the\\s+)?(${alternation([...this.dateOf.keys()])})(?![\\p{L}\\p{N}])(?:\\s+(\\d{4}))?`,
      "iu",
    );
  }

  pattern(context: ParsingContext): RegExp {
    return keywordGate(context.text, this.keywords, this.regex);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [whole, prepRaw, name, yearRaw] = match;
    if (whole === undefined || prepRaw === undefined || name === undefined || match.index === undefined) return null;
    if (!/^\p{Lu}/u.test(name)) return null;
    const date = this.dateOf.get(name.toLowerCase().replace(/\s+/g, " "));
    if (!date) return null;
    const following = /^\s+([\p{L}]+)/u.exec(context.text.slice(match.index + whole.length, match.index + whole.length + 30))?.[1];
    if (following && this.notBefore.has(following.toLowerCase())) return null;
    const anchor = anchorDay(context);
    const prep = prepRaw.toLowerCase();
    let day: Ymd;
    if (yearRaw) day = { year: Number(yearRaw), ...date };
    else {
      const thisYear: Ymd = { year: anchor.year, ...date };
      const forward = prep === "next" || tenseAt(context.text, match.index, match.index + whole.length) === "future";
      if (forward) day = compareYmd(thisYear, anchor) >= 0 ? thisYear : { ...thisYear, year: anchor.year + 1 };
      else day = compareYmd(thisYear, anchor) <= 0 ? thisYear : { ...thisYear, year: anchor.year - 1 };
    }
    const start = context.createParsingComponents({ ...day });
    if (!yearRaw) start.addTag(TAG_RELATIVE);
    return makeResult(context, match.index, whole, start, null, "day");
  }
}
