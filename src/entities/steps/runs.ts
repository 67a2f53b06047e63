import type { EntityType } from "../../model/analysis.js";
import { coverage, newUid, sortCandidates, type Candidate, type DocContext, type DocState } from "../candidate.js";
import { matchPhrase, wordAt } from "../phrase.js";
import { linkAfter, type Token } from "../tokens.js";
import { titleEndsAt, titleIndex } from "./titles.js";
import { gazetteer } from "../knowledge/gazetteer.js";
import { foldName } from "../normalize.js";

/** Lower-case words that may sit inside a name ("Abu Mahdi al-Muhandis", "Lashkar-e-Taiba"). */
const PARTICLES = new Set(["al", "el", "ad", "at", "an", "ar", "as", "ash", "az", "bin", "ibn", "bint", "abu", "abd", "de", "da", "di", "du", "del", "della", "dos", "van", "von", "der", "den", "la", "le", "ul", "ur", "e", "i", "y"]);
/** Words that continue a name only after a head word ("Ministry of Defense", "Institute for the Study of War"). */
const AFTER_HEAD = new Set(["of", "for", "on", "the"]);
/** Prepositions that, capitalised in a headline, never continue a name. */
const CAPITAL_PREPS = new Set(["at", "in", "on", "to", "by", "from", "with", "into", "near", "over", "against"]);
/** Parts of speech that never belong to a name, whatever their capital. */
const NEVER = new Set(["DET", "PRON", "ADP", "AUX", "CCONJ", "SCONJ", "PART", "INTJ", "ADV", "PUNCT", "SYM"]);

function nameWord(t: Token): boolean {
  return t.kind === "word" && (t.cap || /^\p{N}+\p{Lu}/u.test(t.text));
}

function breaks(t: Token): boolean {
  if (!t.pos) return false;
  if (NEVER.has(t.pos)) return true;
  return (t.pos === "VERB" || t.pos === "ADJ") && (t.initial || t.titleCase);
}

/**
 * Proper-noun spans the knowledge did not name: runs of capitalised words (with name
 * particles between them) outside every candidate, split where wink sees a function
 * word. A leading title makes a person ("Maj. Charlie Dietz"); a head word types the
 * rest ("Hudson Institute"). Untyped spans stay untyped here; the resolve step decides.
 */
export function findProperNames(ctx: DocContext, state: DocState): DocState {
  const { tokens, text } = ctx;
  const cover = coverage(ctx, state.candidates);
  const add: Candidate[] = [];
  const drop = new Set<number>();
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || cover[i] !== -1 || !(nameWord(t) || t.kind === "handle") || breaks(t)) {
      i++;
      continue;
    }
    if (t.kind === "handle") {
      if (!ctx.lexicon.stopwords.has(t.fold)) add.push(candidate(ctx, i, i, i, "PERSON", false, "handle"));
      i++;
      continue;
    }
    const run = [i];
    let j = i;
    for (;;) {
      const link = linkAfter(text, tokens, j) ?? afterAbbreviatedTitle(ctx, j);
      if (!link) break;
      const n = tokens[link.next];
      if (!n || cover[link.next] !== -1) break;
      // "Who Fired The Tochka At Kramatorsk?": a headline's capitalised preposition ends a name
      if (n.cap && CAPITAL_PREPS.has(n.fold)) break;
      if (nameWord(n) && !breaks(n)) {
        run.push(link.next);
        j = link.next;
        continue;
      }
      // A particle or "of (the)" counts only when a name word follows it.
      const prev = wordAt(ctx, j);
      const particle = PARTICLES.has(n.fold) || (AFTER_HEAD.has(n.fold) && (ctx.lexicon.heads.has(prev) || AFTER_HEAD.has(prev)));
      const after = particle ? linkAfter(text, tokens, link.next) : null;
      const m = after ? tokens[after.next] : undefined;
      // ("the Rafah Crossing on Monday": a day or a month after it is no part of the name)
      if (!particle || !after || !m || cover[after.next] !== -1) break;
      const named = nameWord(m) && !(AFTER_HEAD.has(n.fold) && ctx.lexicon.stopwords.has(m.fold));
      if (!(named || PARTICLES.has(m.fold) || AFTER_HEAD.has(m.fold))) break;
      run.push(link.next);
      j = link.next;
    }
    while (run.length > 0 && !nameWord(tokens[run[run.length - 1] ?? 0] as Token)) run.pop();
    i = (run[run.length - 1] ?? i) + 1;
    const c = fromRun(ctx, run);
    if (!c) continue;
    const person = c.type === null && plainName(ctx, run) && !titleEndsAt(ctx, c.last) ? knownPersonAfter(ctx, state, cover, c.last) : null;
    if (person) {
      // "Kassem Soleimani", "Ash Carter": a given name before a known surname makes a full
      // name of its own, resolved (or not) as a whole.
      add.push({ ...c, last: person.last, coreLast: person.last });
      drop.add(person.uid);
    } else add.push(c);
  }
  const headOnly = new Set(add.filter((c) => c.role === "alias").map((c) => c.uid));
  const merged = mergeAroundPlaces(ctx, state.candidates, add, drop).filter((c) => !headOnly.has(c.uid));
  return { ...state, candidates: sortCandidates([...state.candidates.filter((c) => !drop.has(c.uid)), ...merged]) };
}

