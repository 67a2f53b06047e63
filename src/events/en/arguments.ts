/**
 * Who did it to whom, read from word order (English):
 * - active verb: the nearest agent before the trigger is the actor, the first
 *   participant after it (not a place after "in/at/near") the target;
 * - passive verb ("was killed", "were hit by"): the subject is the target and the
 *   participant after "by" the actor;
 * - noun ("US airstrikes", "Iran's attack on the embassy", "the strike against X",
 *   "an attack by militias"): the modifier before or "by X" after is the actor, the
 *   participant after "on/against/of" the target; a noun that is the object of
 *   "launched/carried out/conducted" takes that verb's subject as actor; a noun received
 *   ("receiving guarantees from the prime minister") has its giver as actor and the
 *   receiver as target.
 * Two participants joined by "and" or a comma fill a slot together. The holder of a
 * place attacked ("bases held by the PMF", "sites controlled by the group") is a target.
 * A verb in a fronted clause ("When the Islamic State overran Mosul, Iran helped ...")
 * takes its object before the comma where the main clause begins.
 */
import type { Candidate, DocContext } from "../context.js";
import { AGENT_TYPES, PLACE_TYPES } from "../context.js";
import type { PloverType } from "../../model/analysis.js";
import type { TriggerHit } from "../state.js";
import type { Token } from "../tokens.js";
import { descriptorStart } from "./place-phrase.js";
import { BE, COORDINATORS, DETERMINERS, isAdverb, LOCATION_PREPS, MODALS, RECEIVE_VERBS, RELATIVE_OPENERS, SAYING_VERBS, SUBJECT_PRONOUNS, SUBJECT_RELATIVIZERS, SUBORDINATORS, subordinateClauseAt, SUPPORT_VERBS, TARGET_PREPS } from "./grammar.js";

export interface Slots {
  actors: string[];
  targets: string[];
}

export interface ArgumentScope {
  ctx: DocContext;
  /** Token range the arguments must lie in (the segment). */
  from: number;
  to: number;
  /** Candidates allowed here (speakers of claims already removed). */
  candidates: Candidate[];
  /** Verb triggers of the segment: an entity after an earlier verb is that verb's object. */
  verbs: TriggerHit[];
  /** Tokens of speakers named before what they say: never the ones who suffer an act they report. */
  sayers?: ReadonlySet<number>;
  /** Character spans of what speakers are reported to say: no speaker before one is the subject of a verb inside it. */
  reported?: readonly { start: number; end: number }[];
}

/** "Syria's state media said the strike had killed 13 people": the speaker reports the verb's act, and does not do it. */
function reportsIt(scope: ArgumentScope, c: Candidate, at: number): boolean {
  if (!scope.sayers?.has(c.from)) return false;
  const speakerEnd = scope.ctx.tokens[c.to - 1]?.end ?? 0;
  const verb = scope.ctx.tokens[at]?.start ?? 0;
  return (scope.reported ?? []).some((r) => r.start >= speakerEnd && r.start <= verb && verb < r.end);
}

const OWNER_PARTICIPLES = new Set(["held", "controlled", "run", "operated", "occupied", "manned", "owned", "used", "housing"]);
/** Pronouns that are never a subject ("followed it up", "hit them"). */
const OBJECT_PRONOUNS = new Set(["him", "her", "them", "us", "me"]);
/** Types whose noun names something given ("aid for Romania"): "to" and "for" introduce the recipient. */
const RECIPIENT_TYPES: ReadonlySet<PloverType> = new Set(["AID", "SUPPORT", "COOPERATE"]);
/** Types whose noun names a meeting or visit: "to" introduces the host ("a visit to Haiti"). */
const HOST_TYPES: ReadonlySet<PloverType> = new Set(["CONSULT"]);
/** Prepositions before which a country's name says where ("in Iraq rocket attack"). */
const WHERE_PREPS = new Set(["in", "at", "near", "inside", "across", "throughout"]);
const CLAUSE_START = new Set(["and", "but", "then", "that", "because", "when", "while", "after", "before", "so", "as", "if", "since"]);

/**
 * A pronoun standing as the object of the word before it ("used it to", "followed it
 * up"); "it" before a verb ("said it attacked") is a subject.
 */
function objectPronoun(scope: ArgumentScope, c: Candidate): boolean {
  if (!c.anaphor) return false;
  const word = scope.ctx.tokens[c.from]?.lower ?? "";
  if (OBJECT_PRONOUNS.has(word)) return true;
  if (word !== "it") return false;
  const prev = scope.ctx.tokens[c.from - 1];
  const next = scope.ctx.tokens[c.to]?.lower ?? "";
  // ("said it shot down": an irregular past is a verb too)
  const verbNext = BE.has(next) || MODALS.has(next) || /^[a-z]{3,}(ed|s)$/.test(next) || scope.ctx.lexicon.participles.has(next);
  return !!prev && prev.kind === "word" && !CLAUSE_START.has(prev.lower) && c.from > scope.from && !verbNext;
}

/** Prepositions whose object is never the subject ("in Iraq", "by the militia", "for the PMF"). */
const NOT_SUBJECT_PREPS = new Set([...LOCATION_PREPS, ...TARGET_PREPS, "by", "to", "for", "with"]);

const NOT_MODIFIERS = new Set(["by", "for", "to", "with", "as", "than", "that", "which", "who", "and", "or", "during"]);

function tokenBefore(scope: ArgumentScope, c: Candidate): string {
  return scope.ctx.tokens[c.from - 1]?.lower ?? "";
}

/** "in the northern city of Kirkuk": a place whose introducing phrase follows a locative preposition says where. */
function placedBy(scope: ArgumentScope, c: Candidate): boolean {
  if (c.type !== "PLACE") return false;
  const start = descriptorStart(scope.ctx, c.from);
  return start !== c.from && LOCATION_PREPS.has(scope.ctx.tokens[start - 1]?.lower ?? "");
}

