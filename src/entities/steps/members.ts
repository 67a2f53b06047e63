import { matchPhrase, nextWord } from "../phrase.js";
import { sortCandidates, type DocContext, type DocState } from "../candidate.js";

const GROUPS = new Set(["ARMED_GROUP", "MILITARY"]);

/**
 * A named group's people stand for the group: "Hezbollah fighters", "Iraqi PMU
 * guardsmen", "RSF militiamen" — the mention grows to take the noun, and its core stays
 * the name.
 */
export function takeMemberNouns(ctx: DocContext, state: DocState): DocState {
  const starts = new Set(state.candidates.filter((c) => !c.nested).map((c) => c.first));
  const candidates = state.candidates.map((c) => {
    if (c.nested || !c.known || !c.key || !GROUPS.has(ctx.knowledge.actors.get(c.key)?.type ?? "")) return c;
    if (ctx.knowledge.bodies.has(c.key)) return c; // "U.S. troops" already ends in its noun
    const n = nextWord(ctx, c.last);
    if (n < 0 || starts.has(n) || ctx.tokens[n]?.cap) return c;
    const m = matchPhrase(ctx, n, ctx.lexicon.memberNouns);
    return m ? { ...c, last: m.last } : c;
  });
  return { ...state, candidates: sortCandidates(candidates) };
}
