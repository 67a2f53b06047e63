/**
 * Resolves "he", "they", "the group", "the militia" ... to an earlier entity mention.
 * Salience rule: going back from the anaphor (same sentence first, then up to
 * `anaphorWindow` sentences back) over mentions whose entity type the anaphor allows and
 * which are not place phrases ("in Iraq", "from Syria"): the nearest subject — a mention
 * that opens its sentence or clause, or that a verb follows ("the administration did"),
 * or the name in a group noun's "of" phrase that opens the sentence ("Supporters of the
 * militia") — else the nearest one. A member of a list ("in Iran, Iraq, Syria, Yemen")
 * or of a prepositional phrase is never a subject. A resolved
 * anaphor never serves as the antecedent of another. Words already covered by an
 * entity mention are left to the entity stage. An anaphor that names several groups
 * ("these groups", "the militias") agrees in number: it takes the most salient antecedent
 * with a plural name ("Popular Mobilization Forces") when the window has one. A
 * possessive ("its attack", "their strikes") is resolved only before an event word. A
 * partitive "them" ("seven officers, among them two generals") is a part of the people just
 * told, not an actor named before, and is left alone. "We" in a group's quotation stands
 * for the group (speaker-group.ts).
 */
import { speakerGroupPronouns } from "./speaker-group.js";
import type { EntityType } from "../model/analysis.js";
import { candidatesBetween, firstCandidateAt, type Candidate, type DocContext } from "./context.js";
import { BE, MODALS, SAYING_VERBS, isAdverb } from "./en/grammar.js";
import { findAll } from "./pattern.js";

const LOCATIVE = new Set(["in", "at", "near", "from", "into", "inside", "across", "throughout", "to"]);
const EVALUATIVE = new Set(["likely", "unlikely", "clear", "unclear", "possible", "impossible", "important", "true", "false", "hard", "difficult", "easy", "time", "not", "said", "believed", "thought", "expected", "reported", "feared", "a", "an", "the", "quite", "very", "also", "now", "after", "because", "that", "worth", "obvious", "known"]);
/** "seven members ..., among them two generals", "dozens of them": a part of the people just told, not an actor named before. */
const PARTITIVE = new Set(["among", "of", "amongst"]);
const NOT_REFERRING_AFTER_IT = new Set(["is", "was", "'s", "seems", "seemed", "appears", "appeared", "remains", "remained", "takes", "took", "makes", "made"]);

const LIST_GLUE = new Set([",", "and", "or"]);
const PREPOSITIONS = new Set(["in", "at", "near", "from", "into", "inside", "across", "throughout", "to", "of", "on", "for", "with", "against", "by", "about", "over", "between", "among"]);

const CLAUSE_OPENERS = new Set(["and", "but", "that", "when", "while", "as", "because", "after", "before", "then"]);

