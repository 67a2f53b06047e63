import { newKey } from "../normalize.js";
import { matchPhrase, nextWord } from "../phrase.js";
import { newUid, sortCandidates, spanText, type Candidate, type DocContext, type DocState } from "../candidate.js";

/**
 * A body named after the person who leads it: "Trump administration", "Trump admin",
 * "Biden’s campaign", "the President’s re-election campaign" → <person key>_<suffix>;
 * never the person itself. After a possessive the body's own words ("re-election
 * campaign") are its core.
 */
export function composePersonBodies(ctx: DocContext, state: DocState): DocState {
  const k = ctx.knowledge;
  const drop = new Set<number>();
  const add: Candidate[] = [];
  for (const c of state.candidates) {
    if (c.nested || c.type !== "PERSON" || !c.key || c.role === "handle") continue;
    let n = nextWord(ctx, c.last);
    const poss = ctx.tokens[c.last + 1];
    const possessive = n < 0 && poss?.kind === "possessive" && /^[ \u00a0]$/.test(ctx.text.slice(poss.end, ctx.tokens[c.last + 2]?.start ?? 0));
    if (possessive) n = c.last + 2;
    if (n < 0) continue;
    for (const body of ctx.lexicon.personBodies) {
      const m = matchPhrase(ctx, n, body.heads);
      if (!m) continue;
      const person = c.known ? (k.actors.get(c.key)?.name ?? spanText(ctx, c.coreFirst, c.coreLast)) : spanText(ctx, c.coreFirst, c.coreLast);
      const key = c.known ? `${c.key}_${body.suffix}` : newKey(`${c.key.replace(/^new:/, "")} ${body.suffix}`);
      add.push({
        ...c,
        uid: newUid(ctx),
        last: m.last,
        coreFirst: possessive ? n : c.coreFirst,
        coreLast: m.last,
        key,
        type: body.type,
        role: "name",
        known: k.actors.has(key),
        display: body.name.replace("{person}", person),
        titled: false,
      });
      drop.add(c.uid);
      break;
    }
  }
  return { ...state, candidates: sortCandidates([...state.candidates.filter((c) => !drop.has(c.uid)), ...add]) };
}
