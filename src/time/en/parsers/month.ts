import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { keywordGate } from "../triggers.js";
import { anchorDay, makeResult, monthComponents } from "../../components.js";
import { TAG_RELATIVE } from "../../tags.js";
import { alternation, timeLexicon } from "../lexicon.js";

/**
 * A month named without day or year after a preposition or modifier: "in April",
 * "Since Oct", "until March", "last December", "next May". The month name must be
 * capitalised ("to march" is a verb). The year is implied from the anchor; the past-bias
 * refiner then picks the most recent past one unless the text points forward.
 */
export class MonthParser implements Parser {
  private readonly regex: RegExp;
  private readonly keywords: RegExp;
  private readonly monthOf = new Map<string, number>();
  /** Full month names (the first of each list): a dot after one is the sentence's. */
  private readonly fullNames = new Set<string>();

  constructor() {
    const lex = timeLexicon();
    lex.months.forEach((names, i) => names.forEach((n) => this.monthOf.set(n.toLowerCase(), i + 1)));
    for (const names of lex.months) if (names[0]) this.fullNames.add(names[0].toLowerCase());
    this.keywords = new RegExp(`(?:${alternation([...this.monthOf.keys()])})`, "i");
    this.regex = new RegExp(
      `(?<![\\p{L}\\p{N}])(in|since|until|till|by|from|during|early|late|mid-?|last|this|next|through|throughout|before|after|around|since\\s+early|since\\s+late)\\s+(${alternation([...this.monthOf.keys()])})\\.?(?![\\p{L}\\p{N}])(?!\\.?\\s*\\d)`,
      "iu",
    );
  }

  pattern(context: ParsingContext): RegExp {
    return keywordGate(context.text, this.keywords, this.regex);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [whole, prepRaw, name] = match;
    if (whole === undefined || prepRaw === undefined || name === undefined || match.index === undefined) return null;
    if (!/^\p{Lu}/u.test(name)) return null;
    const month = this.monthOf.get(name.toLowerCase());
    if (!month) return null;
    const prep = prepRaw.toLowerCase();
    const anchor = anchorDay(context);
    let year = anchor.year;
    let yearCertain = false;
    if (prep === "last") {
      year = month < anchor.month ? anchor.year : anchor.year - 1;
      yearCertain = true;
    } else if (prep === "next") {
      year = month > anchor.month ? anchor.year : anchor.year + 1;
      yearCertain = true;
    } else if (prep === "this") {
      yearCertain = true;
    }
    const start = monthComponents(context, year, month, yearCertain).addTag(TAG_RELATIVE);
    // "in Oct." keeps the dot of its abbreviation; "in March." leaves the sentence its full stop
    const text = whole.endsWith(".") && this.fullNames.has(name.toLowerCase()) ? whole.slice(0, -1) : whole;
    return makeResult(context, match.index, text, start, null, "month");
  }
}
