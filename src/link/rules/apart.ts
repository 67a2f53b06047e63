/**
 * Two mentions one document links causally ("X in retaliation for Y") are different
 * events: a merged event never holds both ends of a stated relation. A report the text
 * marks as one more of its kind ("There were also drone attacks") is not one its own
 * document told just before it; an attack told much earlier in the text may still be
 * the one it means ("another possible ISIS attack", pages after the attack it names).
 */
import type { MergeRule } from "./rule.js";

export interface ApartRuleOptions {
  /** Characters before a mention marked as one more of its kind within which it means another event. */
  distinctReach: number;
}

export function apartRule(options: ApartRuleOptions): MergeRule {
  return {
    name: "apart",
    judge(m, c, { apart }) {
      if (m.mention.distinct) {
        const { start } = m.mention;
        if (c.members.some((x) => x.doc === m.doc && x.mention.start < start && start - x.mention.end <= options.distinctReach)) return null;
      }
      const others = apart.get(`${m.doc}#${m.mention.index}`);
      if (!others) return { score: 0 };
      for (const x of c.members) if (x.doc === m.doc && others.has(x.mention.index)) return null;
      return { score: 0 };
    },
  };
}