function coordinated(scope: ArgumentScope, pick: Candidate, pool: Candidate[], direction: -1 | 1): Candidate[] {
  const out = [pick];
  let cur = pick;
  for (;;) {
    const next = direction < 0 ? [...pool].reverse().find((c) => c.to <= cur.from) : pool.find((c) => c.from >= cur.to);
    if (!next) break;
    const gapFrom = direction < 0 ? next.to : cur.to;
    const gapTo = direction < 0 ? cur.from : next.from;
    const gap = scope.ctx.tokens.slice(gapFrom, gapTo);
    if (!parentheticalAddition(gap) && (gap.length === 0 || gap.length > 2 || !gap.every((t) => COORDINATORS.has(t.lower)))) break;
    // a list of subjects ends "..., B and C did": the last gap before the verb has its conjunction
    if (direction < 0 && out.length === 1 && gap.every((t) => t.text === ",")) break;
    // "In Sudan, Egyptian and Emirati forces fought": a fronted place phrase is not in the list
    if (direction < 0 && NOT_SUBJECT_PREPS.has(tokenBefore(scope, next))) break;
    out.push(next);
    cur = next;
  }
  return out;
}

/** "two American soldiers (and a British one)": an addition in brackets extends the list before it. */
function parentheticalAddition(gap: readonly Token[]): boolean {
  const [open, conj, ...rest] = gap;
  return open?.text === "(" && (conj?.lower === "and" || conj?.lower === "or") && rest.length <= 1 && rest.every((t) => DETERMINERS.has(t.lower));
}

function keys(cs: Candidate[]): string[] {
  return [...new Set(cs.map((c) => c.key))];
}

/**
 * The subject of the verb at `at`: the nearest agent before it, but never one after an
 * earlier verb of the segment (that is the earlier verb's object). A verb coordinated
 * with an earlier one ("hit a base and killed a contractor") shares its subject.
 */
function agentBefore(scope: ArgumentScope, at: number): Candidate[] {
  const antecedent = relativeSubject(scope, at);
  if (antecedent.length > 0) return antecedent;
  const aside = relativeClauseBefore(scope, at);
  const inside = (from: number) => aside !== null && from >= aside[0] && from < aside[1];
  const barrier = [...scope.verbs].reverse().find((v) => v.to <= at && v.from >= scope.from && !inside(v.from));
  let floor = scope.from;
  if (barrier) {
    if (coordinatedVerb(scope.ctx, at, barrier) || sharesSubjectVia(scope, barrier, at) || infinitiveOf(scope.ctx, barrier, at)) return agentBefore(scope, barrier.from);
    floor = barrier.to;
  }
  // "Iran said that the militia attacked", "died when landmines exploded": the verb's own
  // clause names its subject, and no one before the clause is it
  const opener = clauseWithOwnSubject(scope, at);
  if (opener >= floor) floor = opener + 1;
  // "Bangladesh: dozens killed as police fire on ...": a label before a colon is no subject
  for (let i = at - 1; i >= floor; i--) {
    if (scope.ctx.tokens[i]?.text !== ":") continue;
    floor = i + 1;
    break;
  }
  const pool = scope.candidates.filter((c) => c.from >= floor && c.to <= at && AGENT_TYPES.has(c.type) && !inside(c.from) && !reportsIt(scope, c, at));
  const head = appositionHead(scope, pool, at, floor);
  if (head) return [head];
  let complement: Candidate | null = null;
  for (let i = pool.length - 1; i >= 0; i--) {
    const c = pool[i] as Candidate;
    const prep = tokenBefore(scope, c);
    // "opposition parties in Nepal have organized a strike": the country stands for the
    // group told by where it is, when no participant is named otherwise
    if (groupIn(scope, c)) {
      complement ??= c;
      continue;
    }
    if (NOT_SUBJECT_PREPS.has(prep)) continue;
    if (objectPronoun(scope, c)) continue;
    // "the Iraqi government, ... and the heads of major Iraqi parties have condemned": a
    // name inside an "of" phrase stands for the subject only when no other is named
    if (ofComplement(scope, c)) {
      complement ??= c;
      continue;
    }
    return coordinated(scope, c, pool, -1);
  }
  return complement ? coordinated(scope, complement, pool, -1) : [];
}

/** Auxiliaries that may stand between a subject and its verb ("had died", "have been"). */
const AUXILIARIES = new Set([...BE, ...MODALS, "not", "never"]);

/**
 * The index of the "that" or subordinator opening the clause of the verb at `at` when
 * that clause starts with a subject of common words ("that the militia attacked", "when
 * landmines exploded"), or the segment's first token when the segment opens with such a
 * subject ("The junta accused ..."), else -1. A name, a pronoun or punctuation in the way, or no
 * noun before the verb ("the attack that killed"), gives -1.
 */
