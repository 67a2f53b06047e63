import type { EntityType } from "../model/analysis.js";
import type { Candidate, DocContext } from "./candidate.js";
import { nextWord, prevWord, wordAt } from "./phrase.js";

/** Civil bodies (government, parliament) and military ones look for different evidence. */
export type BodyKind = "civil" | "military";

export function kindOf(type: EntityType | null): BodyKind | null {
  if (type === "GOVERNMENT") return "civil";
  if (type === "MILITARY") return "military";
  return null;
}

export interface SalienceOptions {
  kind: BodyKind;
  /** "the nation’s parliament": any country named as a noun counts, not only one that acts. */
  loose: boolean;
}

type Reading = SalienceOptions & {
  /** Only bodies (and, for civil ones, capitals standing for governments): the whole-document count. */
  bodiesOnly: boolean;
};

/** After a place preposition, also through a coordination: "in Iraq and Syria". */
function placed(ctx: DocContext, c: Candidate): boolean {
  let p = prevWord(ctx, c.first);
  for (let n = 0; n < 4 && p >= 0; n++) {
    const w = wordAt(ctx, p);
    if (ctx.lexicon.placePrepositions.has(w)) return true;
    if (w !== "and" && w !== "or" && !ctx.tokens[p]?.cap) return false;
    p = prevWord(ctx, p);
  }
  return false;
}

/**
 * The country name acts when a verb follows it ("the US is", "Iran has warned"), not
 * when it is a place ("in Iraq and Syria controlled by …") or a passive's agent.
 */
function acts(ctx: DocContext, c: Candidate): boolean {
  if (placed(ctx, c)) return false;
  for (let i = c.last + 1, seen = 0; i < ctx.tokens.length && seen < 3; i++) {
    const t = ctx.tokens[i];
    if (!t || t.kind !== "word") return false;
    if (t.pos === "AUX") return true;
    if (t.pos === "VERB") return wordAt(ctx, nextWord(ctx, i)) !== "by";
    if (t.pos !== "ADV") return false;
    seen++;
  }
  return false;
}

/** A country name that modifies the noun after it ("US occupation troops"). */
function modifies(ctx: DocContext, c: Candidate): boolean {
  const n = nextWord(ctx, c.last);
  const pos = n >= 0 ? ctx.tokens[n]?.pos : null;
  return pos === "NOUN" || pos === "PROPN" || pos === "ADJ";
}

/**
 * The country a candidate is evidence for: a body of the same kind ("U.S. troops" for a
 * military description, and a defence ministry; "the Iraqi government" or "Iraqi Prime
 * Minister X" for a civil one), or a country name that acts ("the US is", "Tehran has warned" for civil); with
 * `loose`, any country name used as a noun ("from Iraq").
 */
/** What the knowledge files (or the candidate itself) say a candidate is, and of which country. */
function known(ctx: DocContext, c: Candidate) {
  const actor = c.known && c.key ? ctx.knowledge.actors.get(c.key) : undefined;
  return { actor, type: actor?.type ?? c.type, code: actor?.country ?? c.country };
}

function evidence(ctx: DocContext, c: Candidate, o: Reading): string | null {
  if (c.nested || !c.key) return null;
  const { actor, type, code } = known(ctx, c);
  if (!code) return null;
  if (type === "COUNTRY") {
    if (c.role === "demonym") return null;
    if (c.role === "metonym") return o.kind === "civil" ? code : null;
    if (o.bodiesOnly) return null;
    if (acts(ctx, c)) return code;
    return o.loose && !modifies(ctx, c) ? code : null;
  }
  // A defence ministry speaks for its military ("the Pentagon said").
  if (o.kind === "military") return type === "MILITARY" || actor?.ledBy === "defense_minister" ? code : null;
  if (type === "GOVERNMENT") return code;
  return type === "PERSON" && c.office ? code : null;
}

/**
 * The country a bare body description refers to ("the brass", "in parliament", "Air
 * Force"): the nearest evidence earlier in the same sentence, else the one country whose
 * bodies of that kind the document has named so far, else the nearest in the sentence
 * before, else the country with at least two bodies of that kind mentioned in the
 * document and twice as many as any other, else the one country of every actor and place
 * the document names. Null when nothing decides.
 */
export function salientCountry(ctx: DocContext, candidates: Candidate[], at: number, o: SalienceOptions): string | null {
  const sentence = ctx.tokens[at]?.sentence ?? -1;
  if (sentence >= 0) {
    const inSentence = (s: number): string | null => {
      for (let n = candidates.length - 1; n >= 0; n--) {
        const c = candidates[n];
        if (!c || c.last >= at || ctx.tokens[c.first]?.sentence !== s) continue;
        const code = evidence(ctx, c, { ...o, bodiesOnly: false });
        if (code) return code;
      }
      return null;
    };
    // "The Sudanese army ... The United States said it was horrified. ... the army carried
    // out airstrikes": a body of the kind the document has named for one country only is
    // that country's, before a country that only speaks in the sentence before
    const here = inSentence(sentence) ?? namedBefore(ctx, candidates, at, o) ?? inSentence(sentence - 1);
    if (here) return here;
  }
  const counts = new Map<string, number>();
  for (const c of candidates) {
    const code = evidence(ctx, c, { ...o, loose: false, bodiesOnly: true });
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < 2 || (second && first[1] < 2 * second[1])) return onlyCountry(ctx, candidates);
  return first[0];
}

/** The one country whose bodies of this kind the document has named before `at`, or null (none, or several). */
function namedBefore(ctx: DocContext, candidates: Candidate[], at: number, o: SalienceOptions): string | null {
  const codes = new Set<string>();
  for (const c of candidates) {
    if (c.last >= at) continue;
    const code = evidence(ctx, c, { ...o, loose: false, bodiesOnly: true });
    if (code) codes.add(code);
  }
  return codes.size === 1 ? ([...codes][0] ?? null) : null;
}

/**
 * "Sudan's RSF shelled a camp near El Fasher ... The army said ...": when the actors and
 * places the document names belong to one country, or overwhelmingly so (five times as
 * often as to any other: India's warning in a report on Sri Lanka), a bare body is that
 * country's. (Organisations and media, which belong to no side here, do not count.)
 */
function onlyCountry(ctx: DocContext, candidates: Candidate[]): string | null {
  const counts = new Map<string, number>();
  for (const c of candidates) {
    if (c.nested || !c.key) continue;
    const { type, code } = known(ctx, c);
    if (type === "ORGANIZATION" || type === "MEDIA" || !code) continue;
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  // (a passing word, "a vote in parliament against US occupation troops", is too little)
  if (!first || first[1] < ONLY_COUNTRY_MENTIONS) return null;
  return !second || first[1] >= DOMINANT_RATIO * second[1] ? first[0] : null;
}

/** How many times more often the document's own country must be named than any other. */
const DOMINANT_RATIO = 5;

/** Mentions of the one country's actors and places needed before a bare body is taken as its. */
const ONLY_COUNTRY_MENTIONS = 3;
