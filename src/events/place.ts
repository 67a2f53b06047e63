/** Step: the location of each draft — a place, facility or country after "in/at/near/on" in its segment. */
import type { DocContext } from "./context.js";
import { PLACE_TYPES } from "./context.js";
import type { EventState } from "./state.js";

const PLACE_PREPS = new Set(["in", "at", "near", "on", "inside", "outside", "across", "throughout", "around", "of"]);

export function assignLocations(ctx: DocContext, state: EventState): EventState {
  const drafts = state.drafts.map((d) => {
    const seg = state.segments[d.segment];
    if (!seg) return d;
    const places = ctx.candidates.filter(
      (c) => c.from >= seg.from && c.to <= seg.to && PLACE_TYPES.has(c.type) && !c.anaphor && PLACE_PREPS.has(ctx.tokens[c.from - 1]?.lower ?? "") && !d.actors.includes(c.key),
    );
    // "of" only names a place right after the trigger ("the siege of the embassy")
    const usable = places.filter((c) => ctx.tokens[c.from - 1]?.lower !== "of" || c.from - d.head.to <= 2);
    const after = usable.find((c) => c.from >= d.head.to);
    const pick = after ?? usable[usable.length - 1];
    return pick ? { ...d, location: pick.key } : d;
  });
  return { ...state, drafts };
}
