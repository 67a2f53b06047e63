import type { EntityType } from "../../model/analysis.js";
import { gazetteer } from "../knowledge/gazetteer.js";
import { nearKnown } from "../fuzzy.js";
import { fold, foldName, newKey } from "../normalize.js";
import { lookupPlace, notablePlace } from "../places.js";
import { spanText, type Candidate, type DocContext, type DocState, type Link } from "../candidate.js";
import { nameLinks } from "./names.js";
import { nextWord } from "../phrase.js";

/** Union-find over candidate uids that never joins two different known keys. */
class Groups {
  private parent = new Map<number, number>();
  private knownKey = new Map<number, string | null>();
  constructor(candidates: Candidate[]) {
    for (const c of candidates) {
      this.parent.set(c.uid, c.uid);
      this.knownKey.set(c.uid, c.known ? c.key : null);
    }
  }
  find(x: number): number {
    let r = x;
    while (this.parent.get(r) !== r) r = this.parent.get(r) ?? r;
    this.parent.set(x, r);
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const ka = this.knownKey.get(ra) ?? null;
    const kb = this.knownKey.get(rb) ?? null;
    if (ka && kb && ka !== kb) return;
    this.parent.set(rb, ra);
    this.knownKey.set(ra, ka ?? kb);
  }
}

/** The words of a candidate's name, folded, articles dropped. */
export function coreWords(ctx: DocContext, c: Candidate): string[] {
  return foldName(spanText(ctx, c.coreFirst, c.coreLast)).split(" ").filter((w) => w.length > 0);
}

function followedBySpeech(ctx: DocContext, c: Candidate): boolean {
  for (let i = c.last + 1; i < Math.min(ctx.tokens.length, c.last + 3); i++) {
    const t = ctx.tokens[i];
    if (!t || t.kind === "punct") continue;
    return ctx.lexicon.speechVerbs.has(t.fold);
  }
  return false;
}

/** Prepositions that put what follows them on a map ("in Nagorno-Karabakh", "around Khan Younis"). */
const LOCATIVE = new Set(["in", "near", "around", "across", "throughout", "outside", "inside", "into"]);
/** Before one unseen word, "at" places it too ("its strike at Balakot"): a one-word person's name rarely follows it. */
const SMALL_PLACE_PREPS = new Set([...LOCATIVE, "at"]);

/**
 * Every mention of an unknown name outside the headline stands after a locative
 * preposition (an article may come between) and is no possessive: a name shaped like a
 * person's is then a place GeoNames does not list ("in Nagorno-Karabakh", "near Khan
 * Younis").
 */
function placedByPrepositions(ctx: DocContext, list: readonly Candidate[], preps: ReadonlySet<string> = LOCATIVE): boolean {
  const body = list.filter((c) => !c.headline);
  return (
    body.length > 0 &&
    body.every((c) => {
      let i = c.first - 1;
      if (ctx.tokens[i]?.fold === "the") i--;
      const possessive = /['’]s?$/.test(ctx.tokens[c.last]?.text ?? "") || /^['’]s$/.test(ctx.tokens[c.last + 1]?.text ?? "");
      return preps.has(ctx.tokens[i]?.fold ?? "") && !possessive;
    })
  );
}

/** "shelled the Poonch district": every mention in the body is followed by a lower-case word for a kind of place. */
function kindOfPlaceAfter(ctx: DocContext, list: readonly Candidate[]): boolean {
  const body = list.filter((c) => !c.headline);
  return body.length > 0 && body.every((c) => {
    const next = ctx.tokens[c.last + 1];
    return !!next && !next.cap && ctx.lexicon.heads.get(next.fold) === "PLACE";
  });
}

