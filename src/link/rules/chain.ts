/**
 * The escalation chain, told the same way by several sources: a cause told in passing
 * ("besieged the embassy, itself in retaliation for American strikes against militias")
 * is most likely the event other sources give as the cause of the same response. A
 * mention its text states as the cause of a response already placed in a merged event
 * scores for a merged event holding a cause another source states for that same event.
 * (One text may give a response several causes — "explosions" and "drone attacks" — so
 * causes its own text states do not count.)
 */
import { FORCE_TYPES } from "../../model/analysis.js";
import type { MergeRule } from "./rule.js";

export interface ChainRuleOptions {
  /** Score for a merged event that is a stated cause of the same response. */
  score: number;
}

export function chainRule(options: ChainRuleOptions): MergeRule {
  return {
    name: "chain",
    judge(m, c, { effects, placed }) {
      // acts of force, told with something of their own; a reference back ("the attacks") finds its event by other means
      if (!FORCE_TYPES.has(m.type) || m.mention.anaphoric) return { score: 0 };
      const mine = effects.get(`${m.doc}#${m.mention.index}`);
      if (!mine) return { score: 0 };
      const responses = new Set(mine.map((i) => placed(m.doc, i)).filter((x) => x !== undefined));
      if (responses.size === 0) return { score: 0 };
      for (const x of c.members) {
        // one text may give a response several causes; the chain is corroborated across sources
        if (x.doc === m.doc) continue;
        for (const i of effects.get(`${x.doc}#${x.mention.index}`) ?? []) {
          const r = placed(x.doc, i);
          if (r && responses.has(r)) return { score: options.score, anchor: true };
        }
      }
      return { score: 0 };
    },
  };
}
