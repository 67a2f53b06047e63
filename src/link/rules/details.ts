/**
 * Shared details: the same mode, weapon or family of means, the same death toll, the
 * same telling victims ("contractor"). Tolls far apart (more
 * than `tollRatio` times) suggest different events, and an order of magnitude apart
 * (`tollVetoRatio`: 25 dead and 500 dead) rule the merge out whatever else is shared;
 * close but different tolls are a discrepancy, not a reason to split.
 */
import type { MergeRule } from "./rule.js";

export function detailsRule(options: { tollRatio: number; tollVetoRatio: number }): MergeRule {
  return {
    name: "details",
    judge(m, c) {
      let score = 0;
      // the same mode, or means of one family ("bombed" and "airstrikes")
      if ((m.modeHead && c.modes.has(m.modeHead)) || m.modeFamilies.some((f) => c.modeFamilies.has(f))) score += 1;
      // a campaign and a report of several attacks on its target ("a campaign of revenge attacks")
      if (c.series && m.several && !m.series) score += 1;
      // the same telling victims ("an American contractor" / "one U.S. contractor")
      if (m.mention.victim && c.victims.has(m.mention.victim)) score += 1;
      const f = m.mention.fatalities;
      if (f !== null && c.fatalities.size > 0) {
        if (c.fatalities.has(f)) score += 1;
        else {
          let closest = Infinity;
          for (const g of c.fatalities) closest = Math.min(closest, Math.max(f, g) / Math.max(1, Math.min(f, g)));
          if (closest > options.tollVetoRatio) return null;
          if (closest > options.tollRatio) score -= 2;
        }
      }
      return { score };
    },
  };
}