/** Every word of the run capitalised and plain: no title, head word or stop word. */
function plainName(ctx: DocContext, run: number[]): boolean {
  const lex = ctx.lexicon;
  return run.every((x) => {
    const t = ctx.tokens[x];
    const w = wordAt(ctx, x);
    return t?.cap && !lex.stopwords.has(w) && !lex.heads.has(w) && !titleIndex(lex.titles).single.has(w);
  });
}

function knownPersonAfter(ctx: DocContext, state: DocState, cover: Int32Array, last: number): Candidate | null {
  const link = linkAfter(ctx.text, ctx.tokens, last);
  if (!link || link.hyphen) return null;
  const uid = cover[link.next];
  const k = state.candidates.find((c) => c.uid === uid);
  if (!k || !k.known || k.first !== link.next || !k.key) return null;
  return ctx.knowledge.actors.get(k.key)?.type === "PERSON" ? k : null;
}

/**
 * "Carnegie Middle East Center", "Baghdad Operations Command": a name ending in a head
 * word swallows the known place right before it (and an unseen word before that).
 */
function mergeAroundPlaces(ctx: DocContext, existing: Candidate[], fresh: Candidate[], drop: Set<number>): Candidate[] {
  const joins = (a: Candidate, b: Candidate) => linkAfter(ctx.text, ctx.tokens, a.last)?.next === b.first;
  const out: Candidate[] = [];
  const used = new Set<number>();
  for (const r of fresh) {
    if (r.type === null || r.titled || r.type === "PERSON") continue;
    const p = existing.find((c) => c.known && !c.nested && !drop.has(c.uid) && joins(c, r));
    const pType = p?.key ? ctx.knowledge.actors.get(p.key)?.type : undefined;
    if (!p || (pType !== "PLACE" && pType !== "COUNTRY")) continue;
    const q = fresh.find((c) => c !== r && !used.has(c.uid) && c.type === null && joins(c, p));
    drop.add(p.uid);
    if (q) used.add(q.uid);
    used.add(r.uid);
    const first = (q ?? p).first;
    out.push({ ...r, first, coreFirst: first, role: "name", uid: newUid(ctx) });
  }
  return [...fresh.filter((c) => !used.has(c.uid)), ...out];
}

function candidate(ctx: DocContext, first: number, last: number, coreFirst: number, type: EntityType | null, titled: boolean, role: Candidate["role"] = "name"): Candidate {
  let headline = true;
  for (let x = first; x <= last; x++) if (!ctx.tokens[x]?.titleCase) headline = false;
  return {
    uid: newUid(ctx),
    first,
    last,
    key: null,
    coreFirst,
    coreLast: last,
    type,
    role,
    known: false,
    country: null,
    geo: null,
    nested: false,
    headline,
    titled,
  };
}

