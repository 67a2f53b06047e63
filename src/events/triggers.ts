/**
 * Finds trigger words and phrases in every segment (longest match first, then the more
 * specific rank) and decides, for words that can be either, whether each is used as a
 * verb or a noun, and whether a verb is passive ("was killed", "were hit by").
 */
import { candidatesBetween, type DocContext } from "./context.js";
import { abbreviationDot, BE, COORDINATORS, DEFINITE, DETERMINERS, MODALS, SUBJECT_PRONOUNS, previousContent } from "./en/grammar.js";
import type { TriggerValue } from "./lexicon.js";
import { insideName, OPENERS } from "./names.js";
import { findAll, longestNonOverlapping, type PatternHit } from "./pattern.js";
import type { EventState, TriggerHit } from "./state.js";
import { VIOLENT } from "./kinds.js";

/** The sentence ends with a question mark (closing quotes or brackets aside). */
export function isQuestion(ctx: DocContext, sentence: number): boolean {
  const s = ctx.sentences[sentence];
  return !!s && /\?\s*["'”’)]*\s*$/.test(s.sentence.text);
}

/** Word shapes of nationality adjectives: "American", "Iranian", "Israeli", "British", "Chinese". */
const DEMONYM_SHAPE = /^[A-Z][a-z]+(?:an|ian|i|ish|ese)$/;
/** Prepositions after which a name and a plural form make a noun phrase ("for American strikes"). */
const NOUN_PHRASE_PREPS = new Set(["for", "of", "against", "by", "with", "from", "to", "on", "over", "amid", "despite"]);

const ARTICLES = new Set(["a", "an", "the"]);
/** Determiners that take a plural noun. */
const PLURAL_DETERMINERS = new Set(["these", "those", "such", "several", "many"]);

/**
 * One of `determiners` right before `at` or up to three plain lower-case words before
 * it ("a supposed voluntary host", "these low level attacks"); across a list's "and"
 * only when `acrossLists` ("several protests and riots"; not "their tents and marched").
 */
function determinedBy(ctx: DocContext, at: number, determiners: ReadonlySet<string>, acrossLists: boolean): boolean {
  for (let j = at - 1; j >= Math.max(0, at - 4); j--) {
    const t = ctx.tokens[j];
    if (!t || t.kind !== "word" || t.text !== t.lower || (!acrossLists && COORDINATORS.has(t.lower))) return false;
    if (determiners.has(t.lower)) return true;
    if (MODALS.has(t.lower) || BE.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower)) return false;
  }
  return false;
}

