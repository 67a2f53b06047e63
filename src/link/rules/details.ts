/**
 * Shared details: the same mode, weapon or family of means, the same death toll, the
 * same telling victims ("contractor"), the same site struck ("consulate"), the same
 * number of attacks in a series ("11 attacks" / "11 rocket attacks": as telling as a
 * shared participant). Tolls far apart (more
 * than `tollRatio` times) suggest different events, and an order of magnitude apart
 * (`tollVetoRatio`: 25 dead and 500 dead) rule the merge out whatever else is shared;
 * close but different tolls are a discrepancy, not a reason to split, and large close
 * tolls (32 and 40 dead) are as telling as the same toll. A reference back that tells
 * the very same toll ("the blast killed three") is placed by it, though undated.
 */
import { comparableToll } from "../profile.js";
import type { MergeRule } from "./rule.js";

export interface DetailsRuleOptions {
  tollRatio: number;
  tollVetoRatio: number;
  /** Tolls at least this large and within `closeTollRatio` of each other are as telling as the same toll (32 and 40 dead). */
  tellingToll: number;
  closeTollRatio: number;
  /** Smallest count of attacks in a series that is telling on its own ("11 attacks"). */
  telling: number;
  /** Smallest toll that a reference back telling the very same toll is placed by, undated ("the blast killed three"). */
  referenceToll: number;
}

export function detailsRule(options: DetailsRuleOptions): MergeRule {
  return {
    name: "details",
    judge(m, c) {
      let score = 0;
      // the same mode, or means of one family ("bombed" and "airstrikes")
      if ((m.modeHead && c.modes.has(m.modeHead)) || m.modeFamilies.some((f) => c.modeFamilies.has(f))) score += 1;
      // a campaign and a report of several attacks on its target ("a campaign of revenge attacks")
      if (c.series && m.several && !m.series) score += 1;
      // a series told with the same number ("11 attacks over the last two months" / "faced 11 rocket attacks")
      const count = m.series ? m.mention.count : null;
      const sameCount = count !== null && c.counts.has(count);
      // a small number ("two attacks") is often shared by chance; a larger one rarely
      if (sameCount) score += count >= options.telling ? 3 : 2;
      // the same telling victims ("an American contractor" / "one U.S. contractor")
      if (m.mention.victim && c.victims.has(m.mention.victim)) score += 1;
      // the same site struck ("the consulate strike" / "the bombing of its consulate"): as
      // telling as a shared target; another site named ("an air base") counts against
      if (m.site && c.sites.size > 0) score += c.sites.has(m.site) ? 2 : -1;
      const f = comparableToll(m);
      // "the mine attack killed six of ours", of an attack another source told with six dead
      let sameToll = false;
      if (f !== null && c.fatalities.size > 0) {
        if (c.fatalities.has(f)) {
          score += 1;
          sameToll = m.mention.anaphoric && f >= options.referenceToll;
        }
        else {
          let closest = Infinity;
          let large = false;
          for (const g of c.fatalities) {
            // "nobody was killed" against a toll is a dispute over one act, not a sign of two
            if (f === 0 || g === 0) continue;
            closest = Math.min(closest, Math.max(f, g) / Math.max(1, Math.min(f, g)));
            large ||= g >= options.tellingToll;
          }
          if (closest === Infinity) return sameCount ? { score, anchor: true } : { score };
          if (closest > options.tollVetoRatio) return null;
          if (closest > options.tollRatio) score -= 2;
          // large tolls close to each other are rarely told of two events ("32 killed" / "at least 40")
          else if (closest <= options.closeTollRatio && f >= options.tellingToll && large) score += 1;
        }
      }
      return sameCount || sameToll ? { score, anchor: true } : { score };
    },
  };
}