function fromRun(ctx: DocContext, run: number[]): Candidate | null {
  const lex = ctx.lexicon;
  const tokens = ctx.tokens;
  let s = 0;
  // Drop leading stop words and articles ("The", "But", "Sure").
  while (s < run.length && lex.stopwords.has(wordAt(ctx, run[s] ?? -1))) s++;
  let words = run.slice(s);
  if (words.length === 0) return null;
  // "the Indus Waters Treaty", "Operation Sindoor": the title of a document or an operation
  if (words.length >= 2 && (lex.titledThings.last.has(wordAt(ctx, words[words.length - 1] ?? -1)) || lex.titledThings.first.has(wordAt(ctx, words[0] ?? -1)))) return null;
  const upper = words.filter((x) => tokens[x]?.upper).length;
  if (words.length >= 3 && upper === words.length) return null; // shouting, not a name
  if (words.length === 1 && (tokens[words[0] ?? -1]?.text.length ?? 0) < 2) return null;
  // A head word at the end types the whole name, titles included ("Imam Ali Missile Base").
  const tail = lex.heads.get(wordAt(ctx, words[words.length - 1] ?? -1));
  if (tail && tail !== "PERSON" && words.length >= 2 && matchPhrase(ctx, words[0] ?? -1, lex.titles)) {
    return candidate(ctx, words[0] ?? 0, words[words.length - 1] ?? 0, words[0] ?? 0, tail, false);
  }
  // A title in front: "Defense Secretary Mark Esper", "Maj. Charlie Dietz", "Sheikh Y".
  let titled = false;
  for (;;) {
    const first = words[0];
    if (first === undefined) break;
    const m = matchPhrase(ctx, first, lex.titles);
    if (!m) break;
    const rest = words.filter((x) => x > m.last);
    const title = m.words.join(" ");
    if (rest.length === 0) return null; // a title alone ("Defense Secretary" before a known name)
    if ((lex.titlesNeedingName.has(title) && !tokens[rest[0] ?? -1]?.cap)) break;
    titled = true;
    words = rest;
  }
  const firstWord = words[0];
  const lastWord = words[words.length - 1];
  if (firstWord === undefined || lastWord === undefined) return null;
  const meaningful = words.filter((x) => {
    const w = wordAt(ctx, x);
    const lower = !tokens[x]?.cap;
    return !lex.stopwords.has(w) && !lex.heads.has(w) && !(lower && (PARTICLES.has(w) || AFTER_HEAD.has(w)));
  });
  if (meaningful.length === 0) {
    // Head words alone ("Center") matter only next to a known place: "Carnegie Middle East Center".
    const h = lex.heads.get(wordAt(ctx, lastWord));
    if (!titled && h && h !== "PERSON" && tokens[firstWord]?.cap) return { ...candidate(ctx, firstWord, lastWord, firstWord, h, false), role: "alias" };
    return null;
  }
  if (titled) return candidate(ctx, firstWord, lastWord, firstWord, "PERSON", true);
  // The head is the last word, or the word before "of"/"for" ("Centre for Peace Studies").
  let head = lex.heads.get(wordAt(ctx, lastWord));
  for (let n = 0; !head && n < words.length - 1; n++) {
    const x = words[n] ?? -1;
    const after = linkAfter(ctx.text, tokens, x)?.next ?? -1;
    if (AFTER_HEAD.has(wordAt(ctx, after)) && !tokens[after]?.cap) head = lex.heads.get(wordAt(ctx, x));
  }
  if (head && words.length >= 2) return candidate(ctx, firstWord, lastWord, firstWord, head, false);
  // "the al-Ahli Arab hospital", "the Zaporizhzhia nuclear plant": a site's lower-case
  // head after the name (a plain adjective may stand between) makes the name a facility's
  // ("the Kramatorsk station": a town's name only says where the site is)
  const town = (): boolean => gazetteer().byName.has(foldName(ctx.text.slice(tokens[firstWord]?.start ?? 0, tokens[lastWord]?.end ?? 0)));
  if (!head && siteAfter(ctx, firstWord, lastWord) && !town()) return candidate(ctx, firstWord, lastWord, firstWord, "FACILITY", false);
  return candidate(ctx, firstWord, lastWord, firstWord, null, false);
}

/** After "the", a lower-case facility head right after the name, or after one plain word ("nuclear plant"). */
function siteAfter(ctx: DocContext, first: number, last: number): boolean {
  // (the name may begin with a lower-case particle: "the al-Ahli Arab hospital")
  let before = first - 1;
  while (before > first - 4 && /^(al|el|-)$/i.test(ctx.tokens[before]?.text ?? "")) before--;
  if (ctx.tokens[before]?.text.toLowerCase() !== "the") return false;
  for (let j = last + 1; j <= last + 2; j++) {
    const t = ctx.tokens[j];
    if (!t || t.cap || t.kind !== "word") return false;
    // ("building a house", "crossing the river": a verb, not a site)
    if (ctx.lexicon.heads.get(wordAt(ctx, j)) === "FACILITY" && !/ing$/.test(wordAt(ctx, j))) return true;
    if (ctx.lexicon.stopwords.has(wordAt(ctx, j))) return false;
  }
  return false;
}

/** "Maj. Charlie Dietz": a one-word title, its period, then a capitalised word. */
function afterAbbreviatedTitle(ctx: DocContext, j: number): { next: number } | null {
  const dot = ctx.tokens[j + 1];
  const n = ctx.tokens[j + 2];
  const t = ctx.tokens[j];
  if (!t || !dot || !n || dot.text !== "." || dot.start !== t.end || !nameWord(n)) return null;
  if (!/^[ \u00a0]$/.test(ctx.text.slice(dot.end, n.start))) return null;
  const m = matchPhrase(ctx, j, ctx.lexicon.titles);
  return m && m.last === j ? { next: j + 2 } : null;
}
