import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { anchorDay, componentsDay, dayComponents, cloneResult } from "../../components.js";
import { compareYmd, addDays, type Ymd } from "../../calendar.js";
import { anaphoraTag } from "../../tags.js";

/**
 * chrono reads "two days later", "a week later", "a day after", "the next day" as
 * counted from the publication date; in news they count from the event just narrated.
 * Such results are tagged with their shift in days for the document step, which moves
 * them onto the earlier expression. "after a day of inactivity" (a duration "of"
 * something) is a stretch ending at the anchor instead.
 */
const SHIFTED = /(?:\b(?:later|earlier|after|before)|\b(?:next|following|previous)\s+day)$/i;

function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

export class NarrativeShiftRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const anchor = anchorDay(context);
    return results.map((r) => {
      if (r.end || !r.tags().has("result/relativeDate")) return r;
      const day = componentsDay(r.start);
      const after = context.text.slice(r.index + r.text.length, r.index + r.text.length + 5);
      if (/^after\b/i.test(r.text) && /^\s+of\b/i.test(after) && compareYmd(day, anchor) > 0) {
        const back = addDays(anchor, -daysBetween(anchor, day));
        const out = context.createParsingResult(r.index, r.text, dayComponents(context, back), dayComponents(context, anchor));
        return out;
      }
      if (!SHIFTED.test(r.text.trim())) return r;
      const out = cloneResult(r);
      out.start.addTag(anaphoraTag("day", daysBetween(anchor, day)));
      return out;
    });
  }
}
