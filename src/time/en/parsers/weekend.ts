import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { keywordGate } from "../triggers.js";
import { addDays, weekdayOf, type Ymd } from "../../calendar.js";
import { anchorDay, dayComponents, makeResult } from "../../components.js";
import { tenseAt } from "../cues.js";

/**
 * "over the weekend", "last weekend", "this past weekend", "this weekend", "next
 * weekend", "before the weekend is over": a Saturday–Sunday interval. Past phrasing
 * ("over the weekend", "last") takes the most recent weekend that has begun; "this",
 * "next", "coming" or a future cue take the next one; a bare "the weekend" follows the
 * tense around it.
 */
function previousWeekend(anchor: Ymd): Ymd {
  const back = (weekdayOf(anchor) + 1) % 7; // days since the last Saturday (0 on a Saturday)
  return addDays(anchor, -back);
}

function nextWeekend(anchor: Ymd): Ymd {
  const weekday = weekdayOf(anchor);
  if (weekday === 6) return anchor;
  if (weekday === 0) return addDays(anchor, -1);
  return addDays(anchor, 6 - weekday);
}

export class WeekendParser implements Parser {
  private readonly regex =
    /(?<![\p{L}\p{N}])(?:(over|during|on|at|for|through|throughout|since|before|after|by)\s+)?(?:(the)\s+)?(?:(this\s+past|last|past|previous|this|next|coming|this\s+coming)\s+)?weekend(?![\p{L}\p{N}])/iu;

  pattern(context: ParsingContext): RegExp {
    return keywordGate(context.text, /weekend/i, this.regex);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [whole, prep, , modifierRaw] = match;
    if (whole === undefined || match.index === undefined) return null;
    if (!prep && !modifierRaw) return null; // "the weekend edition": a noun modifier
    const modifier = modifierRaw?.toLowerCase().replace(/\s+/g, " ");
    const anchor = anchorDay(context);
    const end = match.index + whole.length;
    let forward: boolean;
    if (modifier === "last" || modifier === "past" || modifier === "previous" || modifier === "this past") forward = false;
    else if (modifier === "next" || modifier === "coming" || modifier === "this coming" || modifier === "this") forward = true;
    else if (tenseAt(context.text, match.index, end) === "future") forward = true;
    else if (prep?.toLowerCase() === "over" || tenseAt(context.text, match.index, end) === "past") forward = false;
    else forward = true;
    const saturday = forward ? nextWeekend(anchor) : previousWeekend(anchor);
    const sunday = addDays(saturday, 1);
    return makeResult(context, match.index, whole, dayComponents(context, saturday), dayComponents(context, sunday), "interval");
  }
}
