/**
 * Two mentions one document links causally ("X in retaliation for Y") are different
 * events: a merged event never holds both ends of a stated relation.
 */
import type { MergeRule } from "./rule.js";

export const apartRule: MergeRule = {
  name: "apart",
  judge(m, c, { apart }) {
    const others = apart.get(`${m.doc}#${m.mention.index}`);
    if (!others) return { score: 0 };
    for (const x of c.members) if (x.doc === m.doc && others.has(x.mention.index)) return null;
    return { score: 0 };
  },
};