export function clauseWithOwnSubject(scope: ArgumentScope, at: number): number {
  const { tokens } = scope.ctx;
  let j = at - 1;
  while (j >= scope.from && (AUXILIARIES.has(tokens[j]?.lower ?? "") || isAdverb(tokens[j]))) j--;
  let words = 0;
  for (; j >= scope.from && words <= 6; j--) {
    const t = tokens[j];
    if (!t || t.kind === "punct") return -1;
    // ("once again" is an adverb)
    if (t.lower === "that" || (SUBORDINATORS.has(t.lower) && !(t.lower === "once" && tokens[j + 1]?.lower === "again"))) return words > 0 ? j : -1;
    // "said a mosque in Bahawalpur was struck": a verb of saying opens the clause it reports
    if (SAYING_VERBS.has(t.lower) && words > 0) return j;
    // (a place named after "in" is part of the subject, the preposition and the name two of
    // its words: "a mosque in Bahawalpur")
    const place = scope.candidates.find((c) => c.from <= j && j < c.to && PLACE_TYPES.has(c.type) && LOCATION_PREPS.has(tokens[c.from - 1]?.lower ?? ""));
    if (place) {
      j = place.from - 1;
      words += 2;
      continue;
    }
    // (an auxiliary here makes the words a verb phrase: "that were used to attack"; a
    // clause's first word may be a capitalised article: "The junta accused ...")
    const opening = j === scope.from && DETERMINERS.has(t.lower);
    if (t.kind === "word" && ((t.text !== t.lower && !opening) || SUBJECT_PRONOUNS.has(t.lower) || CLAUSE_START.has(t.lower) || COORDINATORS.has(t.lower) || AUXILIARIES.has(t.lower))) return -1;
    if (scope.candidates.some((c) => c.from <= j && j < c.to)) return -1;
    words++;
  }
  // the words open the segment: its clause starts with them
  return j < scope.from && words > 0 && words <= 6 ? scope.from : -1;
}

/** "parties in Nepal", "security forces in Guinea": a country after "in" right after a noun for a group of people. */
function groupIn(scope: ArgumentScope, c: Candidate): boolean {
  if (c.type !== "COUNTRY" || tokenBefore(scope, c) !== "in") return false;
  const noun = scope.ctx.tokens[c.from - 2];
  return !!noun && noun.kind === "word" && noun.lower === noun.text && scope.ctx.lexicon.groupNouns.has(noun.lower);
}

/** A name that stands as a subject: not inside a prepositional or "of" phrase, not an object pronoun. */
function freeAgent(scope: ArgumentScope, c: Candidate): boolean {
  if (NOT_SUBJECT_PREPS.has(tokenBefore(scope, c))) return false;
  return AGENT_TYPES.has(c.type) && !objectPronoun(scope, c) && !ofComplement(scope, c);
}

/**
 * "American troops in Iraq who have been present ... to assist", "the militia, which
 * attacked the base": a relative clause whose relativizer is its subject takes the name
 * it describes as the subject of its verbs. Empty when there is none, when the clause
 * names its own subject ("the group which the US attacked"), or when the described
 * noun is not a name ("thugs who ...").
 */
function relativeSubject(scope: ArgumentScope, at: number): Candidate[] {
  const { tokens } = scope.ctx;
  let r = -1;
  for (let i = at - 1; i > scope.from; i--) {
    const t = tokens[i];
    if (!t || (t.kind === "punct" && t.text !== "," && !INSIDE_CLAUSE.has(t.text))) return [];
    if (SUBJECT_RELATIVIZERS.has(t.lower)) {
      r = i;
      break;
    }
  }
  if (r < 0) return [];
  const next = tokens[r + 1];
  if (!next || next.kind !== "word" || DETERMINERS.has(next.lower) || SUBJECT_PRONOUNS.has(next.lower)) return [];
  if (scope.candidates.some((c) => c.from > r && c.to <= at && freeAgent(scope, c))) return [];
  let end = tokens[r - 1]?.text === "," ? r - 1 : r;
  for (;;) {
    const c = scope.candidates.find((o) => o.to === end && o.from >= scope.from);
    if (!c) return [];
    // "troops in Iraq who ...": the place phrase after the noun is not what the clause describes
    if (c.type === "PLACE" || LOCATION_PREPS.has(tokenBefore(scope, c))) {
      end = c.from - 1;
      if (DETERMINERS.has(tokens[end]?.lower ?? "")) end--;
      continue;
    }
    return AGENT_TYPES.has(c.type) ? [c] : [];
  }
}

/** The name is inside an "of" phrase ("the heads of major Iraqi parties"). */
function ofComplement(scope: ArgumentScope, c: Candidate): boolean {
  for (let i = c.from - 1; i >= Math.max(scope.from, c.from - 3); i--) {
    const t = scope.ctx.tokens[i];
    if (!t || t.kind !== "word") return false;
    if (t.lower === "of") return true;
  }
  return false;
}

const RELATIVIZERS = new Set(["who", "whose", "which", "whom"]);
/** Relativizers that open a clause after an object: its names are not the object ("villagers who had sheltered ..."). */
const OBJECT_RELATIVIZERS = new Set(["who", "whom", "which"]);
const INSIDE_CLAUSE = new Set(["'", "’", "."]);

/**
 * A relative clause set off by commas just before the verb ("the prime minister, whose
 * candidacy the militia had supported, had threatened"): its verbs and names belong to
 * it, not to the verb after it. Returns its token range, or null.
 */
function relativeClauseBefore(scope: ArgumentScope, at: number): [number, number] | null {
  const tokens = scope.ctx.tokens;
  let close = at - 1;
  while (close > scope.from && tokens[close]?.kind === "word" && at - close <= 3) close--;
  if (tokens[close]?.text !== ",") return null;
  for (let i = close - 1; i > scope.from && close - i <= 20; i--) {
    const t = tokens[i];
    if (!t) return null;
    // an abbreviation's dots ("U.S.") and apostrophes are no clause boundary
    if (t.kind === "punct" && !INSIDE_CLAUSE.has(t.text)) {
      return t.text === "," && RELATIVIZERS.has(tokens[i + 1]?.lower ?? "") ? [i, close + 1] : null;
    }
  }
  return null;
}

/**
 * Types whose target is a partner or recipient: one helps, backs or meets someone, never
 * "against" someone ("deployed to assist in the war against Islamic State").
 */
const PARTNER_TYPES: ReadonlySet<PloverType> = new Set(["AID", "SUPPORT", "COOPERATE", "AGREE", "CONSULT", "CONCEDE"]);

