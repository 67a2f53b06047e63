/**
 * Two mentions one document links causally ("X in retaliation for Y") are different
 * events: a merged event never holds both ends of a stated relation. A report the text
 * marks as one more of its kind ("There were also drone attacks") is not one its own
 * document told before.
 */
import type { MergeRule } from "./rule.js";

export const apartRule: MergeRule = {
  name: "apart",
  judge(m, c, { apart }) {
    if (m.mention.distinct && c.members.some((x) => x.doc === m.doc && x.mention.start < m.mention.start)) return null;
    const others = apart.get(`${m.doc}#${m.mention.index}`);
    if (!others) return { score: 0 };
    for (const x of c.members) if (x.doc === m.doc && others.has(x.mention.index)) return null;
    return { score: 0 };
  },
};
