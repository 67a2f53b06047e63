/**
 * Shared details: the same mode or weapon, the same death toll. Tolls far apart (more
 * than `tollRatio` times) suggest different events; close but different tolls are a
 * discrepancy, not a reason to split.
 */
import type { MergeRule } from "./rule.js";

export function detailsRule(options: { tollRatio: number }): MergeRule {
  return {
    name: "details",
    judge(m, c) {
      let score = 0;
      if (m.modeHead && c.modes.has(m.modeHead)) score += 1;
      const f = m.mention.fatalities;
      if (f !== null && c.fatalities.size > 0) {
        if (c.fatalities.has(f)) score += 1;
        else {
          let closest = Infinity;
          for (const g of c.fatalities) closest = Math.min(closest, Math.max(f, g) / Math.max(1, Math.min(f, g)));
          if (closest > options.tollRatio) score -= 2;
        }
      }
      return { score };
    },
  };
}