/**
 * Types whose target may be named after "from": the one a demand is made of ("demanded
 * autonomy from Serbian authorities"), or whose demands are met or refused ("accepted
 * demands from Shona rebels").
 */
const FROM_TYPES: ReadonlySet<PloverType> = new Set(["DEMAND", "CONCEDE", "REJECT"]);

/** How the trigger's type reads prepositions: no target "against" a partner, a target "from" one asked. */
interface TargetReading {
  partner: boolean;
  from: boolean;
}

const PLAIN: TargetReading = { partner: false, from: false };

/** Nouns after which "with" names the country on the other side ("the border with Mali"). */
const BOUNDARIES = new Set(["border", "borders", "frontier", "boundary"]);

/** Verbs of naming in a free relative ("what New Delhi called a camp"). */
const NAMING_VERBS = new Set(["called", "calls", "described", "describes", "termed", "terms", "dubbed", "dubs", "labelled", "labeled", "labels", "branded", "brands"]);

function participantAfter(scope: ArgumentScope, at: number, maxDistance: number, reading: TargetReading = PLAIN): Candidate[] {
  const { partner, from } = reading;
  // "killed our brothers who fought ISIS": a relative clause's names are not the object;
  // nor are those of a clause of time or reason ("sent troops as Trump blamed Iran")
  // and a quotation's object ends where the quotation does ("a strike on civilians," he said)
  let end = at + 1;
  while (end < scope.to && !OBJECT_RELATIVIZERS.has(scope.ctx.tokens[end]?.lower ?? "") && !subordinateClauseAt(scope.ctx.tokens, end) && !/^["“”«»]$/.test(scope.ctx.tokens[end]?.text ?? "")) end++;
  const pool = scope.candidates.filter((c) => c.from >= at && c.to <= end && c.from - at <= maxDistance);
  let skippedTo = -1;
  for (const c of pool) {
    const prep = tokenBefore(scope, c);
    const gap = skippedTo >= 0 ? scope.ctx.tokens.slice(skippedTo, c.from) : [];
    const coordinatedWithSkipped = gap.length > 0 && gap.length <= 2 && gap.every((t) => COORDINATORS.has(t.lower));
    // "attacks on positions held by PMF": the holder of the place attacked is its target
    const owner = prep === "by" && OWNER_PARTICIPLES.has(scope.ctx.tokens[c.from - 2]?.lower ?? "");
    // "near the border with Mali": the country names a place, not a participant (but the
    // border the act itself is about is: "closed its border with Mali")
    const boundary = prep === "with" && c.from - 2 >= at && BOUNDARIES.has(scope.ctx.tokens[c.from - 2]?.lower ?? "");
    // "struck what New Delhi called a training camp": who names the object is not it
    const namer = scope.ctx.tokens[c.from - 1]?.lower === "what" && NAMING_VERBS.has(scope.ctx.tokens[c.to]?.lower ?? "");
    const skip =
      namer ||
      boundary ||
      (prep === "by" && !owner) ||
      (partner && prep === "against") ||
      coordinatedWithSkipped ||
      (LOCATION_PREPS.has(prep) && !TARGET_PREPS.has(prep) && c.type !== "PERSON" && !(from && prep === "from" && c.type !== "PLACE")) ||
      (c.type === "PLACE" && (!TARGET_PREPS.has(prep) || placedBy(scope, c) || siteOfTown(scope, c))) ||
      (c.type === "COUNTRY" && ownName(scope, c) && siteOfTown(scope, c));
    if (skip) {
      skippedTo = c.to;
      continue;
    }
    return coordinated(scope, appositionAfterOwner(scope, c, at, pool) ?? namedAfterModifier(scope, c, pool) ?? c, pool, 1);
  }
  return [];
}

/**
 * "strike Iranian proxy Kataib Hezbollah", "killed the Iranian general Soleimani": a
 * country that modifies a common noun set before a name says whose; the name is the
 * participant. So does a country's possessive before titles and a name ("Lebanon's new
 * President Elias Hrawi").
 */
function namedAfterModifier(scope: ArgumentScope, c: Candidate, pool: Candidate[]): Candidate | null {
  const { ctx } = scope;
  if (c.type !== "COUNTRY") return null;
  if (/['’]s$/.test(ctx.tokens[c.to - 1]?.text ?? "")) {
    const owned = pool.find((o) => o.from >= c.to && o.from <= c.to + 3 && o.type !== "COUNTRY" && AGENT_TYPES.has(o.type));
    if (owned && ctx.tokens.slice(c.to, owned.from).every((t) => t.kind === "word" && !CLOSED_CLASS.has(t.lower))) return owned;
  }
  const name = pool.find((o) => o.from > c.to && o.from <= c.to + 2 && o.type !== "COUNTRY" && AGENT_TYPES.has(o.type));
  // a name the knowledge files know; an unknown one ("British militant Haroon Aswad") is best coded by its country
  if (!name || !ctx.entities.get(name.key)?.known) return null;
  const between = ctx.tokens.slice(c.to, name.from);
  const noun = (t: Token): boolean => t.kind === "word" && t.text === t.lower && !CLOSED_CLASS.has(t.lower);
  return between.length > 0 && between.every(noun) ? name : null;
}

/**
 * "assassinating a guest of the Iraqi PM, the Iranian general Soleimani": the name after
 * "a guest of" owns the object; the object itself is the name set beside it.
 */
function appositionAfterOwner(scope: ArgumentScope, c: Candidate, at: number, pool: Candidate[]): Candidate | null {
  let i = c.from - 1;
  if (DETERMINERS.has(scope.ctx.tokens[i]?.lower ?? "")) i--;
  if (scope.ctx.tokens[i]?.lower !== "of" || i - at < 1) return null;
  const noun = scope.ctx.tokens[i - 1];
  if (!noun || noun.kind !== "word" || /^\p{Lu}/u.test(noun.text)) return null;
  if (scope.ctx.tokens[c.to]?.text !== ",") return null;
  const next = pool.find((o) => o.from > c.to && o.from - c.to <= 5 && AGENT_TYPES.has(o.type));
  if (!next) return null;
  const gap = scope.ctx.tokens.slice(c.to + 1, next.from);
  return gap.every((t) => t.kind === "word") ? next : null;
}

function byAgent(scope: ArgumentScope, after: number, within: number): Candidate[] {
  for (let i = after; i < Math.min(scope.to, after + within); i++) {
    if (scope.ctx.tokens[i]?.lower !== "by") continue;
    // "attacks on positions held by PMF": the agent of another participle, not of the trigger
    if (i > after && participle(scope.ctx, i - 1)) return [];
    const pool = scope.candidates.filter((c) => c.from > i && c.from - i <= 5 && c.to <= scope.to && AGENT_TYPES.has(c.type));
    const first = pool[0];
    return first ? coordinated(scope, first, pool, 1) : [];
  }
  return [];
}

function participle(ctx: DocContext, i: number): boolean {
  const w = ctx.tokens[i]?.lower ?? "";
  return /(ed|en|wn)$/.test(w) || ctx.lexicon.participles.has(w);
}

/** "Iran's" (a name and its possessive ending). */
function possessive(scope: ArgumentScope, c: Candidate): boolean {
  return /['’]s$/.test(scope.ctx.tokens[c.to - 1]?.lower ?? "");
}

/** A name just before the noun ("US airstrikes"), or its possessive a few modifiers before ("Iran's massive drone and missile barrage"). */
function nounModifier(scope: ArgumentScope, head: TriggerHit): Candidate[] {
  // (the possessive's phrase runs on to the noun: no determiner opens another in between)
  const ownPhrase = (c: Candidate): boolean => !scope.ctx.tokens.slice(c.to, head.from).some((t) => DETERMINERS.has(t.lower));
  const near = (c: Candidate): boolean => c.to >= head.from - 3 || (c.to >= head.from - 6 && possessive(scope, c) && ownPhrase(c));
  const pool = scope.candidates.filter((c) => c.to <= head.from && near(c) && c.from >= scope.from && AGENT_TYPES.has(c.type));
  const c = pool[pool.length - 1];
  if (!c) return [];
  const between = scope.ctx.tokens.slice(c.to, head.from);
  // a quoted term (the administration's “maximum pressure” campaign) is no boundary
  if (between.some((t) => t.kind === "punct" && !/^[-'"“”‘’]$/.test(t.text))) return [];
  // "Wijewardene called the attacks a terrorist act": who names or judges the act did not do it
  if (between.some((t) => scope.ctx.lexicon.namingVerbs.has(t.lower))) return [];
  // "a U.S. contractor in a rocket attack": a modifier of another noun, not of the trigger
  // "Syria's state media said the strike had killed 13": the speaker, not the striker
  if (reportsIt(scope, c, head.from)) return [];
  // "Jordan condemned the attack": the subject of another kind of act about it is not its
  // actor ("the United States speeded up the withdrawal", "X arranged a ceasefire" still are)
  if (scope.verbs.some((v) => v.from >= c.to && v.to <= head.from && v.group.type !== head.group.type)) return [];
  // (after a possessive, "and" joins the modifiers: "Iran's drone and missile barrage")
  const joins = possessive(scope, c) ? (w: string): boolean => w === "and" || w === "or" : (): boolean => false;
  if (between.some((t) => LOCATION_PREPS.has(t.lower) || TARGET_PREPS.has(t.lower) || (NOT_MODIFIERS.has(t.lower) && !joins(t.lower)))) return [];
  // "killed in Iraq rocket attack": a country's full name after "in" says where, as "in
  // Iraq" would; its adjective or short form names the attacker ("in Iranian rocket
  // attack", "in U.S. strikes", "in U.S.-Soviet talks")
  if (c.type === "COUNTRY" && c.role === "name" && WHERE_PREPS.has(tokenBefore(scope, c))) return [];
  return coordinated(scope, c, pool, -1);
}

/** "the airport bombing that killed 13 American troops": those its relative clause says it killed or wounded are its targets. */
function victimsAfter(scope: ArgumentScope, head: TriggerHit): Candidate[] {
  const { tokens, lexicon } = scope.ctx;
  let i = head.to;
  if (tokens[i]?.text === ",") i++;
  if (!RELATIVE_OPENERS.has(tokens[i]?.lower ?? "")) return [];
  const verb = tokens[i + 1]?.lower ?? "";
  if (!lexicon.numbers.deathAgentVerbs.has(verb) && !lexicon.numbers.injuryAgentVerbs.has(verb)) return [];
  return participantAfter(scope, i + 2, 6);
}

/**
 * "the deaths of two more US soldiers in another ISIS attack": those an attack killed or
 * wounded, named before it, are its targets.
 */
function victimsBefore(scope: ArgumentScope, head: TriggerHit): Candidate[] {
  const { tokens, lexicon } = scope.ctx;
  let prep = -1;
  for (let i = head.from - 1; i >= Math.max(scope.from, head.from - 6) && prep < 0; i--) {
    // a name is passed whole ("al-Shabaab")
    const name = scope.candidates.find((c) => c.from <= i && i < c.to);
    if (name) {
      i = name.from;
      continue;
    }
    const t = tokens[i];
    if (!t || t.kind === "punct") return [];
    if (t.lower === "in" || t.lower === "during") prep = i;
  }
  for (let i = prep - 1; i > Math.max(scope.from, prep - 13); i--) {
    const t = tokens[i];
    if (!t || t.kind === "punct") return [];
    if (t.lower !== "of") continue;
    // "the wounding of dozens of Iraqi police": the count's "of" is not the one
    const noun = tokens[i - 1]?.lower ?? "";
    if (!lexicon.numbers.deathWords.has(noun) && !lexicon.numbers.injuryWords.has(noun)) continue;
    const victims = scope.candidates.filter((c) => c.from > i && c.to <= prep && AGENT_TYPES.has(c.type));
    return victims.length > 0 ? coordinated(scope, victims[0]!, victims, 1) : [];
  }
  return [];
}

/** The token after a time phrase that starts at token `at` ("over the last two months"), or `at` when none does. */
function pastTimePhrase(scope: ArgumentScope, at: number): number {
  const { tokens } = scope.ctx;
  const start = tokens[at]?.start ?? -1;
  const time = scope.ctx.timeExpressions.find((t) => t.start <= start && start < t.end);
  if (time) while (at < scope.to && (tokens[at]?.start ?? Infinity) < time.end) at++;
  return at;
}

function nounTarget(scope: ArgumentScope, head: TriggerHit): Candidate[] {
  // "11 attacks over the last two months on bases ...": a time phrase may stand between
  const at = pastTimePhrase(scope, head.to);
  const next = scope.ctx.tokens[at];
  // "aid for Romania", "support to Kyiv": what is given goes to its recipient
  const recipient = (RECIPIENT_TYPES.has(head.group.type) && (next?.lower === "to" || next?.lower === "for")) || (HOST_TYPES.has(head.group.type) && next?.lower === "to");
  if (!next || (!TARGET_PREPS.has(next.lower) && !recipient)) return [];
  if (next.lower === "against" && PARTNER_TYPES.has(head.group.type)) return [];
  return participantAfter(scope, at + 1, 5);
}

/** Words that name the parties on each side of a relation after the trigger ("clashes between", "talks among"). */
const BETWEEN = new Set(["between", "among", "amongst"]);

/**
 * "clashes between the army and the RSF", "mediation between Syria and Arafat": the
 * names listed after "between" just after the trigger, or none. A noun of the phrase and
 * a time phrase may stand before "between" ("a mediation effort on Saturday between
 * ..."); the list's names may take articles ("between the army and the RSF").
 */
function partiesBetween(scope: ArgumentScope, head: TriggerHit): Candidate[] {
  const { tokens } = scope.ctx;
  let at = head.to;
  for (let words = 0; at < scope.to && !BETWEEN.has(tokens[at]?.lower ?? ""); ) {
    const past = pastTimePhrase(scope, at);
    if (past > at) {
      at = past;
      continue;
    }
    const t = tokens[at];
    if (!t || t.kind !== "word" || t.text !== t.lower || CLOSED_CLASS.has(t.lower) || ++words > 2) return [];
    at++;
  }
  if (!BETWEEN.has(tokens[at]?.lower ?? "")) return [];
  const pool = scope.candidates.filter((c) => c.from > at && c.to <= scope.to && AGENT_TYPES.has(c.type));
  const first = pool[0];
  // the first name opens the list: only a determiner or describing words before it
  if (!first || first.from - at > 4 || tokens.slice(at + 1, first.from).some((t) => t.kind !== "word" || COORDINATORS.has(t.lower))) return [];
  const out = [first];
  for (const next of pool.slice(1)) {
    const gap = tokens.slice(out[out.length - 1]!.to, next.from);
    const joined = gap.some((t) => COORDINATORS.has(t.lower)) && gap.every((t) => COORDINATORS.has(t.lower) || DETERMINERS.has(t.lower));
    if (!joined) break;
    out.push(next);
  }
  return out;
}

function supportVerbAt(scope: ArgumentScope, head: TriggerHit): number {
  for (let i = head.from - 1; i >= Math.max(scope.from, head.from - 5); i--) {
    const t = scope.ctx.tokens[i];
    if (!t || t.kind === "punct") return -1;
    if (SUPPORT_VERBS.has(t.lower)) return i;
  }
  return -1;
}

/**
 * "Islamic State Khorasan, the group's Afghan branch, claimed ...": a description set
 * between commas right before the verb is the name's apposition; the name is the subject.
 */
function appositionHead(scope: ArgumentScope, pool: readonly Candidate[], at: number, floor: number): Candidate | null {
  const { tokens } = scope.ctx;
  if (tokens[at - 1]?.text !== ",") return null;
  for (let k = at - 2; k >= floor && k >= at - 12; k--) {
    if (tokens[k]?.text !== ",") continue;
    const opener = tokens[k + 1]?.lower ?? "";
    if (!DETERMINERS.has(opener) && !scope.ctx.lexicon.possessiveAnaphors.has(opener)) return null;
    if (scope.verbs.some((v) => v.from > k && v.to < at)) return null;
    return pool.find((c) => c.to === k) ?? null;
  }
  return null;
}

/** The country written by its own name ("Jordan"), not its adjective or initials ("Jordanian", "U.S."): those say whose. */
function ownName(scope: ArgumentScope, c: Candidate): boolean {
  const written = scope.ctx.text.slice(c.start, c.end);
  if ((c.role !== undefined && c.role !== "name") || /(?:ian|ese|ish|i)$/.test(written)) return false;
  return scope.ctx.entities.get(c.key)?.name.toLowerCase() === written.toLowerCase();
}

/** "a suicide bombing at Kabul airport", "an attack on Jordan base": the town or country names where the site struck is, not what was struck. */
function siteOfTown(scope: ArgumentScope, c: Candidate): boolean {
  const next = scope.ctx.tokens[c.to];
  return next !== undefined && next.text === next.lower && scope.ctx.lexicon.siteNouns.has(next.lower);
}

/** "claimed responsibility for the bombing", "took credit for the attacks": the verb's index, or -1. */
function responsibilityVerbAt(scope: ArgumentScope, head: TriggerHit): number {
  const { tokens, lexicon } = scope.ctx;
  // (the noun's own modifiers stand between: "for Sunday's deadly attack")
  let i = head.from - 1;
  while (i > head.from - 5 && i > scope.from && tokens[i]?.kind !== "punct" && tokens[i]?.lower !== "for") i--;
  if (tokens[i]?.lower !== "for" || !lexicon.responsibility.nouns.has(tokens[i - 1]?.lower ?? "")) return -1;
  const verb = i - 2;
  return verb >= scope.from && lexicon.responsibility.verbs.has(tokens[verb]?.lower ?? "") ? verb : -1;
}

/** "receiving guarantees from X", "won backing from X": the receive verb just before the noun, or -1. */
function receiveVerbAt(scope: ArgumentScope, head: TriggerHit): number {
  for (let i = head.from - 1; i >= Math.max(scope.from, head.from - 3); i--) {
    const t = scope.ctx.tokens[i];
    if (!t || t.kind !== "word") return -1;
    if (RECEIVE_VERBS.has(t.lower)) return i;
  }
  return -1;
}

/** The trigger is the object of a receive verb ("receiving guarantees"): the receiver is its target. */
export function receivedObject(scope: ArgumentScope, head: TriggerHit): boolean {
  return receiveVerbAt(scope, head) >= 0;
}

/** The giver named after "from" just after the received noun. */
function giverAfter(scope: ArgumentScope, at: number): Candidate[] {
  if (scope.ctx.tokens[at]?.lower !== "from") return [];
  const pool = scope.candidates.filter((c) => c.from > at && c.from - at <= 5 && c.to <= scope.to && AGENT_TYPES.has(c.type));
  const first = pool[0];
  return first ? coordinated(scope, first, pool, 1) : [];
}

/** Words that join or govern phrases: never the noun a country modifies. */
const CLOSED_CLASS = new Set([...DETERMINERS, ...LOCATION_PREPS, ...TARGET_PREPS, ...COORDINATORS, "unless", "if", "when", "while", "that", "which", "who", "to", "by", "for", "with", "as", "than", "but"]);

/** The main clause starts after the comma at `comma`: a subject (a name or pronoun) that no list goes on from. */
function mainClauseAfter(scope: ArgumentScope, comma: number): boolean {
  const { tokens } = scope.ctx;
  let i = comma + 1;
  if (DETERMINERS.has(tokens[i]?.lower ?? "")) i++;
  const subject = scope.candidates.find((c) => c.from === i);
  const end = subject ? subject.to : SUBJECT_PRONOUNS.has(tokens[i]?.lower ?? "") ? i + 1 : -1;
  const next = tokens[end];
  return end > 0 && next !== undefined && next.kind === "word" && !COORDINATORS.has(next.lower);
}

/**
 * Where the object of a verb at `head` may lie: up to the comma that ends a fronted
 * clause ("When ... overran large parts of Iraq, Iran helped ..."), else the segment's end.
 */
function objectScopeEnd(scope: ArgumentScope, head: TriggerHit): number {
  const { tokens } = scope.ctx;
  let j = head.from - 1;
  while (j >= scope.from && tokens[j]?.text !== "," && !SUBORDINATORS.has(tokens[j]?.lower ?? "")) j--;
  if (j < scope.from || tokens[j]?.text === ",") return scope.to;
  const opensClause = j === scope.from || tokens[j - 1]?.text === ",";
  if (!opensClause) return scope.to;
  for (let k = head.to; k < scope.to; k++) if (tokens[k]?.text === "," && mainClauseAfter(scope, k)) return k;
  return scope.to;
}

export function argumentsOf(scope: ArgumentScope, head: TriggerHit): Slots {
  // the object of a receive verb is a noun, whatever its form ("receiving guarantees")
  const received = receiveVerbAt(scope, head);
  const givers = received >= 0 ? giverAfter(scope, head.to) : [];
  // (and with no giver named, "the government had received warnings", the receiver is still no giver)
  if (givers.length > 0 || (received >= 0 && head.pos === "noun")) return { actors: keys(givers), targets: keys(agentBefore(scope, received)) };
  if (head.pos === "noun") {
    // "he planned further attacks by Kataib Hezbollah": an agent right after the noun, with
    // "by", is its own (a later "by" may be another noun's: "its investigation into an
    // allegation by the council")
    let actors = scope.ctx.tokens[head.to]?.lower === "by" ? byAgent(scope, head.to, 1) : [];
    // "Islamic State Khorasan claimed responsibility for the bombing": the claimer's act
    const claimed = responsibilityVerbAt(scope, head);
    if (actors.length === 0 && claimed >= 0) actors = agentBefore(scope, claimed);
    if (actors.length === 0) actors = nounModifier(scope, head);
    if (actors.length === 0) actors = byAgent(scope, head.to, 7);
    if (actors.length === 0) {
      const v = supportVerbAt(scope, head);
      if (v >= 0) actors = agentBefore(scope, v);
    }
    let targets = nounTarget(scope, head);
    if (targets.length === 0) targets = victimsBefore(scope, head);
    if (targets.length === 0) targets = victimsAfter(scope, head);
    if (targets.length === 0) {
      // the parties "between" whom it happens: with an actor of its own ("X's mediation
      // between A and B") they are its targets, else the first is the actor ("clashes
      // between A and B")
      const parties = partiesBetween(scope, head);
      if (actors.length > 0) targets = parties;
      else [actors, targets] = [parties.slice(0, 1), parties.slice(1)];
    }
    return { actors: keys(actors), targets: keys(targets) };
  }
  if (head.passive) {
    const targets = agentOrAnyBefore(scope, head.from);
    return { actors: keys(byAgent(scope, head.to, 8)), targets: keys(targets) };
  }
  if (head.group.subject === "target") {
    // "came under heavy Russian shelling": a name inside the phrase is whose act it is
    const inside = scope.candidates.filter((c) => c.from > head.from && c.to <= head.to && AGENT_TYPES.has(c.type));
    return { actors: keys(inside), targets: keys(agentOrAnyBefore(scope, head.from)) };
  }
  const actors = agentBefore(scope, head.from);
  const reading = { partner: PARTNER_TYPES.has(head.group.type), from: FROM_TYPES.has(head.group.type) };
  // "designated the Quds Force as a terrorist group", "expect Iraq to protect the embassy":
  // the object stands in the phrase's gap
  let targets = head.to - head.from > 1 ? participantAfter(gapScope(scope, head), head.from + 1, head.to - head.from) : [];
  if (targets.length === 0) targets = participantAfter({ ...scope, to: objectScopeEnd(scope, head) }, head.to, 10, reading);
  // "mediate between Israelis and Palestinians": the parties are the targets
  if (targets.length === 0) targets = partiesBetween(scope, head);
  return { actors: keys(actors), targets: keys(targets) };
}

/**
 * The phrase's own words as a scope ("expect Iraq to"); a possessive there is no object
 * ("held their first meeting"), nor is a name that modifies the phrase's noun ("waging a
 * U.S.-backed proxy war"): an object in the gap is followed by a function word.
 */
function gapScope(scope: ArgumentScope, head: TriggerHit): ArgumentScope {
  const { tokens } = scope.ctx;
  const possessive = (c: Candidate): boolean => c.anaphor && scope.ctx.lexicon.possessiveAnaphors.has(tokens[c.from]?.lower ?? "");
  const modifier = (c: Candidate): boolean => c.to < head.to && !CLOSED_CLASS.has(tokens[c.to]?.lower ?? "");
  return { ...scope, to: head.to, candidates: scope.candidates.filter((c) => !possessive(c) && !modifier(c)) };
}

function agentOrAnyBefore(scope: ArgumentScope, at: number): Candidate[] {
  // "The airport, which houses US forces, was hit": the names of the aside are not the subject
  const aside = relativeClauseBefore(scope, at);
  // "said the planes dropped their payload and that nobody was killed": the passive's own
  // clause names its subject, and no one before the clause is it
  const floor = Math.max(scope.from, clauseWithOwnSubject(scope, at) + 1);
  const pool = scope.candidates.filter(
    (c) => c.from >= floor && c.to <= at && c.type !== "PLACE" && !scope.sayers?.has(c.from) && !(aside !== null && c.from >= aside[0] && c.from < aside[1]),
  );
  for (let i = pool.length - 1; i >= 0; i--) {
    const c = pool[i] as Candidate;
    const prep = tokenBefore(scope, c);
    if (LOCATION_PREPS.has(prep) || prep === "by") continue;
    return coordinated(scope, c, pool, -1);
  }
  return [];
}

/**
 * "Trump blamed the PMU and used it as a justification to bomb ...": a past-tense verb
 * after "and" continues the earlier verb's clause with no subject of its own, and the
 * trigger that depends on it ("to bomb") has that same subject, not the earlier verb's
 * object. True when such an "and VERB-ed" stands between `earlier` and `at` with no
 * agent named after it.
 */
function sharesSubjectVia(scope: ArgumentScope, earlier: TriggerHit, at: number): boolean {
  const tokens = scope.ctx.tokens;
  for (let i = at - 1; i > earlier.to; i--) {
    const t = tokens[i];
    if (!t || (t.kind === "punct" && t.text !== "," && !/^[\p{Pi}\p{Pf}"'“”‘’]$/u.test(t.text))) return false;
    if (t.lower !== "and") continue;
    const verb = tokens[i + 1];
    if (!verb || verb.kind !== "word" || !/^[a-z]{2,}ed$/.test(verb.text)) return false;
    const named = scope.candidates.some((c) => c.from > i && c.to <= at && AGENT_TYPES.has(c.type) && !objectPronoun(scope, c));
    return !named;
  }
  return false;
}

/** "agreed to end the siege", "threatened to strike": the verb at `at` is the infinitive right after `earlier`, and has its subject. */
function infinitiveOf(ctx: DocContext, earlier: TriggerHit, at: number): boolean {
  return earlier.pos === "verb" && !earlier.passive && at === earlier.to + 1 && ctx.tokens[earlier.to]?.lower === "to";
}

/** "hit a base and killed ...", "stormed the gate, set fire to ...": a verb joined to `earlier` by "and" or a comma. */
function coordinatedVerb(ctx: DocContext, at: number, earlier: TriggerHit): boolean {
  // "would prohibit aid ... and would deny entry": a modal may repeat after "and"
  const before = ctx.tokens[at - 1];
  const prev = before && MODALS.has(before.lower) && ctx.tokens[at - 2]?.lower === "and" ? ctx.tokens[at - 2] : before;
  if (!prev || !(prev.lower === "and" || prev.lower === "then" || prev.text === ",")) return false;
  // no new subject between them: no finite clause opener ("and Iran attacked"); a participle
  // after a comma ("struck a station in the city of Kramatorsk on Friday, killing 50")
  // modifies the clause before it, however long
  const participle = prev.text === "," && /ing$/.test(ctx.tokens[at]?.lower ?? "");
  return at - earlier.to <= (participle ? 30 : 12);
}

/** True when the trigger opens a verb phrase coordinated with an earlier one ("stormed ... and set fire"). */
export function continuesEarlierClause(ctx: DocContext, head: TriggerHit, floor: number): boolean {
  const prev = ctx.tokens[head.from - 1];
  return head.pos === "verb" && head.from > floor && !!prev && (prev.lower === "and" || prev.lower === "then" || prev.text === ",");
}