function decidePos(ctx: DocContext, hit: PatternHit<TriggerValue>, readings: Set<"verb" | "noun">, floor: number): "verb" | "noun" {
  if (readings.size === 1) return hit.value.pos;
  const prev = ctx.tokens[previousContent(ctx.tokens, hit.from, floor)];
  const form = ctx.tokens[hit.from]?.lower ?? "";
  if (!prev) return /ed$/.test(form) ? "verb" : "noun";
  if (DETERMINERS.has(prev.lower) || prev.kind === "number" || prev.lower === "of" || prev.lower.endsWith("'s")) return "noun";
  if (MODALS.has(prev.lower) || BE.has(prev.lower) || SUBJECT_PRONOUNS.has(prev.lower)) return "verb";
  // "planned further attacks", "feared attacks": after a word that only modifies nouns, or
  // right after a verb in the past, an "-s" form is a plural noun
  const justBefore = ctx.tokens[hit.from - 1];
  if (/s$/.test(form) && justBefore && (ctx.lexicon.bareModifiers.has(justBefore.lower) || (justBefore === prev && /ed$/.test(prev.lower) && prev.text === prev.lower))) return "noun";
  // "anti-government protests", "tit-for-tat strikes": a hyphened compound right before an "-s" form modifies a plural noun
  if (/s$/.test(form) && justBefore?.kind === "word" && /\p{L}-\p{L}/u.test(justBefore.lower)) return "noun";
  if (/ed$/.test(form)) return "verb";
  // "the latest attack", "a deadly strike": an event's adjective between a determiner and the word
  if (ctx.tokens[hit.from - 1] === prev && ctx.lexicon.eventAdjectives.has(prev.lower) && DETERMINERS.has(ctx.tokens[hit.from - 2]?.lower ?? "")) return "noun";
  // "in the consulate strike": a bare form after a determiner and a singular plain noun is
  // a compound noun ("the soldiers attack villages" has a plural subject)
  const compound = ctx.tokens[hit.from - 1] === prev && prev.kind === "word" && prev.text === prev.lower && !/s$/.test(prev.lower);
  if (compound && !/(s|ed)$/.test(form) && DETERMINERS.has(ctx.tokens[hit.from - 2]?.lower ?? "")) return "noun";
  // "these low level attacks": a plural form a few plain words after a plural determiner
  if (/s$/.test(form) && determinedBy(ctx, hit.from, PLURAL_DETERMINERS, true)) return "noun";
  // a name right before it modifies the noun ("the U.S. attack"; the dot of "U.S." stands apart)
  const name = abbreviationDot(ctx.tokens, hit.from - 1) ? hit.from - 2 : hit.from - 1;
  const before = ctx.tokens[name];
  // (a name may start in lower case: "an al-Shabaab attack")
  if (/^[A-Z]/.test(before?.text ?? "") || ctx.candidates.some((c) => c.from <= name && name < c.to)) {
    if (!/s$/.test(form)) return "noun";
    // "American strikes", "for U.S. strikes": a demonym, or a name after a preposition,
    // modifies a plural noun; "Iran strikes back" is a verb
    if (DEMONYM_SHAPE.test(before?.text ?? "") || NOUN_PHRASE_PREPS.has(ctx.tokens[name - 1]?.lower ?? "")) return "noun";
  }
  return hit.value.pos;
}

/** Participles of verbs that always take an object ("killed", "arrested"), and the prepositions of a scene after them. */
const OBJECT_PARTICIPLES = new Set(["killed", "wounded", "injured", "hurt", "arrested", "detained", "captured", "abducted", "kidnapped", "executed"]);
const SCENE_PREPS = new Set(["in", "during", "near", "outside", "inside", "amid"]);

function isPassive(ctx: DocContext, hit: { from: number; to: number }, floor: number): boolean {
  const form = ctx.tokens[hit.from]?.lower ?? "";
  // only a past participle can be passive ("was killed", "were struck"), not "is ready to"
  if (!(/(ed|en|wn)$/.test(form) || ctx.lexicon.participles.has(form))) return false;
  if (ctx.tokens[hit.to - 1]?.lower === "to") return false;
  const prev = ctx.tokens[previousContent(ctx.tokens, hit.from, floor)];
  if (prev && BE.has(prev.lower)) return true;
  // reduced relative: "the airstrikes, carried out by ...", "targets hit by rockets"
  if (ctx.tokens[hit.to]?.lower === "by") return true;
  // a headline or reduced relative: "2 US Soldiers Killed in Iraq Rocket Attack" — a verb
  // that needs its object, followed at once by where or when, has none: it is passive
  return OBJECT_PARTICIPLES.has(form) && SCENE_PREPS.has(ctx.tokens[hit.to]?.lower ?? "");
}

export function findTriggers(ctx: DocContext, state: EventState): EventState {
  const hits: TriggerHit[][] = state.segments.map((seg) => {
    const found = segmentHits(ctx, seg);
    // a question asserts nothing, but presupposes what it names as known ("are the deaths
    // of two more soldiers in another attack grounds for war?")
    return isQuestion(ctx, seg.sentence) ? found.filter((h) => presupposed(ctx, h)) : found;
  });
  return { ...state, hits };
}

const PRESUPPOSING = new Set([...DEFINITE, "another"]);

/** A noun trigger in a phrase that takes its event as known: "the attack", "another attack". */
function presupposed(ctx: DocContext, h: TriggerHit): boolean {
  if (h.pos !== "noun") return false;
  for (let j = h.from - 1; j >= Math.max(0, h.from - 4); j--) {
    const t = ctx.tokens[j];
    if (!t || t.kind === "punct") return false;
    if (PRESUPPOSING.has(t.lower)) return true;
    if (DETERMINERS.has(t.lower)) return false;
  }
  return false;
}

