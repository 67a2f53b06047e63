/**
 * One event per real event per segment: trigger hits of one family inside a segment
 * ("the airstrikes, carried out by F-15E planes, hit three locations") become one
 * draft. Violent types (ASSAULT, FIGHT) form one family; every other type its own.
 * Destruction a participle says a violent act caused ("exploded, setting fire to") is
 * no act of its own.
 * The most specific hit (highest rank, then a noun with a mode) is the head and names
 * the type and mode. Verbs of one family with different means are kept apart (byMeans),
 * and so is a verb in a relative or subordinate clause beside a main verb (byClause),
 * listed nouns of different modes (byListedNouns), a noun told as one more of its kind
 * (byAnotherOfKind), and what a parenthesis tells (byParenthesis).
 */
import type { PloverType } from "../model/analysis.js";
import type { DocContext } from "./context.js";
import { ANOTHER_OF_KIND, commaParticiple, CONTRAST, modifierBefore, subjectRelativizerBefore, subordinateClauseAt } from "./en/grammar.js";
import { findAll } from "./pattern.js";
import { unread, type Draft, type EventState, type TriggerHit } from "./state.js";
import type { Token } from "./tokens.js";
import { VIOLENT } from "./kinds.js";

function family(t: PloverType): string {
  return VIOLENT.has(t) ? "violence" : t;
}

/**
 * "a truck exploded on the bridge, setting fire to fuel tanks": destruction told by a
 * participle after a violent act in its clause is what that act did, not another act.
 */
function consequenceOfViolence(ctx: DocContext, h: TriggerHit, hits: readonly TriggerHit[]): boolean {
  if (h.group.type !== "COERCE" || h.group.mode !== "destruction" || h.pos !== "verb") return false;
  if (!commaParticiple(ctx.tokens, h.from)) return false;
  return hits.some((x) => VIOLENT.has(x.group.type) && x.to <= h.from);
}

function headOf(hits: TriggerHit[]): TriggerHit {
  return [...hits].sort(
    (a, b) => b.group.rank - a.group.rank || Number(b.group.mode !== null) - Number(a.group.mode !== null) || a.from - b.from,
  )[0] as TriggerHit;
}

/**
 * Verbs of one family with different means in one clause are different events
 * ("airlifted a battalion to Kuwait and put 4,000 troops on standby"): each verb with a
 * mode of its own heads a group; the other hits join the nearest group before them.
 */
function byMeans(hits: TriggerHit[]): TriggerHit[][] {
  const sorted = [...hits].sort((a, b) => a.from - b.from);
  const modes = new Set(sorted.filter((h) => h.pos === "verb" && h.group.mode !== null).map((h) => h.group.mode));
  if (modes.size < 2) return [hits];
  const groups: TriggerHit[][] = [];
  for (const h of sorted) {
    const current = groups[groups.length - 1];
    const opens = h.pos === "verb" && h.group.mode !== null && !(current ?? []).some((x) => x.group.mode === h.group.mode);
    if (!current || (opens && current.some((x) => x.pos === "verb" && x.group.mode !== null))) groups.push([h]);
    else current.push(h);
  }
  return groups;
}

/** The next punctuation token from `from` on: where a clause set off by a comma ends. */
function nextPunctuation(ctx: DocContext, from: number): number {
  let end = from;
  while (end < ctx.tokens.length && ctx.tokens[end]?.kind !== "punct") end++;
  return end;
}

const RELATIVE_OBJECTS = new Set(["which", "whom"]);
/** How many words a partitive relative clause may hold before its verb ("most of which India says it shot down"). */
const PARTITIVE_REACH = 8;

/** The "which" of "most of which", "several of whom" before token `at` in its clause, or -1. */
function partitiveRelativeBefore(tokens: readonly Token[], at: number, floor: number): number {
  for (let j = at - 1; j >= Math.max(floor, at - PARTITIVE_REACH); j--) {
    const t = tokens[j];
    if (!t || t.kind !== "word") return -1;
    if (RELATIVE_OBJECTS.has(t.lower) && tokens[j - 1]?.lower === "of") return j;
  }
  return -1;
}

/**
 * Where the clause of a verb begins and ends, when it is a relative clause whose
 * relativizer is its subject ("soldiers who fought al-Qaeda", "the militia, which had
 * attacked the base,") or a clause of contrast ("while rebels attacked Bukavu"); null
 * for a main clause's verb. A clause set off by a comma, or opening the segment, ends at
 * the next comma; one without, after the main verb, runs to the end of the segment.
 */
