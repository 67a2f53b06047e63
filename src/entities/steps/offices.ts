import { newUid, sortCandidates, type Candidate, type DocContext, type DocState } from "../candidate.js";
import { matchPhrase, nextWord, prevWord, wordAt } from "../phrase.js";
import type { Lexicon } from "../en/lexicon.js";

type Office = Lexicon["offices"][number];

const officeIndexes = new WeakMap<readonly Office[], { phrases: string[][]; byWords: Map<string, Office> }>();

/** The offices' title phrases, and each title's first office, built once per lexicon. */
function officeIndex(offices: readonly Office[]): { phrases: string[][]; byWords: Map<string, Office> } {
  let index = officeIndexes.get(offices);
  if (!index) {
    const byWords = new Map<string, Office>();
    for (const o of offices) {
      const key = o.words.join(" ");
      if (!byWords.has(key)) byWords.set(key, o);
    }
    index = { phrases: offices.map((o) => o.words), byWords };
    officeIndexes.set(offices, index);
  }
  return index;
}

/**
 * Offices written without a name: "the prime minister", "the Iraqi PM", "Iraq’s
 * president". They refer to the one person of the document with that office (and that
 * country, if given); failing that, with a country, to the office itself
 * (<country id>_prime_minister), a person entity the link stage may tie to its holder.
 */
export function resolveOffices(ctx: DocContext, state: DocState): DocState {
  const k = ctx.knowledge;
  const covered = new Int32Array(ctx.tokens.length).fill(-1);
  for (const c of state.candidates) if (!c.nested) for (let i = c.first; i <= c.last; i++) covered[i] = c.uid;
  const byLast = new Map(state.candidates.filter((c) => !c.nested).map((c) => [c.last, c]));
  const holders = state.candidates.filter((c) => c.office && c.type === "PERSON");
  const add: Candidate[] = [];
  const drop = new Set<number>();
  const { phrases, byWords } = officeIndex(ctx.lexicon.offices);
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (covered[i] !== -1 || ctx.tokens[i]?.kind !== "word") continue;
    const m = matchPhrase(ctx, i, phrases);
    if (!m) continue;
    const office = byWords.get(m.words.join(" "));
    const after = nextWord(ctx, m.last);
    if (!office || (after >= 0 && ctx.tokens[after]?.cap) || (covered[m.last] !== -1)) continue;
    // A country just before: "Iraqi PM", "Iraq’s president".
    let p = prevWord(ctx, i);
    if (p < 0 && ctx.tokens[i - 1]?.kind === "possessive") p = i - 2;
    const country = p >= 0 ? byLast.get(p) : undefined;
    const countryActor = country?.key ? k.actors.get(country.key) : undefined;
    const code = countryActor?.type === "COUNTRY" && country?.role !== "metonym" ? countryActor.country : null;
    const det = p >= 0 && wordAt(ctx, p) === "the" ? p : -1;
    if (!code && det < 0) continue;
    const fits = holders.filter((h) => h.office === office.office && (!code || h.country === code));
    const keys = new Set(fits.map((h) => h.key));
    let key: string | null = keys.size === 1 ? (fits[0]?.key ?? null) : null;
    if (!key && code && countryActor) key = `${countryActor.id}_${office.office}`;
    if (!key && !code) {
      const earlier = add.filter((a) => a.office === office.office);
      const ks = new Set(earlier.map((a) => a.key));
      if (ks.size === 1) key = earlier[0]?.key ?? null;
    }
    if (!key) continue;
    const first = code && country ? country.first : det >= 0 ? det : i;
    if (code && country) drop.add(country.uid);
    add.push({
      uid: newUid(ctx),
      first,
      last: m.last,
      key,
      coreFirst: i,
      coreLast: m.last,
      type: "PERSON",
      role: "title",
      known: k.actors.has(key),
      country: code,
      geo: null,
      nested: false,
      headline: false,
      titled: true,
      office: office.office,
      ...(keys.size === 1 || !countryActor ? {} : { display: office.name.replace("{country}", countryActor.name) }),
    });
    i = m.last;
  }
  return { ...state, candidates: sortCandidates([...state.candidates.filter((c) => !drop.has(c.uid)), ...add]) };
}
