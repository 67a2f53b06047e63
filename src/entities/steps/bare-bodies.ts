import { newUid, sortCandidates, type Candidate, type DocContext, type DocState } from "../candidate.js";
import { matchPhrase, nextWord, prevWord, wordAt } from "../phrase.js";
import { linkAfter } from "../tokens.js";
import { kindOf, salientCountry } from "../salience.js";
import type { BodyPattern } from "../en/lexicon.js";

/** Determiners that belong to the mention; a person's ("his army") says nothing of the country. */
const DEFINITE = new Set(["the", "its", "their", "our", "this", "that"]);
const PERSONAL = new Set(["his", "her", "my", "your"]);
const INDEFINITE = new Set(["a", "an"]);
const NATION = new Set(["nation", "country"]);
const MODIFIER_POS = new Set(["ADJ", "NOUN", "PROPN", "NUM"]);
/** "F-15E", "MQ-9", "Su-24", "F16": letters, an optional hyphen, digits and a letter or two. */
const DESIGNATION = /^\p{Lu}[\p{L}]{0,2}-?\d{1,3}\p{Lu}{0,2}$/u;

interface Found {
  first: number;
  coreFirst: number;
  last: number;
  suffix: string;
  loose: boolean;
}

/**
 * Bodies named without their country: "the brass", "in parliament", "the nation’s
 * parliament", "its embassy guards", "an airborne infantry battalion", "Air Force", and
 * weapon platforms ("F-15E fighter planes" → the air force). Each refers to the body of
 * the country the context makes salient (salience.ts), with role "description"; with no
 * salient country, or after a modifier ("rebel army"), nothing is added.
 */
export function resolveBareBodies(ctx: DocContext, state: DocState): DocState {
  const k = ctx.knowledge;
  // An unseen name that is only a body phrase ("the Air Force said") gives way to the body.
  const unseen = (c: Candidate) => !c.known && c.key?.startsWith("new:") === true;
  const covered = new Uint8Array(ctx.tokens.length);
  for (const c of state.candidates) if (!c.nested && !unseen(c)) for (let i = c.first; i <= c.last; i++) covered[i] = 1;
  const starts = aloneStarts(ctx.lexicon.bodies);
  const add: Candidate[] = [];
  const gone = new Set<number>();
  for (let i = 0; i < ctx.tokens.length; i++) {
    const t = ctx.tokens[i];
    if (!t || t.kind !== "word" || covered[i]) continue;
    const found = (starts.has(wordAt(ctx, i)) ? alone(ctx, i) : null) ?? platform(ctx, i);
    if (!found || covered.subarray(found.first, found.last + 1).some((x) => x === 1)) continue;
    // Unseen names overlapping the phrase must lie inside it ("Royal Air Force" stays a name).
    const overlapping = state.candidates.filter((c) => unseen(c) && !c.nested && c.first <= found.last && c.last >= found.first);
    if (overlapping.some((c) => c.first < found.first || c.last > found.last)) continue;
    const body = ctx.lexicon.bodies.find((b) => b.suffix === found.suffix);
    const kind = kindOf(body?.type ?? null);
    if (!body || !kind) continue;
    const code = salientCountry(ctx, sortCandidates([...state.candidates, ...add]), found.first, { kind, loose: found.loose });
    const country = code ? k.countryByCode.get(code) : undefined;
    const generic = country ? `${country}_${body.suffix}` : "";
    const key = k.bodyActors.get(generic) ?? generic;
    const actor = k.actors.get(key);
    if (!actor) continue;
    add.push({
      uid: newUid(ctx),
      first: found.first,
      last: found.last,
      key,
      coreFirst: found.coreFirst,
      coreLast: found.last,
      type: actor.type,
      role: "description",
      known: true,
      country: code,
      geo: null,
      nested: false,
      headline: false,
      titled: false,
    });
    for (let x = found.first; x <= found.last; x++) covered[x] = 1;
    for (const c of overlapping) gone.add(c.uid);
    i = found.last;
  }
  return { ...state, candidates: sortCandidates([...state.candidates.filter((c) => !gone.has(c.uid)), ...add]) };
}

const startSets = new WeakMap<readonly BodyPattern[], Set<string>>();

/** The first words of the bodies' `alone` phrases, once per lexicon. */
function aloneStarts(bodies: readonly BodyPattern[]): Set<string> {
  let starts = startSets.get(bodies);
  if (!starts) {
    starts = new Set<string>();
    for (const b of bodies) for (const p of b.alone) starts.add(p[0] ?? "");
    startSets.set(bodies, starts);
  }
  return starts;
}

/** One of the bodies' `alone` phrases at token i, with what may stand before it. */
function alone(ctx: DocContext, i: number): Found | null {
  let best: { last: number; suffix: string; len: number } | null = null;
  for (const b of ctx.lexicon.bodies) {
    const m = matchPhrase(ctx, i, b.alone);
    if (m && (!best || m.words.length > best.len)) best = { last: m.last, suffix: b.suffix, len: m.words.length };
  }
  if (!best) return null;
  const t = ctx.tokens[i];
  const capital = t?.cap === true && !t.initial;
  // A word right after the phrase makes it a modifier ("the government forces", "the
  // military-run cell", "the military industrial complex"), unless it is a proper name ("Air Force").
  const link = linkAfter(ctx.text, ctx.tokens, best.last);
  const pos = link ? ctx.tokens[link.next]?.pos : undefined;
  if (link && (link.hyphen || (!capital && (pos === "NOUN" || pos === "PROPN" || pos === "ADJ")))) return null;
  const found = { first: i, coreFirst: i, last: best.last, suffix: best.suffix, loose: false };
  // "the nation’s parliament", "the country's army".
  const poss = ctx.tokens[i - 1];
  if (poss?.kind === "possessive") {
    if (!NATION.has(ctx.tokens[i - 2]?.fold ?? "") || wordAt(ctx, prevWord(ctx, i - 2)) !== "the") return null;
    return { ...found, first: prevWord(ctx, i - 2), coreFirst: i - 2, loose: true };
  }
  const p = prevWord(ctx, i);
  if (p < 0) return capital ? found : null;
  const w = wordAt(ctx, p);
  if (PERSONAL.has(w)) return null;
  if (DEFINITE.has(w)) return { ...found, first: p };
  if (INDEFINITE.has(w)) return found;
  const prev = ctx.tokens[p];
  if (!prev || prev.cap || MODIFIER_POS.has(prev.pos ?? "")) return null;
  // Without a determiner, a lower-case phrase needs a preposition before it ("in parliament").
  return capital || prev.pos === "ADP" ? found : null;
}

/** "F-15E fighter planes", "Su-24 bombers": a designation and a platform noun. */
function platform(ctx: DocContext, i: number): Found | null {
  const t = ctx.tokens[i];
  if (!t || !t.cap) return null;
  let end = i;
  const dash = ctx.tokens[i + 1];
  const num = ctx.tokens[i + 2];
  if (dash?.text === "-" && num && dash.start === t.end && num.start === dash.end && DESIGNATION.test(ctx.text.slice(t.start, num.end))) end = i + 2;
  else if (!DESIGNATION.test(t.text)) return null;
  const n = nextWord(ctx, end);
  if (n < 0) return null;
  for (const p of ctx.lexicon.platforms) {
    const m = matchPhrase(ctx, n, p.nouns);
    if (m) return { first: i, coreFirst: i, last: m.last, suffix: p.suffix, loose: false };
  }
  return null;
}
