import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { keywordGate } from "../triggers.js";
import { anchorDay, dayComponents, makeResult, yearComponents } from "../../components.js";

/**
 * Years and decades after a preposition: "in 2008", "since 2014" (interval to the
 * anchor), "by 2030", "in the 1980s" (1980/1989), "since the 1980s" (1980/anchor),
 * "from 2014 to 2017", "between 2014 and 2017". A four-digit number without such a word
 * ("Trump 2020", "4,000 troops") is not a year, nor one followed by a counted noun
 * ("of 2000 soldiers").
 */
const NOT_NOUN = new Set(["was", "is", "has", "as", "this", "its", "his", "hers", "ours", "yours", "theirs", "us", "always", "perhaps", "thus"]);

export class YearParser implements Parser {
  private readonly regex =
    /(?<![\p{L}\p{N}])(in|since|by|until|till|from|during|before|after|throughout|through|between|as\s+of|back\s+in|early|late|mid-?|the)\s+(?:(the)\s+)?(?:(early|late|mid-?)\s*)?(?:year\s+)?(\d{4})(s)?(?:\s*(?:-|–|to|and|until|through)\s*(\d{4}))?(?![\p{L}\p{N}%]|[.,]\d)/iu;

  pattern(context: ParsingContext): RegExp {
    return keywordGate(context.text, /\d{4}/, this.regex);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [whole, prepRaw, , , yearRaw, decade, untilRaw] = match;
    if (whole === undefined || prepRaw === undefined || yearRaw === undefined || match.index === undefined) return null;
    const prep = prepRaw.toLowerCase().replace(/\s+/g, " ");
    const year = Number(yearRaw);
    if (year < 1000 || year > 2200) return null;
    if (prep === "the" && !decade) return null; // "the 2014 election": a modifier, handled nowhere
    if (decade && year % 10 !== 0) return null;
    const after = context.text.slice(match.index + whole.length, match.index + whole.length + 24);
    const next = /^\s+(\p{Ll}+)/u.exec(after)?.[1];
    if (next && !decade && next.endsWith("s") && !NOT_NOUN.has(next)) return null;

    const start = yearComponents(context, year);
    let end = null;
    if (untilRaw) {
      const until = Number(untilRaw);
      if (until < year || until > 2200) return null;
      end = yearComponents(context, until);
    } else if (prep === "since") {
      end = dayComponents(context, anchorDay(context));
    } else if (decade) {
      end = yearComponents(context, year + 9);
    }
    return makeResult(context, match.index, whole, start, end, end ? "interval" : "year");
  }
}
