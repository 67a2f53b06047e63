import { newKey } from "../normalize.js";
import { coverage, newUid, sortCandidates, type Candidate, type DocContext, type DocState } from "../candidate.js";
import { matchPhrase, nextWord, prevWord, wordAt } from "../phrase.js";

/** The key of the group a sect describes ("shia" → "new:shia militias"). */
export function sectGroupKey(sect: string): string {
  return newKey(`${sect} militias`);
}

/**
 * Groups described by sect alone: "Shia militias", "a rogue Shia militia" → one group
 * per sect ("new:shia militias"). Not used where a backer is named ("Iranian-backed
 * Shia militia groups" is the backer's group).
 */
export function describeSectGroups(ctx: DocContext, state: DocState): DocState {
  const lex = ctx.lexicon;
  const nestedCover = new Set<number>();
  for (const c of state.candidates) if (c.nested) for (let i = c.first; i <= c.last; i++) nestedCover.add(i);
  const cover = coverage(ctx, state.candidates);
  const add: Candidate[] = [];
  ctx.tokens.forEach((t, i) => {
    const sect = t.kind === "word" ? lex.sects.get(t.fold) : undefined;
    if (!sect || nestedCover.has(i) || cover[i] !== -1) return;
    const n = nextWord(ctx, i);
    const head = n >= 0 ? matchPhrase(ctx, n, lex.sectHeads) : null;
    if (!head) return;
    const p = prevWord(ctx, i);
    const first = p >= 0 && cover[p] === -1 && lex.sectPrefixes.has(wordAt(ctx, p)) ? p : i;
    add.push({
      uid: newUid(ctx),
      first,
      last: head.last,
      key: sectGroupKey(sect),
      coreFirst: first,
      coreLast: head.last,
      type: "ARMED_GROUP",
      role: "description",
      known: false,
      country: null,
      geo: null,
      nested: true,
      headline: false,
      titled: false,
    });
  });
  return { ...state, candidates: sortCandidates([...state.candidates, ...add]) };
}
