/**
 * The same place (or a place inside the other's country) anchors a merge; different
 * places count against it. A whole country is too coarse to anchor on its own.
 */
import type { MergeRule } from "./rule.js";

export const placeRule: MergeRule = {
  name: "place",
  judge(m, c, { affinity, table }) {
    if (!m.location || c.locations.size === 0) return { score: 0 };
    if (affinity.overlaps([m.location], c.locations)) {
      const coarse = table.typeOf(m.location) === "COUNTRY";
      return { score: coarse ? 0 : 1, anchor: !coarse };
    }
    return { score: -1 };
  },
};
