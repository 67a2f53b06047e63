import { newKey } from "../normalize.js";
import { matchPhrase, nextWord, prevWord, wordAt } from "../phrase.js";
import { newUid, sortCandidates, type Candidate, type DocContext, type DocState } from "../candidate.js";
import { sectGroupKey } from "./sects.js";

/**
 * Groups described by their backer: "Iranian-backed militias", "pro-Iranian Shiite
 * militias", "Iran-sponsored militia groups", "Iranian proxies". Each becomes a nested
 * description of one group entity per backer ("new:iran aligned groups"), never of the
 * country itself; the demonym inside stays a mention of the country. A backed group
 * described by its sect is that sect's group too (generics), for the link stage.
 */
export function describeBackedGroups(ctx: DocContext, state: DocState): DocState {
  const k = ctx.knowledge;
  const lex = ctx.lexicon;
  const add: Candidate[] = [];
  for (const c of state.candidates) {
    const actor = c.key ? k.actors.get(c.key) : undefined;
    if (!actor || actor.type !== "COUNTRY" || c.role === "metonym") continue;
    let first = c.first;
    const before = prevWord(ctx, c.first);
    const pro = before >= 0 && wordAt(ctx, before) === "pro";
    if (pro) first = before;
    let i = nextWord(ctx, c.last);
    let backed = pro;
    if (i >= 0 && lex.backedWords.has(wordAt(ctx, i))) {
      backed = true;
      i = nextWord(ctx, i);
    }
    let sect: string | undefined;
    while (i >= 0 && lex.qualifiers.has(wordAt(ctx, i))) {
      sect ??= lex.sects.get(wordAt(ctx, i));
      const j = nextWord(ctx, i);
      if (j < 0) break;
      i = j;
    }
    if (i < 0) continue;
    const head = matchPhrase(ctx, i, backed ? lex.proxyHeads : lex.bareHeads);
    if (!head) continue;
    const follow = nextWord(ctx, head.last);
    if (follow >= 0 && ctx.tokens[follow]?.cap) continue;
    add.push({
      ...c,
      uid: newUid(ctx),
      first,
      last: head.last,
      coreFirst: first,
      coreLast: head.last,
      key: newKey(`${actor.name} aligned groups`),
      type: "ARMED_GROUP",
      role: "description",
      known: false,
      geo: null,
      nested: true,
      // "Iranian-backed Shia militias" are the Shia militias another text names alone.
      ...(backed && sect ? { generics: [sectGroupKey(sect)] } : {}),
    });
  }
  return { ...state, candidates: sortCandidates([...state.candidates, ...add]) };
}
