/**
 * Discourse context: an article tells one event over neighbouring sentences, so a
 * mention close to one already in a merged event (same document) is the likelier
 * referent (neighbouring mentions anchor a merge the way a shared participant does);
 * and a retrospective mention ("that attack") points back to an event told
 * before it, here or in another source, most likely one its document named with the
 * same word ("explosions ... in revenge for the explosions"), or already referred to by it
 * ("the strikes were a response ... the strikes damaged 11 sites"). (Named participants that
 * differ count against a merge in the roles rule, which nearness alone does not outweigh.)
 */
import { headWord } from "../profile.js";
import type { MergeRule } from "./rule.js";

export interface ContextRuleOptions {
  /** Characters between two mentions that count as neighbouring (score 2). */
  near: number;
  /** Characters that still count as the same passage (score 1). */
  passage: number;
}

export function contextRule(options: ContextRuleOptions): MergeRule {
  return {
    name: "context",
    judge(m, c) {
      let gap = Infinity;
      let earlierHere = false;
      let sameWordBefore = false;
      const word = m.mention.anaphoric ? headWord(m) : null;
      for (const x of c.members) {
        if (x.doc !== m.doc) continue;
        const g = x.mention.end <= m.mention.start ? m.mention.start - x.mention.end : Math.max(0, x.mention.start - m.mention.end);
        gap = Math.min(gap, g);
        if (x.mention.start < m.mention.start) {
          earlierHere = true;
          // (or referred to already by the same word: "Putin said the strikes were ... the strikes damaged")
          if (word !== null && headWord(x) === word) sameWordBefore = true;
        }
      }
      let score = gap <= options.near ? 2 : gap <= options.passage ? 1 : 0;
      const elsewhere = c.docs.size > (c.docs.has(m.doc) ? 1 : 0);
      if (m.mention.anaphoric && (earlierHere || elsewhere)) score += 1;
      if (sameWordBefore) score += 1;
      return { score, anchor: gap <= options.near };
    },
  };
}
