/** Small closed-class English word sets the argument and trigger rules rely on. */
import type { Token } from "../tokens.js";

/** Words that join two names or events into a list ("A and B", "A, B or C"). */
export const COORDINATORS = new Set(["and", ",", "&", "or"]);
export const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "any", "every", "each", "another", "such", "no"]);
/** Determiners of a noun phrase that refers to something already told ("the protest", "their attack"). */
export const DEFINITE = new Set(["the", "this", "that", "these", "those", "its", "their", "his", "her"]);
/** Opens the consequent of a conditional: "if X ..., then Y". */
export const CONSEQUENT = "then";
/** Words that open a clause: a noun right after one is its subject. */
export const CLAUSE_OPENERS = new Set(["when", "while", "as", "after", "before", "because", "since", "until", "that", "which", "who", "if", "unless", "and", "but", "or", "so", "then", "although", "though", "whether", "where", "how", "why", "what"]);
/** Words that open a relative clause after the noun it describes ("the attack which ..."). */
export const RELATIVE_OPENERS = new Set(["which", "that"]);
/** Prepositions that make a noun phrase the object of another word's predicate ("react to the attacks", "asked about the strikes"). */
export const OBJECT_PREPOSITIONS = new Set(["to", "about", "over", "on"]);
/** Determiners that point back to something told ("these attacks", "such attacks"). */
export const BACK_REFERENCE = new Set(["the", "this", "that", "these", "those", "such"]);
/** Words before a noun that make it one more act of its kind, not one already told ("another attack", "separate, anti-government protests"). */
export const ANOTHER_OF_KIND = new Set(["another", "second", "third", "fresh", "further", "renewed", "separate"]);
export const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "get", "got", "gets", "'s", "'re"]);
export const MODALS = new Set(["will", "would", "can", "could", "may", "might", "shall", "should", "must", "to", "did", "does", "do", "has", "have", "had", "won't", "didn't", "wouldn't"]);
export const FIRST_PERSON = new Set(["we", "i"]);
export const FUTURE_AUX = new Set(["will", "'ll", "shall", "would", "gonna"]);
export const SUBJECT_PRONOUNS = new Set(["i", "we", "you", "he", "she", "they", "it", "who", "which", "that"]);
export const LOCATION_PREPS = new Set(["in", "at", "near", "inside", "outside", "across", "throughout", "around", "from", "into", "over", "outside", "within", "toward", "towards"]);
export const TARGET_PREPS = new Set(["on", "against", "of", "at", "targeting", "upon", "into"]);
/** Verbs whose object noun comes "from" its giver ("receiving guarantees from the prime minister"). */
export const RECEIVE_VERBS = new Set(["receive", "received", "receives", "receiving", "get", "got", "gets", "getting", "obtain", "obtained", "obtaining", "secure", "secured", "securing", "win", "won", "winning", "accept", "accepted", "accepting"]);
export const SUPPORT_VERBS = new Set(["launch", "launched", "launches", "launching", "carry", "carried", "carries", "carrying", "conduct", "conducted", "conducts", "conducting", "stage", "staged", "stages", "staging", "mount", "mounted", "mounts", "order", "ordered", "orders", "orchestrate", "orchestrated", "orchestrating", "organize", "organized", "organise", "organised", "claimed", "claim", "began", "begin", "begun", "started", "start", "made", "make", "executed", "perpetrated", "committed", "undertook", "undertaken", "faced", "cancelled", "canceled", "postponed", "resumed", "completed", "delayed"]);

/** Token j is the dot closing an abbreviation ("U.S."), which the tokenizer keeps apart: no sentence or phrase end. */
export function abbreviationDot(tokens: readonly Token[], j: number): boolean {
  return tokens[j]?.text === "." && /^[A-Z](\.[A-Z])*$/.test(tokens[j - 1]?.text ?? "");
}