function dependentClause(ctx: DocContext, h: TriggerHit, hits: readonly TriggerHit[], segFrom: number): [number, number] | null {
  const { tokens } = ctx;
  const mainBefore = (at: number) => hits.some((x) => x.pos === "verb" && x.to <= at);
  const rel = subjectRelativizerBefore(tokens, h.from, segFrom);
  if (rel >= 0) {
    if (tokens[rel - 1]?.text === ",") return [rel, nextPunctuation(ctx, h.to)];
    return mainBefore(rel) ? [rel, Number.MAX_SAFE_INTEGER] : null;
  }
  const floor = Math.max(segFrom, ...hits.filter((x) => x.pos === "verb" && x.to <= h.from).map((x) => x.to));
  // "drones, most of which India says it shot down": a clause about some of the main verb's object
  const partOf = partitiveRelativeBefore(tokens, h.from, floor);
  if (partOf >= 0 && mainBefore(partOf)) return [partOf, nextPunctuation(ctx, h.to)];
  for (let j = h.from - 1; j >= floor; j--) {
    // "killed 23 people when they blew themselves up": a clause of time may tell the same act
    if (!CONTRAST.has(tokens[j]?.lower ?? "") || !subordinateClauseAt(tokens, j)) continue;
    if (j === segFrom || tokens[j - 1]?.kind === "punct") return [j, nextPunctuation(ctx, h.to)];
    return mainBefore(j) ? [j, Number.MAX_SAFE_INTEGER] : null;
  }
  return null;
}

/**
 * "Rebels killed soldiers who fought al-Qaeda", "the army shelled Goma while rebels
 * attacked Bukavu": the verb of a relative or subordinate clause is another act than the
 * verb of its main clause. When both are in the family, the clause's hits form a group
 * of their own.
 */
function byClause(ctx: DocContext, hits: TriggerHit[], segFrom: number): TriggerHit[][] {
  const clauses: [number, number][] = [];
  for (const h of hits) {
    if (h.pos !== "verb" || clauses.some(([from, to]) => h.from >= from && h.from < to)) continue;
    const clause = dependentClause(ctx, h, hits, segFrom);
    if (clause) clauses.push(clause);
  }
  const inClause = (h: TriggerHit) => clauses.findIndex(([from, to]) => h.from >= from && h.from < to);
  const main = hits.filter((h) => inClause(h) < 0);
  if (clauses.length === 0 || !main.some((h) => h.pos === "verb")) return [hits];
  const groups = clauses.map((_, i) => hits.filter((h) => inClause(h) === i)).filter((g) => g.length > 0);
  return [main, ...groups];
}

/** Modalities under which a trigger names an act other than the one already told in its clause. */
const UNREALISED = new Set(["future", "hypothetical"]);

/**
 * "The strikes hit infrastructure used by Hamas to plan attacks on Israel": a trigger after
 * a cue of what is only planned or possible, when the cue comes after the act already
 * told, names another act (the planned attacks), not the strikes. Only acts of violence
 * are kept apart so.
 */
function byLaterModalCue(ctx: DocContext, hits: TriggerHit[], segFrom: number, segTo: number): TriggerHit[][] {
  const sorted = [...hits].sort((a, b) => a.from - b.from);
  // (acts of violence: "could lead to an agreement" is what the offer is told to bring)
  if (sorted.length < 2 || !VIOLENT.has(sorted[0]!.group.type)) return [hits];
  const cues = findAll(ctx.lexicon.modality, ctx.tokens, segFrom, segTo).filter((c) => UNREALISED.has(c.value.modality));
  if (cues.length === 0) return [hits];
  const groups: TriggerHit[][] = [];
  let last: TriggerHit | null = null;
  for (const h of sorted) {
    const current = groups[groups.length - 1];
    const apart = last !== null && cues.some((c) => c.from >= last!.to && c.to <= h.from && h.from - c.to <= c.value.window);
    if (!current || apart) groups.push([h]);
    else current.push(h);
    last = h;
  }
  return groups;
}

/**
 * "Several protests and riots erupted": nouns of one family with different modes, listed
 * with "and" or "or", name different events; each heads a group, and the hits after it
 * join the last one.
 */
function byListedNouns(ctx: DocContext, hits: TriggerHit[]): TriggerHit[][] {
  const sorted = [...hits].sort((a, b) => a.from - b.from);
  const groups: TriggerHit[][] = [];
  let last: TriggerHit | null = null;
  for (const h of sorted) {
    const current = groups[groups.length - 1];
    const gap = last ? ctx.tokens.slice(last.to, h.from) : [];
    const listed =
      last !== null && h.pos === "noun" && last.pos === "noun" && h.group.mode !== last.group.mode && gap.length === 1 && (gap[0]?.lower === "and" || gap[0]?.lower === "or");
    if (!current || listed) groups.push([h]);
    else current.push(h);
    last = h;
  }
  return groups;
}

