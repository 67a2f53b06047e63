import { newUid, sortCandidates, type Candidate, type DocContext, type DocState } from "../candidate.js";
import { matchPhrase, nextWord, prevWord, wordAt } from "../phrase.js";

const INDEFINITE = new Set(["a", "an", "one", "another", "some"]);
const OWNERS = new Set(["GOVERNMENT", "MILITARY", "ARMED_GROUP", "ORGANIZATION", "MEDIA", "GROUP"]);

interface Role {
  first: number;
  last: number;
  kind: string;
}

const phrases = new WeakMap<object, string[][]>();

/** A role phrase of roles.json roleKinds starting at token i. */
function roleAt(ctx: DocContext, i: number): Role | null {
  if (i < 0) return null;
  const kinds = ctx.lexicon.roleKinds;
  let list = phrases.get(kinds);
  if (!list) {
    list = kinds.map((r) => r.words);
    phrases.set(kinds, list);
  }
  const m = matchPhrase(ctx, i, list);
  if (!m) return null;
  const kind = kinds[list.indexOf(m.words)]?.kind;
  return kind ? { first: i, last: m.last, kind } : null;
}

/** A role phrase ending right before token i ("deputy PMU"). */
function roleBefore(ctx: DocContext, i: number): Role | null {
  let p = prevWord(ctx, i);
  for (let n = 0; n < 3 && p >= 0; n++) {
    const r = roleAt(ctx, p);
    if (r && r.last === prevWord(ctx, i)) {
      const before = ctx.tokens[p - 1];
      return before?.text === "," ? null : r; // "X, deputy PMU …" is X's apposition
    }
    p = prevWord(ctx, p);
  }
  return null;
}

/**
 * The person a role description points at: "Pentagon chief", "PMF Deputy Leader",
 * "deputy PMU", "Hezbollah’s leader". The holder is the one person the document names in
 * the office that leads the body (ledBy: "Defense Secretary Mark Esper" for the
 * Pentagon), else the one person the actor files give that position (among those the
 * document names, if any). The body's own mention stays; the description is nested.
 */
export function resolveRoleHolders(ctx: DocContext, state: DocState): DocState {
  const k = ctx.knowledge;
  const present = new Set(state.candidates.map((c) => c.key));
  const personAt = new Set(state.candidates.filter((c) => c.type === "PERSON" && !c.nested).map((c) => c.first));
  const covered = new Uint8Array(ctx.tokens.length);
  for (const c of state.candidates) if (!c.nested) for (let i = c.first; i <= c.last; i++) covered[i] = 1;
  const add: Candidate[] = [];
  for (const org of state.candidates) {
    const actor = org.known && org.key && !org.nested ? k.actors.get(org.key) : undefined;
    if (!actor || !OWNERS.has(actor.type)) continue;
    // After "Hezbollah fighters" a role word is a verb ("… head to Syria").
    let after = org.last === org.coreLast ? nextWord(ctx, org.last) : -1;
    if (after < 0 && ctx.tokens[org.last + 1]?.kind === "possessive") after = nextWord(ctx, org.last + 1) >= 0 ? org.last + 2 : -1;
    const r = roleAt(ctx, after) ?? roleBefore(ctx, org.first);
    if (!r || ctx.tokens[r.first]?.pos === "VERB" || wordAt(ctx, nextWord(ctx, r.last)) === "to" || covered.subarray(r.first, r.last + 1).some((x) => x === 1)) continue;
    // "an Iraqi PMF leader" is one of its leaders, not the one who holds the post.
    if (INDEFINITE.has(wordAt(ctx, prevWord(ctx, Math.min(org.first, r.first))))) continue;
    // "PMF deputy leader Abu Mahdi al-Muhandis": the name that follows is the mention.
    const next = nextWord(ctx, Math.max(r.last, org.last));
    if (next >= 0 && personAt.has(next)) continue;
    const holder = holderOf(ctx, state.candidates, actor.id, r.kind, present);
    if (!holder) continue;
    const first = Math.min(org.first, r.first);
    const last = Math.max(org.last, r.last);
    const person = k.actors.get(holder);
    add.push({
      uid: newUid(ctx),
      first,
      last,
      key: holder,
      coreFirst: first,
      coreLast: last,
      type: "PERSON",
      role: "title",
      known: person !== undefined,
      country: person?.country ?? null,
      geo: null,
      nested: true,
      headline: false,
      titled: true,
    });
  }
  return { ...state, candidates: sortCandidates([...state.candidates, ...add]) };
}

function holderOf(ctx: DocContext, candidates: Candidate[], orgId: string, kind: string, present: ReadonlySet<string | null>): string | null {
  const k = ctx.knowledge;
  const org = k.actors.get(orgId);
  if (kind === "head" && org?.ledBy) {
    const named = new Set(candidates.filter((c) => c.type === "PERSON" && c.office === org.ledBy && (!c.country || c.country === org.country)).map((c) => c.key));
    if (named.size === 1) return [...named][0] ?? null;
    if (named.size > 1) return null;
  }
  const listed = k.holders.get(`${kind}|${orgId}`) ?? [];
  const here = listed.filter((id) => present.has(id));
  if (here.length === 1) return here[0] ?? null;
  return here.length === 0 && listed.length === 1 ? (listed[0] ?? null) : null;
}
