import { fold } from "../normalize.js";
import { spanText, sortCandidates, newUid, type Candidate, type DocContext, type DocState } from "../candidate.js";
import { matchPhrase, nextWord, wordAt } from "../phrase.js";
import type { Lexicon } from "../en/lexicon.js";

interface PhraseLists {
  /** Body phrases of two words or more that a description head may open. */
  longer: string[][];
  synonyms: string[][];
  opens: Set<string | undefined>;
  /** Each synonym phrase's head (the first entry for a phrase). */
  headOf: Map<string, string>;
}

const lists = new WeakMap<Lexicon, PhraseLists>();

function phraseLists(lex: Lexicon): PhraseLists {
  let l = lists.get(lex);
  if (!l) {
    const synonyms = lex.descriptionSynonyms.map((s) => s.words);
    const headOf = new Map<string, string>();
    for (const s of lex.descriptionSynonyms) {
      const key = s.words.join(" ");
      if (!headOf.has(key)) headOf.set(key, s.head);
    }
    l = { longer: lex.bodies.flatMap((b) => b.alone.filter((p) => p.length > 1)), synonyms, opens: new Set(synonyms.map((s) => s[0])), headOf };
    lists.set(lex, l);
  }
  return l;
}

/**
 * "the embassy", "our embassy", "the nation’s parliament", "the diplomatic compound" →
 * the entity of this document whose name has that head (the closest one before, else
 * after); a bare head ("in parliament") only when a single entity fits. "our embassy in
 * Baghdad" takes the place when the entity's name holds it. A head that opens a longer
 * body phrase ("its embassy guards") is left to that phrase.
 */
export function resolveDescriptions(ctx: DocContext, state: DocState): DocState {
  const lex = ctx.lexicon;
  const k = ctx.knowledge;
  const covered = new Set<number>();
  for (const c of state.candidates) for (let i = c.first; i <= c.last; i++) covered.add(i);
  // Candidates by the head words their names contain, computed once.
  const byHead = new Map<string, Candidate[]>();
  const nameWords = new Map<number, Set<string>>();
  for (const c of state.candidates) {
    if (c.nested || !c.key) continue;
    const name = c.known ? (k.actors.get(c.key)?.name ?? "") : "";
    const words = new Set([name, c.display ?? "", spanText(ctx, c.coreFirst, c.coreLast), c.key].flatMap((s) => fold(s).split(/[ _]/)));
    nameWords.set(c.uid, words);
    for (const w of words) if (lex.descriptionHeads.has(w)) byHead.set(w, [...(byHead.get(w) ?? []), c]);
  }
  const { longer, synonyms, opens, headOf } = phraseLists(lex);
  const add: Candidate[] = [];
  ctx.tokens.forEach((t, i) => {
    if (t.kind !== "word" || covered.has(i) || !(opens.has(t.fold) || lex.descriptionHeads.has(t.fold))) return;
    const syn = opens.has(t.fold) ? matchPhrase(ctx, i, synonyms) : null;
    const head = syn ? headOf.get(syn.words.join(" ")) : lex.descriptionHeads.has(t.fold) ? t.fold : undefined;
    if (!head || (!syn && matchPhrase(ctx, i, longer))) return;
    const last = syn ? syn.last : i;
    for (let x = i; x <= last; x++) if (covered.has(x)) return;
    const det = i > 0 ? ctx.tokens[i - 1] : undefined;
    const owner = i > 1 ? ctx.tokens[i - 2] : undefined;
    let start = i;
    if (det && det.kind === "word" && lex.descriptionDeterminers.has(det.fold) && nextWord(ctx, i - 1) === i) start = i - 1;
    else if (det?.kind === "possessive" && owner?.kind === "word" && lex.descriptionDeterminers.has(owner.fold) && !covered.has(i - 2)) start = i - 2;
    const matches = byHead.get(head) ?? [];
    const keys = new Set(matches.map((c) => c.key));
    if (keys.size === 0 || (start === i && keys.size > 1)) return;
    const before = matches.filter((c) => c.last < i);
    const target = before[before.length - 1] ?? matches[0];
    if (!target || (keys.size > 1 && before.length === 0)) return;
    const place = placeAfter(ctx, state.candidates, last, nameWords.get(target.uid));
    add.push({
      ...target,
      uid: newUid(ctx),
      first: start,
      last: place?.last ?? last,
      coreFirst: i,
      coreLast: place?.last ?? last,
      role: "description",
      titled: false,
      headline: false,
      nested: place !== undefined,
    });
  });
  return { ...state, candidates: sortCandidates([...state.candidates, ...add]) };
}

/** "… in Baghdad" right after token i, when the target's name holds the place's name. */
function placeAfter(ctx: DocContext, candidates: Candidate[], i: number, words: Set<string> | undefined): Candidate | undefined {
  const n = nextWord(ctx, i);
  if (n < 0 || wordAt(ctx, n) !== "in" || !words) return undefined;
  const at = nextWord(ctx, n);
  const place = candidates.find((c) => c.first === at && !c.nested);
  const type = place?.key ? (ctx.knowledge.actors.get(place.key)?.type ?? place.type) : null;
  if (!place || (type !== "PLACE" && type !== "COUNTRY")) return undefined;
  const placeWords = fold(spanText(ctx, place.coreFirst, place.coreLast)).split(" ");
  return placeWords.every((w) => words.has(w)) ? place : undefined;
}