/** Determiners before "second", "separate" ... that make the phrase describe an act already told ("the second attack this week"). */
const DEFINITE_BEFORE = new Set(["the", "this", "its", "their"]);
/** How many words may stand between "another", "separate" ... and its noun ("a separate, anti-government protest"). */
const ANOTHER_REACH = 3;

/** Marks before a phrase in apposition to what precedes it ("Rockets hit the base, another attack on US forces"). */
const APPOSITION = new Set([",", "—", "–", "("]);

/**
 * A noun told as one more of its kind: "another"/"separate"/"a second" ... just before
 * it, neither in a definite description ("the second attack this week") nor in an
 * apposition, which describes the act before it.
 */
function anotherOfKind(ctx: DocContext, h: TriggerHit, floor: number): boolean {
  if (h.pos !== "noun") return false;
  const i = modifierBefore(ctx.tokens, h.from, floor, ANOTHER_REACH, ANOTHER_OF_KIND);
  if (i < 0) return false;
  const before = /^(a|an)$/.test(ctx.tokens[i - 1]?.lower ?? "") ? i - 2 : i - 1;
  const word = ctx.tokens[before]?.lower ?? "";
  return !DEFINITE_BEFORE.has(word) && !APPOSITION.has(word);
}

/**
 * "threatened to quit if the protest continued, in a country wracked by separate,
 * anti-government protests": a noun told as one more of its kind, after a hit of its
 * family in the segment, names another act; it heads a group, and the hits after it join.
 * A death told before it is that act's ("the deaths of two soldiers in another attack"):
 * a word of rank 0 tells no act of its own.
 */
function byAnotherOfKind(ctx: DocContext, hits: TriggerHit[], segFrom: number): TriggerHit[][] {
  const sorted = [...hits].sort((a, b) => a.from - b.from);
  const groups: TriggerHit[][] = [];
  for (const h of sorted) {
    const current = groups[groups.length - 1];
    if (!current || (anotherOfKind(ctx, h, segFrom) && current.some((x) => x.group.rank > 0))) groups.push([h]);
    else current.push(h);
  }
  return groups;
}

/**
 * "the initial attack (albeit ... Israeli attacks on Iraqi bases which preceded it)": a
 * parenthesis tells another act than the words around it.
 */
function byParenthesis(ctx: DocContext, hits: TriggerHit[], segFrom: number): TriggerHit[][] {
  const sorted = [...hits].sort((a, b) => a.from - b.from);
  const groups: { depth: number; hits: TriggerHit[] }[] = [];
  let depth = 0;
  let at = segFrom;
  for (const h of sorted) {
    for (; at < h.from; at++) {
      const t = ctx.tokens[at]?.text;
      if (t === "(") depth++;
      else if (t === ")" && depth > 0) depth--;
    }
    const current = groups[groups.length - 1];
    if (current && current.depth === depth) current.hits.push(h);
    else groups.push({ depth, hits: [h] });
  }
  return groups.map((g) => g.hits);
}

export function groupHits(ctx: DocContext, state: EventState): EventState {
  const drafts: Draft[] = [];
  state.hits.forEach((hits, segIndex) => {
    const seg = state.segments[segIndex];
    if (!seg || hits.length === 0) return;
    const families = new Map<string, TriggerHit[]>();
    for (const h of hits) {
      if (consequenceOfViolence(ctx, h, hits)) continue;
      const f = family(h.group.type);
      families.set(f, [...(families.get(f) ?? []), h]);
    }
    const first = ctx.tokens[seg.from];
    const last = ctx.tokens[seg.to - 1];
    for (const group of [...families.values()]
      .flatMap((hits) => byParenthesis(ctx, hits, seg.from))
      .flatMap((hits) => byClause(ctx, hits, seg.from))
      .flatMap((hits) => byListedNouns(ctx, hits))
      .flatMap((hits) => byAnotherOfKind(ctx, hits, seg.from))
      .flatMap((hits) => byLaterModalCue(ctx, hits, seg.from, seg.to))
      .flatMap(byMeans)) {
      const head = headOf(group);
      drafts.push({
        sentence: seg.sentence,
        segment: segIndex,
        head,
        hits: group,
        start: first?.start ?? head.start,
        end: last?.end ?? head.end,
        type: head.group.type,
        mode: head.group.mode ?? group.find((h) => h.group.mode !== null)?.group.mode ?? null,
        cameo: head.group.cameo,
        ...unread(),
      });
    }
  });
  drafts.sort((a, b) => a.head.start - b.head.start);
  return { ...state, drafts };
}
