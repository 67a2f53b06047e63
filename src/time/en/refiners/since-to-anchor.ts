import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { anchorDay, dayComponents, cloneResult } from "../../components.js";

/**
 * "since December 29", "Since Oct", "since last week": a point after "since" opens an
 * interval that runs to the anchor. The span grows to include "since".
 */
const SINCE_BEFORE = /(?<![\p{L}])since\s+$/iu;
const SINCE_INSIDE = /^since\s/i;

export class SinceToAnchorRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.map((r) => {
      if (r.end) return r;
      const inside = SINCE_INSIDE.test(r.text);
      const before = SINCE_BEFORE.exec(context.text.slice(Math.max(0, r.index - 12), r.index));
      if (!inside && !before) return r;
      const out = cloneResult(r);
      if (before) {
        out.index = r.index - before[0].length;
        out.text = context.text.slice(out.index, r.index + r.text.length);
      }
      out.end = dayComponents(context, anchorDay(context));
      return out;
    });
  }
}
