import { boundedDistance } from "./distance.js";
import { gazetteer } from "./knowledge/gazetteer.js";
import type { Knowledge } from "./knowledge/index.js";
import { foldName, skeleton } from "./normalize.js";
import { notablePlace } from "./places.js";
import type { Token } from "./tokens.js";

/**
 * Near-miss spellings of known place and country names and demonyms ("Bagdad",
 * "Iraki"): a capitalised word of five letters or more, unknown as written and never
 * written in lower case in the document, that is one edit (Damerau) away from exactly
 * one known name with the same consonant skeleton. The word keeps its text and fold;
 * `near` records the name it nearly spells, and the matcher uses it only where the
 * context confirms it (see steps/known.ts).
 */
interface Target {
  key: string;
  /** Names of one actor or one place count as one target ("iraq", "iraqi"). */
  identity: string;
  skeleton: string;
}

interface Index {
  byVariant: Map<string, Target[]>;
  /** Answers already given, by word. */
  answers: Map<string, string | null>;
}

const MIN_LETTERS = 5;
const PLACE_TYPES = new Set(["COUNTRY", "PLACE", "FACILITY"]);
/** GeoNames places this large (and every capital) are targets too. */
const BIG_CITY = 1_000_000;

const cache = new WeakMap<Knowledge, Index>();

function deletions(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

function build(k: Knowledge): Index {
  const targets = new Map<string, Target>();
  const add = (key: string, identity: string) => {
    if (key.length < MIN_LETTERS || !/^[a-z]+$/.test(key) || targets.has(key)) return;
    targets.set(key, { key, identity, skeleton: skeleton(key) });
  };
  for (const [key, entries] of k.names) {
    const place = entries.find((e) => PLACE_TYPES.has(k.actors.get(e.id)?.type ?? ""));
    if (place) add(key, place.id);
  }
  const g = gazetteer();
  for (const key of g.capitals.keys()) add(key, `geo:${key}`);
  for (const [key, cities] of g.byName) {
    const top = cities[0];
    if (top && top.population >= BIG_CITY && key === foldName(top.name)) add(key, `geo:${key}`);
  }
  const byVariant = new Map<string, Target[]>();
  for (const t of targets.values()) {
    for (const v of [t.key, ...deletions(t.key)]) {
      const list = byVariant.get(v);
      if (!list) byVariant.set(v, [t]);
      else if (!list.includes(t)) list.push(t);
    }
  }
  return { byVariant, answers: new Map() };
}

/** The one known name `word` (folded) misspells by one edit, or null. */
export function nearName(k: Knowledge, word: string): string | null {
  let index = cache.get(k);
  if (!index) {
    index = build(k);
    cache.set(k, index);
  }
  let answer = index.answers.get(word);
  if (answer === undefined) {
    answer = nearest(index, word);
    if (index.answers.size >= 50_000) index.answers.clear();
    index.answers.set(word, answer);
  }
  return answer;
}

function nearest(index: Index, word: string): string | null {
  const found = new Map<string, Target>();
  for (const v of [word, ...deletions(word)]) {
    for (const t of index.byVariant.get(v) ?? []) {
      if (t.key !== word && !found.has(t.key) && boundedDistance(word, t.key, 1) <= 1) found.set(t.key, t);
    }
  }
  const identities = new Set([...found.values()].map((t) => t.identity));
  if (identities.size !== 1) return null;
  const sk = skeleton(word);
  const same = [...found.values()].filter((t) => t.skeleton === sk);
  return same.length === 1 ? (same[0]?.key ?? null) : null;
}

/** Returns tokens with `near` set on capitalised words that nearly spell a known name. */
export function markNearMisses(k: Knowledge, tokens: Token[]): Token[] {
  const lower = new Set<string>();
  for (const t of tokens) if (t.kind === "word" && !t.cap) lower.add(t.fold);
  const lex = k.lexicon;
  return tokens.map((t) => {
    if (t.kind !== "word" || !t.cap || t.upper || t.fold.length < MIN_LETTERS || !/^[A-Za-z]+$/.test(t.text)) return t;
    const w = t.fold;
    if (k.names.has(w) || lower.has(w) || lex.stopwords.has(w) || lex.givenNames.has(w) || lex.heads.has(w)) return t;
    // A real place of its own, large enough to be read as one, is not a misspelling.
    if (notablePlace(w)) return t;
    const near = nearName(k, w);
    return near ? { ...t, near } : t;
  });
}