/** One capitalised word of four letters or more, not an acronym, a given name or a word the document writes in lower case. */
function unseenWord(ctx: DocContext, c: Candidate, lowerWords: ReadonlySet<string>): boolean {
  const t = ctx.tokens[c.coreFirst];
  if (c.coreFirst !== c.coreLast || !t || t.kind !== "word" || !t.cap || t.upper || t.text.length < 4) return false;
  if (lowerWords.has(t.fold) || ctx.lexicon.givenNames.has(t.fold) || gazetteer().stoplist.has(foldName(t.text)) || ctx.lexicon.sects.has(t.fold) || !/^[A-Z][a-z'-]+$/.test(t.text)) return false;
  // "in Christian east Beirut", "in Kurdish areas": a word before a noun describes it; and
  // "across the Line of Control": a word before "of" and a name is part of a longer name
  const next = ctx.tokens[c.coreLast + 1];
  if (next?.fold === "of" && ctx.tokens[c.coreLast + 2]?.cap) return false;
  // ... but a word that names a kind of place says what the name is ("in Nangarhar province")
  if (next && ctx.lexicon.heads.get(next.fold) === "PLACE") return true;
  return !(next && next.kind === "word" && !next.cap && (next.pos === "NOUN" || next.pos === "ADJ" || next.pos === "PROPN"));
}

/**
 * Two to four capitalised alphabetic words, none a head word or stop word, and none
 * written in lower case elsewhere in the document ("Hooman Majd", not "Deep State");
 * a known given name first is enough.
 */
function looksLikePersonName(ctx: DocContext, c: Candidate, lowerWords: ReadonlySet<string>): boolean {
  const words = ctx.tokens.slice(c.coreFirst, c.coreLast + 1).filter((t) => t.kind === "word");
  if (words.length < 2 || words.length > 4) return false;
  if (words.every((t) => t.upper && t.text.length > 2)) return false;
  const given = ctx.lexicon.givenNames.has(words[0]?.fold ?? "");
  if ((words[0]?.text.length ?? 0) < 2 || (words[words.length - 1]?.text.length ?? 0) < 2) return false;
  return words.every((t) => {
    if (!given && t.cap && lowerWords.has(t.fold)) return false;
    const w = ctx.lexicon.abbreviations.get(t.fold) ?? t.fold;
    if (!/^\p{L}[\p{L}\p{M}'’]*$/u.test(t.text) || ctx.lexicon.heads.has(w) || ctx.lexicon.stopwords.has(w)) return false;
    return t.cap || ["al", "el", "bin", "ibn", "de", "van", "von", "da", "di", "abu", "la", "le", "du"].includes(w);
  });
}

/**
 * A known actor one of the names nearly spells, trying each name alone and then with the
 * lower-case word after it ("Popular Mobiliazation units"); `extend` says which
 * candidates grow by that word.
 */
function nearestKnown(ctx: DocContext, list: Candidate[]): { id: string; extend: Map<number, number> } | null {
  const extend = new Map<number, number>();
  for (const c of list) {
    const words = coreWords(ctx, c);
    // "Colombo" names a capital of its own, not a misspelt "Colombia"
    if (notablePlace(foldName(spanText(ctx, c.coreFirst, c.coreLast)))) continue;
    const n = nextWord(ctx, c.last);
    const t = n >= 0 ? ctx.tokens[n] : undefined;
    if (t && !t.cap && t.kind === "word") {
      const longer = nearKnown(ctx.knowledge, [...words, t.fold].join(" "));
      if (longer) {
        extend.set(c.uid, n);
        return { id: longer.id, extend };
      }
    }
    // (one capitalised word opening a sentence may be any noun: "Rioters" is not "Reuters")
    const opening = words.length === 1 && ctx.tokens[c.coreFirst]?.initial === true;
    const e = nearKnown(ctx.knowledge, words.join(" "), opening ? 1 : Infinity);
    if (e) return { id: e.id, extend };
    // "Trumps impeachment": a possessive written without its apostrophe.
    const only = words.length === 1 ? words[0] : undefined;
    const stem = only && only.length > 4 && only.endsWith("s") ? ctx.knowledge.names.get(only.slice(0, -1)) : undefined;
    const person = stem?.find((x) => !x.exactCase && ctx.knowledge.actors.get(x.id)?.type === "PERSON");
    if (person) return { id: person.id, extend };
  }
  return null;
}

/**
 * Gives every candidate its entity: links stated in the text and name links (surnames,
 * first names, same normalised name) make groups; a group takes its known key, else a
 * near-enough known alias, else a GeoNames place, else "new:" + its fullest name. Groups
 * with no type evidence, and headline-only names, are dropped.
 */
export function resolveEntities(ctx: DocContext, state: DocState): DocState {
  const k = ctx.knowledge;
  const named = nameLinks(ctx, state.candidates);
  const candidates = state.candidates.map((c) =>
    named.unseat.has(c.uid) ? { ...c, key: null, known: false, type: "PERSON" as const, role: "name" as const } : c,
  );
  const groups = new Groups(candidates);
  const links: Link[] = [...state.links, ...named.links];
  for (const l of links) groups.union(l.a, l.b);
  const members = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const r = groups.find(c.uid);
    const list = members.get(r) ?? [];
    list.push(c);
    members.set(r, list);
  }
  const docCountries = new Set<string>();
  for (const c of candidates) {
    const a = c.known && c.key ? k.actors.get(c.key) : undefined;
    if (a?.type === "COUNTRY" && a.country) docCountries.add(a.country);
  }
  const lowerWords = new Set<string>();
  for (const t of ctx.tokens) if (t.kind === "word" && !t.cap && t.text.length > 2) lowerWords.add(t.fold);
  const out: Candidate[] = [];
  for (const list of members.values()) {
    const known = list.find((c) => c.known && c.key);
    if (known) {
      const actor = k.actors.get(known.key ?? "");
      for (const c of list) out.push(c.known ? c : { ...c, key: known.key, known: true, type: actor?.type ?? c.type, geo: actor?.geo ?? null, role: c.role === "name" ? "alias" : c.role });
      continue;
    }
    const keyed = list.filter((c) => c.key);
    if (keyed.length > 0 && keyed.length === list.length) {
      out.push(...list);
      continue;
    }
    const fullest = [...list]
      .filter((c) => !c.nested && c.role !== "handle" && c.role !== "acronym")
      .sort((a, b) => coreWords(ctx, b).length - coreWords(ctx, a).length || b.coreLast - b.coreFirst - (a.coreLast - a.coreFirst) || a.first - b.first)[0];
    const name = fullest ? spanText(ctx, fullest.coreFirst, fullest.coreLast) : spanText(ctx, list[0]?.first ?? 0, list[0]?.last ?? 0);
    // A near-enough known alias: misspellings and transliterations.
    // A name unseated from a known actor is not handed back to it by spelling.
    const near = nearestKnown(ctx, list.filter((c) => !named.unseat.has(c.uid)));
    if (near) {
      const actor = k.actors.get(near.id);
      for (const c of list) {
        const last = near.extend.get(c.uid) ?? c.last;
        out.push({ ...c, last, coreLast: Math.max(c.coreLast, last), key: near.id, known: true, type: actor?.type ?? c.type, country: actor?.country ?? c.country, geo: actor?.geo ?? null, role: c.role === "name" ? "alias" : c.role });
      }
      continue;
    }
    let type: EntityType | null = list.map((c) => c.type).find((t) => t !== null) ?? null;
    if (list.every((c) => c.headline)) continue;
    if (type === null || type === "PLACE") {
      const city = fullest && ctx.tokens[fullest.coreFirst]?.cap ? lookupPlace(name, ctx.lexicon, docCountries) : null;
      if (city) {
        const key = gazetteer().keyOf(city);
        const actor = k.actors.get(key);
        for (const c of list) out.push({ ...c, key, known: actor !== undefined, type: actor?.type ?? "PLACE", country: city.country, geo: city.geo });
        continue;
      }
    }
    // "Officials said", "Witnesses claimed": a plural noun for people alone is no one's name
    if (type === null && list.every((c) => c.coreFirst === c.coreLast && ctx.lexicon.peopleNouns.has(ctx.tokens[c.coreFirst]?.fold ?? ""))) continue;
    if (type === null && list.some((c) => followedBySpeech(ctx, c))) {
      // "the SWC said": an acronym that speaks is an organisation, a name a person.
      const acronym = fullest !== undefined && fullest.coreFirst === fullest.coreLast && ctx.tokens[fullest.coreFirst]?.upper === true;
      type = acronym ? "ORGANIZATION" : "PERSON";
    }
    if (type === null && fullest && looksLikePersonName(ctx, fullest, lowerWords) && list.some((c) => !c.headline)) type = placedByPrepositions(ctx, list) ? "PLACE" : "PERSON";
    // "near Balakot", "in Budgam": one unseen word that stands only after a locative
    // preposition, or only before a word for a kind of place ("the Poonch district"), is a
    // place too small for the gazetteer
    if (type === null && fullest && unseenWord(ctx, fullest, lowerWords) && (placedByPrepositions(ctx, list, SMALL_PLACE_PREPS) || kindOfPlaceAfter(ctx, list))) type = "PLACE";
    if (type === null) continue;
    // A handle alone keeps its "@": "new:@potus" is an account, not a name.
    const key = fullest ? newKey(name) : list[0]?.role === "handle" ? `new:@${fold(name)}` : newKey(name);
    if (key === "new:" || key === "new:@") continue;
    for (const c of list) out.push({ ...c, key, type, known: false });
  }
  return { ...state, candidates: out.sort((a, b) => a.first - b.first || b.last - a.last || a.uid - b.uid), links };
}
