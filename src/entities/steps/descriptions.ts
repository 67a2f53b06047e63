import { fold } from "../normalize.js";
import { spanText, sortCandidates, newUid, type Candidate, type DocContext, type DocState } from "../candidate.js";
import { nextWord } from "../phrase.js";

/**
 * "the embassy", "our embassy", "the nation’s parliament" → the entity of this document
 * whose name has that head (the closest one before, else after); a bare head
 * ("in parliament") only when a single entity fits.
 */
export function resolveDescriptions(ctx: DocContext, state: DocState): DocState {
  const lex = ctx.lexicon;
  const k = ctx.knowledge;
  const covered = new Set<number>();
  for (const c of state.candidates) for (let i = c.first; i <= c.last; i++) covered.add(i);
  // Candidates by the head words their names contain, computed once.
  const byHead = new Map<string, Candidate[]>();
  for (const c of state.candidates) {
    if (c.nested || !c.key) continue;
    const name = c.known ? (k.actors.get(c.key)?.name ?? "") : "";
    const words = new Set([name, c.display ?? "", spanText(ctx, c.coreFirst, c.coreLast), c.key].flatMap((s) => fold(s).split(/[ _]/)));
    for (const w of words) if (lex.descriptionHeads.has(w)) byHead.set(w, [...(byHead.get(w) ?? []), c]);
  }
  const add: Candidate[] = [];
  ctx.tokens.forEach((t, i) => {
    if (t.kind !== "word" || covered.has(i) || !lex.descriptionHeads.has(t.fold)) return;
    const det = i > 0 ? ctx.tokens[i - 1] : undefined;
    const owner = i > 1 ? ctx.tokens[i - 2] : undefined;
    let start = i;
    if (det && det.kind === "word" && lex.descriptionDeterminers.has(det.fold) && nextWord(ctx, i - 1) === i) start = i - 1;
    else if (det?.kind === "possessive" && owner?.kind === "word" && lex.descriptionDeterminers.has(owner.fold) && !covered.has(i - 2)) start = i - 2;
    const matches = byHead.get(t.fold) ?? [];
    const keys = new Set(matches.map((c) => c.key));
    if (keys.size === 0 || (start === i && keys.size > 1)) return;
    const before = matches.filter((c) => c.last < i);
    const target = before[before.length - 1] ?? matches[0];
    if (!target || (keys.size > 1 && before.length === 0)) return;
    add.push({ ...target, uid: newUid(ctx), first: start, last: i, coreFirst: i, coreLast: i, role: "description", titled: false, headline: false });
  });
  return { ...state, candidates: sortCandidates([...state.candidates, ...add]) };
}