/** Adverbs and particles that may sit between an auxiliary and its verb. */
export function isAdverb(t: Token | undefined): boolean {
  if (!t || t.kind !== "word") return false;
  return /ly$/.test(t.lower) || ["not", "also", "then", "just", "now", "since", "already", "still", "reportedly", "allegedly", "again", "never", "all", "both", "fully", "in", "turn", "later", "first", "once", "yet", "even", "soon", "really"].includes(t.lower);
}

/** Index of the nearest earlier non-adverb token (skipping at most `max`). */
export function previousContent(tokens: Token[], i: number, floor: number, max = 3): number {
  let j = i - 1;
  let skipped = 0;
  while (j >= floor && isAdverb(tokens[j]) && skipped < max) {
    j--;
    skipped++;
  }
  return j;
}

/** Where the noun phrase of a referring noun begins: its definite determiner, up to three words back; null if none. */
export function definitePhraseStart(tokens: readonly Token[], head: number): number | null {
  for (let j = head - 1; j >= Math.max(0, head - 4); j--) {
    const t = tokens[j];
    if (!t || t.kind === "punct") return null;
    if (DEFINITE.has(t.lower)) return j;
    // "its response to a drone attack": the noun's own phrase is indefinite
    if (PHRASE_BOUNDS.has(t.lower)) return null;
  }
  return null;
}

/** Words that open a phrase before a noun: a definite determiner further back belongs to another phrase. */
const PHRASE_BOUNDS = new Set(["a", "an", "to", "of", "for", "on", "at", "in", "by", "with", "from", "against"]);

const NOT_GERUNDS = new Set(["being", "following", "morning", "evening", "nothing", "something", "everything"]);

/**
 * An active gerund opening a clause ("after smashing a door", "after receiving
 * guarantees"): it has no subject of its own, so its subject is the main clause's.
 * "after being attacked" (passive) is not one.
 */
export function subjectlessGerund(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.lower ?? "";
  return /^[a-z]{3,}ing$/.test(word) && !NOT_GERUNDS.has(word);
}

/** Relativizers that can stand as the subject of the clause they open ("soldiers who fought", "troops who arrived"). */
export const SUBJECT_RELATIVIZERS = new Set(["who", "which"]);

/**
 * The verb at `at` opens a relative clause whose relativizer is its subject ("soldiers
 * who fought al-Qaeda", "the militia, which had attacked"): auxiliaries and adverbs may
 * stand between. Returns the relativizer's index, or -1.
 */
export function subjectRelativizerBefore(tokens: readonly Token[], at: number, floor: number): number {
  let j = at - 1;
  for (let skipped = 0; j >= floor && skipped < 4; j--, skipped++) {
    const t = tokens[j];
    if (!t || t.kind !== "word") return -1;
    if (SUBJECT_RELATIVIZERS.has(t.lower)) return j;
    if (!BE.has(t.lower) && !MODALS.has(t.lower) && !isAdverb(t)) return -1;
  }
  return -1;
}

/** Verbs of saying: the name before one is its subject, and the clause after it is what is said ("India says it shot down", "said a mosque was struck"). */
export const SAYING_VERBS: ReadonlySet<string> = new Set(["said", "says", "say", "claimed", "claims", "added", "insisted", "insists", "stated", "maintained", "told", "tells"]);

/** Conjunctions that open a subordinate clause ("when ... overran Iraq,", "as Trump blamed Iran"). */
export const SUBORDINATORS = new Set(["when", "while", "as", "although", "though", "if", "once", "since", "because", "after", "before", "whereas", "until", "unless"]);
/** Of those, the ones that are also prepositions ("after midnight", "since October"). */
const PREPOSITIONAL = new Set(["since", "after", "before", "until"]);
/** Of those, the ones that state a condition: whoever it is put to is a threat's or a demand's target ("threatened to strike unless Israel withdrew"). */
const CONDITIONAL = new Set(["if", "unless", "once"]);
/** Of those, the ones whose clause tells another act beside the main one ("while rebels attacked Bukavu"). */
export const CONTRAST = new Set(["while", "whereas", "although", "though"]);