/** Words a person may stand after, past the "of" of a trigger that only takes people ("the death of an Iraqi translator"). */
const PERSON_REACH = 4;

/** "of" at `from`, then a person, named or told by a victim word, within a few words before any punctuation. */
function personAfter(ctx: DocContext, from: number, to: number): boolean {
  if (ctx.tokens[from]?.lower !== "of") return false;
  for (let i = from + 1; i < Math.min(to, from + 1 + PERSON_REACH); i++) {
    const t = ctx.tokens[i];
    if (!t || t.kind === "punct") return false;
    if (ctx.lexicon.numbers.victims.has(t.lower)) return true;
    if (candidatesBetween(ctx, i, i + 1).some((c) => c.type === "PERSON")) return true;
  }
  return false;
}

function segmentHits(ctx: DocContext, seg: { from: number; to: number }): TriggerHit[] {
  // "it strikes me as", "struck a chord": an idiom starting at a trigger word reports no
  // event, unless a trigger phrase spans it all ("struck a deal")
  const idioms = findAll(ctx.lexicon.idioms, ctx.tokens, seg.from, seg.to);
  const found = findAll(ctx.lexicon.triggers, ctx.tokens, seg.from, seg.to).filter((h) => !idioms.some((i) => i.from === h.from && i.to > h.to));
  const nounAt = new Set(found.filter((h) => h.value.pos === "noun").map((h) => `${h.from}:${h.to}`));
  const raw = found.filter((h) => {
    if (insideName(ctx, h.from, h.to)) return false;
    if (h.value.group.object === "person" && !personAfter(ctx, h.to, seg.to)) return false;
    const modifier = ctx.lexicon.compoundHeads.has(ctx.tokens[h.to]?.lower ?? "");
    if (h.value.pos !== "verb") return !modifier;
    // "launched a drone program": a phrase whose last word only modifies the next
    // (a measure may still name one: "suspended part of an aid program")
    if (h.to - h.from > 1 && VIOLENT.has(h.value.group.type) && ctx.lexicon.phraseHeads.has(ctx.tokens[h.to]?.lower ?? "")) return false;
    // "the deceased soldiers", "an alleged plot", "a sign": not verbs
    const prev = ctx.tokens[h.from - 1];
    if (prev && DETERMINERS.has(prev.lower)) return false;
    // "a supposed voluntary host of US troops": a noun phrase ("the woman accused of" is a participle)
    if (ctx.tokens[h.to]?.lower === "of" && !/ed$/.test(ctx.tokens[h.to - 1]?.lower ?? "") && determinedBy(ctx, h.from, ARTICLES, false)) return false;
    // "fueling up strike jets": a word that may be a noun, before a head it modifies, is
    // that modifier unless something before it asks for a verb ("will strike planes")
    return !(modifier && nounAt.has(`${h.from}:${h.to}`) && !(prev && (MODALS.has(prev.lower) || SUBJECT_PRONOUNS.has(prev.lower))));
  });
  const readings = new Map<string, Set<"verb" | "noun">>();
  for (const h of raw) {
    const k = `${h.from}:${h.to}`;
    const set = readings.get(k) ?? new Set();
    set.add(h.value.pos);
    readings.set(k, set);
  }
  const chosen = longestNonOverlapping(raw, (a, b) => b.value.group.rank - a.value.group.rank);
  return chosen.map((hit) => {
    // a closing article or preposition ("storm the") belongs to the object after it
    const h = hit.to - hit.from > 1 && OPENERS.has(ctx.tokens[hit.to - 1]?.lower ?? "") ? { ...hit, to: hit.to - 1 } : hit;
    const pos = decidePos(ctx, h, readings.get(`${h.from}:${h.to}`) ?? new Set([h.value.pos]), seg.from);
    const first = ctx.tokens[h.from];
    const last = ctx.tokens[h.to - 1];
    return {
      from: h.from,
      to: h.to,
      start: first?.start ?? 0,
      end: last?.end ?? 0,
      group: h.value.group,
      pos,
      passive: pos === "verb" && isPassive(ctx, h, seg.from),
    };
  });
}
