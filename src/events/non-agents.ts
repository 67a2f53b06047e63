/**
 * Step: drops what a thing that cannot act "does". A trigger verb whose subject is a
 * noun of data/en/events/non-agents.json ("the current state of relations threatens U.S.
 * interests", "these sanctions hit the financial sector") tells of no act by anyone.
 * The subject is the word just before the verb, past adverbs and auxiliaries ("have
 * now hit"); a passive verb's subject is its target, so passives are left alone. The
 * writer's own "I agree", "I support" (outside a quotation) is an opinion, not an act.
 */
import { quoteAround, type DocContext } from "./context.js";
import { BE, MODALS } from "./en/grammar.js";
import type { EventState } from "./state.js";

function subjectWord(ctx: DocContext, at: number, floor: number): string | null {
  for (let i = at - 1; i >= Math.max(floor, at - 4); i--) {
    const t = ctx.tokens[i];
    if (!t || t.kind !== "word") return null;
    if (BE.has(t.lower) || MODALS.has(t.lower) || /ly$/.test(t.lower) || t.lower === "also" || t.lower === "now" || t.lower === "already") continue;
    if (t.text === "I") return "i";
    // a name ("Sanctions Committee", "Storm Shadow") is not a common noun
    return /^\p{Lu}/u.test(t.text) && i > floor ? null : t.lower;
  }
  return null;
}

export function dropNonAgentActs(ctx: DocContext, state: EventState): EventState {
  const drafts = state.drafts.filter((d) => {
    if (d.head.pos !== "verb" || d.head.passive) return true;
    const seg = state.segments[d.segment];
    const word = subjectWord(ctx, d.head.from, seg?.from ?? 0);
    if (word === "i") return quoteAround(ctx, d.head.start, d.head.end) !== undefined;
    return word === null || !ctx.lexicon.nonAgents.has(word);
  });
  return drafts.length === state.drafts.length ? state : { ...state, drafts };
}
