import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { addDays, compareYmd } from "../../calendar.js";
import { anchorDay, componentsDay, impliedDay, cloneResult } from "../../components.js";
import { hasForwardModifier, tenseAt } from "../cues.js";

/**
 * chrono resolves a bare weekday to the nearest one, often in the future. News reports
 * the past: "on Sunday" in a Tuesday article is two days before. A weekday whose day is
 * not stated moves back a week when it lands after the anchor, unless "next"/"coming"
 * precede it or the sentence speaks of the future ("will", "is due to"); in a future
 * context a weekday chrono put in the past moves forward a week.
 */
export class PastWeekdayRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const anchor = anchorDay(context);
    return results.map((r) => {
      if (!r.start.isCertain("weekday") || r.start.isCertain("day")) return r;
      const day = componentsDay(r.start);
      const cmp = compareYmd(day, anchor);
      if (cmp === 0) return r;
      const forward =
        hasForwardModifier(context.text, r.index) || tenseAt(context.text, r.index, r.index + r.text.length) === "future";
      const shift = cmp > 0 && !forward ? -7 : cmp < 0 && forward && !/\blast\b/i.test(r.text) ? 7 : 0;
      if (shift === 0) return r;
      const out = cloneResult(r);
      impliedDay(out.start, addDays(day, shift));
      if (out.end && !out.end.isCertain("day")) impliedDay(out.end, addDays(componentsDay(out.end), shift));
      return out;
    });
  }
}