/** Pronouns that, right after "as", can only be a clause's subject. */
const AS_CLAUSE_SUBJECTS = new Set(["he", "she", "they", "we", "i"]);

/**
 * Token i opens a clause of time, reason or contrast. Words that are also prepositions
 * ("after midnight") and conditions ("unless Israel withdrew") are left out; "as" opens
 * none in "such as", "as well as" or "as a terrorist group", nor "because" in "because of".
 */
export function subordinateClauseAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !SUBORDINATORS.has(t.lower) || PREPOSITIONAL.has(t.lower) || CONDITIONAL.has(t.lower)) return false;
  const next = tokens[i + 1]?.lower ?? "";
  if (t.lower === "because") return next !== "of";
  if (t.lower !== "as") return true;
  const prev = tokens[i - 1]?.lower ?? "";
  if (prev === "such" || prev === "well" || next === "well" || next === "part" || next === "a" || next === "an" || next === "the") return false;
  // "shot residents as they fled": a subject pronoun opens a clause
  if (AS_CLAUSE_SUBJECTS.has(next)) return true;
  // a clause has a finite verb within a few words ("as President Zelensky in a speech blamed")
  for (let j = i + 1; j < Math.min(tokens.length, i + 8); j++) {
    const w = tokens[j];
    if (!w || w.kind !== "word") return false;
    if (BE.has(w.lower) || MODALS.has(w.lower) || /^[a-z]{3,}ed$/.test(w.text)) return true;
  }
  return false;
}

/** Words that open a relative clause after a comma ("Bucha, where ...", "the militia, which ..."). */
const COMMA_RELATIVIZERS = new Set(["where", "which", "who", "whom", "whose"]);

/**
 * The relative clause set off by commas around token `at` ("The Taliban, who took control
 * of Kabul on Aug. 15, condemned"): [opening comma, closing comma), or null.
 */
export function commaRelativeAround(tokens: readonly Token[], at: number, floor: number, ceiling: number): [number, number] | null {
  let open = -1;
  for (let i = at - 1; i >= floor && i >= at - 15; i--) {
    if (tokens[i]?.text !== ",") continue;
    if (COMMA_RELATIVIZERS.has(tokens[i + 1]?.lower ?? "")) open = i;
    break;
  }
  if (open < 0) return null;
  for (let i = at + 1; i < ceiling && i <= at + 15; i++) if (tokens[i]?.text === ",") return [open, i];
  return null;
}

/** A relative clause set off by a comma opens at some token in [from, to). */
export function commaRelativeIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to; i++) if (tokens[i]?.text === "," && COMMA_RELATIVIZERS.has(tokens[i + 1]?.lower ?? "")) return true;
  return false;
}

/** Token i is a participle set off by a comma after what it goes on from ("stormed the camp, killing 300"; "exploded, setting fire to"). */
export function commaParticiple(tokens: readonly Token[], i: number): boolean {
  return /ing$/.test(tokens[i]?.lower ?? "") && tokens[i - 1]?.text === ",";
}

/**
 * The index of a word of `words` within `reach` words before token `at` (not before
 * `floor`), over commas and hyphens between adjectives ("separate, anti-government
 * protests"), or -1 at any other punctuation or past the reach.
 */
export function modifierBefore(tokens: readonly Token[], at: number, floor: number, reach: number, words: ReadonlySet<string>): number {
  for (let i = at - 1, seen = 0; i >= floor && seen < reach; i--) {
    const t = tokens[i];
    if (!t || (t.kind === "punct" && t.text !== "," && t.text !== "-")) return -1;
    if (t.kind === "punct") continue;
    seen++;
    if (words.has(t.lower)) return i;
  }
  return -1;
}