/** A mention that opens its sentence or clause, or that a finite verb (or one of saying) follows: most likely a subject. */
function subjectLike(ctx: DocContext, c: Candidate): boolean {
  const s = ctx.sentences[c.sentence];
  if (!s) return false;
  if (groupOfName(ctx, c, s.from)) return true;
  if (inListOrPhrase(ctx, c)) return false;
  if (followedByVerb(ctx, c.to) || SAYING_VERBS.has(ctx.tokens[c.to]?.lower ?? "")) return true;
  let j = c.from - 1;
  while (j >= s.from && ctx.tokens[j]?.kind === "word" && /^(the|a|an)$/.test(ctx.tokens[j]?.lower ?? "")) j--;
  if (j < s.from) return true;
  const prev = ctx.tokens[j];
  return !!prev && ((prev.kind === "punct" && /[;:“"(—–,]/.test(prev.text)) || CLAUSE_OPENERS.has(prev.lower));
}

/**
 * "Supporters of the Kataib Hezbollah militia ... dismantled their tents": a name after a
 * group noun and "of" that opens the sentence stands for the subject group.
 */
function groupOfName(ctx: DocContext, c: Candidate, sentenceFrom: number): boolean {
  let j = c.from - 1;
  if (/^(the|a|an)$/.test(ctx.tokens[j]?.lower ?? "")) j--;
  if (ctx.tokens[j]?.lower !== "of") return false;
  const noun = ctx.tokens[j - 1];
  return j - 1 === sentenceFrom && !!noun && noun.kind === "word" && ctx.lexicon.groupNouns.has(noun.lower);
}

/** True when a finite verb (or auxiliary) follows token `i`, skipping adverbs. */
function followedByVerb(ctx: DocContext, i: number): boolean {
  let j = i;
  while (isAdverb(ctx.tokens[j]) && j - i < 2) j++;
  const t = ctx.tokens[j];
  if (!t || t.kind !== "word") return false;
  if (BE.has(t.lower) || (MODALS.has(t.lower) && t.lower !== "to")) return true;
  return /^[a-z]+ed$/.test(t.text) && candidatesBetween(ctx, j + 1, j + 2).length === 0;
}

/**
 * A member of a coordinated list ("Iran, Iraq, Lebanon, Syria") or of a phrase opened by
 * a preposition ("in Iran", "any target in Iran, Iraq ...") is not a subject.
 */
function inListOrPhrase(ctx: DocContext, c: Candidate): boolean {
  const next = ctx.tokens[c.to];
  const after = candidatesBetween(ctx, c.to + 1, c.to + 3)[0];
  if (after && next && (next.text === "," || next.lower === "and" || next.lower === "or")) {
    const gap = ctx.tokens.slice(c.to, after.from);
    if (gap.every((t) => LIST_GLUE.has(t.lower))) return true;
  }
  let first = c;
  for (;;) {
    const from = first.from;
    const before = candidatesBetween(ctx, from - 16, from).reverse().find((o) => o.to <= from && o.to >= from - 2 && o !== first);
    if (!before) break;
    const gap = ctx.tokens.slice(before.to, first.from);
    if (gap.length === 0 || !gap.every((t) => LIST_GLUE.has(t.lower))) break;
    if (first === c) return true;
    first = before;
  }
  const prev = ctx.tokens[first.from - 1];
  return !!prev && PREPOSITIONS.has(prev.lower);
}

/** A plural last word: "Forces", "Units", "militias", "Houthis"; not "Hezbollah" or "Islamic State" ("Hamas" passes: a guess). */
const PLURAL_WORD = /[a-z]{2}[^su']s$/i;

function pluralName(ctx: DocContext, c: Candidate): boolean {
  const last = (text: string | undefined): string => text?.trim().split(/\s+/).pop() ?? "";
  return PLURAL_WORD.test(last(ctx.entities.get(c.key)?.name)) || PLURAL_WORD.test(last(ctx.text.slice(c.start, c.end)));
}

function beforeEventWord(ctx: DocContext, at: number, to: number): boolean {
  return findAll(ctx.lexicon.triggers, ctx.tokens, at, Math.min(to, at + 3)).some((t) => t.from === at || t.from === at + 1);
}

/** Words after which a clause's subject begins ("said its troops had ...", "that its jets ..."). */
const SUBJECT_OPENERS = new Set(["that", "said", "says", "say", "claimed", "claims", "added", ",", "and", "but", "while", "when", "as", "after", "before"]);

/** Whether token i begins a clause (and so a possessive there starts its subject, not an object: "withdraw its troops"). */
function opensClause(ctx: DocContext, i: number, sentenceFrom: number): boolean {
  return i === sentenceFrom || SUBJECT_OPENERS.has(ctx.tokens[i - 1]?.lower ?? "");
}

/** "its jets", "their own drones", "its troops": a weapon or a force right after a possessive. */
function beforeMeans(ctx: DocContext, at: number, to: number): boolean {
  const next = ctx.tokens[at]?.lower === "own" ? at + 1 : at;
  if (next < to && ctx.lexicon.possessiveForces.has(ctx.tokens[next]?.lower ?? "")) return true;
  return findAll(ctx.lexicon.weapons, ctx.tokens, at, Math.min(to, at + 4)).some((t) => t.from === at || t.from === at + 1);
}

export function resolveAnaphors(ctx: DocContext): Candidate[] {
  const out: Candidate[] = [];
  const named = ctx.candidates;
  for (const s of ctx.sentences) {
    const hits = findAll(ctx.lexicon.anaphors, ctx.tokens, s.from, s.to);
    for (const h of hits) {
      const first = ctx.tokens[h.from];
      const last = ctx.tokens[h.to - 1];
      if (!first || !last) continue;
      if (candidatesBetween(ctx, h.from - 24, h.to).some((c) => c.start < last.end && first.start < c.end)) continue;
      if (first.lower === "it" && NOT_REFERRING_AFTER_IT.has(ctx.tokens[h.to]?.lower ?? "") && EVALUATIVE.has(ctx.tokens[h.to + 1]?.lower ?? "")) continue;
      if (first.lower === "them" && PARTITIVE.has(ctx.tokens[h.from - 1]?.lower ?? "")) continue;
      const types = new Set(h.value as EntityType[]);
      const phrase = ctx.tokens.slice(h.from, h.to).map((t) => t.lower).join(" ");
      const several = ctx.lexicon.pluralAnaphors.has(phrase);
      // "its attack", not "their tents": a possessive names the actor of an event word only
      // (or of the means it acts with: "its jets had hit a camp")
      if (ctx.lexicon.possessiveAnaphors.has(phrase) && !beforeEventWord(ctx, h.to, s.to) && !(opensClause(ctx, h.from, s.from) && beforeMeans(ctx, h.to, s.to))) continue;
      let antecedent: Candidate | undefined;
      let recent: Candidate | undefined;
      let plural: Candidate | undefined;
      let pluralSubject: Candidate | undefined;
      for (let i = firstCandidateAt(named, h.from) - 1; i >= 0; i--) {
        const c = named[i] as Candidate;
        if (c.start >= first.start) continue;
        if (c.sentence < s.index - ctx.lexicon.anaphorWindow) break;
        // salience: subjects first, then the most recent; never a place after "in/at/from"
        if (!types.has(c.type) || LOCATIVE.has(ctx.tokens[c.from - 1]?.lower ?? "")) continue;
        const agrees = several && pluralName(ctx, c);
        if (agrees) plural ??= c;
        recent ??= c;
        if (subjectLike(ctx, c)) {
          antecedent ??= c;
          if (agrees) pluralSubject ??= c;
          if (!several || pluralSubject) break;
        }
      }
      antecedent = pluralSubject ?? plural ?? antecedent ?? recent;
      if (!antecedent) continue;
      out.push({ start: first.start, end: last.end, key: antecedent.key, type: antecedent.type, from: h.from, to: h.to, sentence: s.index, anaphor: true });
    }
  }
  return [...out, ...speakerGroupPronouns(ctx)].sort((a, b) => a.start - b.start);
}
