/**
 * Step: the event's own date. The time expression nearest the trigger inside its
 * segment; else one elsewhere in the sentence that no other segment's event claims.
 * With none, a present-perfect news report ("has reinforced", "have condemned") takes
 * the publication date (dateSource "document"), and so does a headline's news ("2 US
 * Soldiers Killed in Iraq Rocket Attack" on a line of its own atop the text; dateSource
 * "headline"); everything else keeps date null.
 * Expressions naming the moment of writing ("is over, for now") date no event, nor does
 * one that opens the next conjunct ("canceled the deal and, in April, designated ..."), nor
 * the span a cue puts between a cause and its effect ("came six days after the barrage").
 * A definite noun ("if the protest continued, ... which has been wracked by protests
 * for months") takes no date from a clause after it, nor, as the object of a preposition
 * ("react to the attacks") or of another act's verb ("discuss the attacks"), from the
 * words before it, nor, inside what a speaker says,
 * from the words that tell when they said it. A time inside a relative clause set off
 * by commas dates that clause only. A time "by" which a toll stood ("By Wednesday police
 * counted 19 dead") dates the count, not the deaths.
 */
import type { TimeExpression } from "../model/analysis.js";
import type { DocContext } from "./context.js";
import { CLAUSE_OPENERS, commaRelativeAround, commaRelativeIn, definitePhraseStart, OBJECT_PREPOSITIONS, previousContent } from "./en/grammar.js";
import type { Draft, EventState, Segment } from "./state.js";
import { tokenAt } from "./tokens.js";
import { titleCased } from "../text/title-case.js";
import { isQuestion } from "./triggers.js";
import { VIOLENT } from "./kinds.js";
import { toldByTollWord } from "./numbers.js";

function within(t: TimeExpression, start: number, end: number): boolean {
  return t.start >= start && t.end <= end;
}

function nearest(list: TimeExpression[], at: number): TimeExpression | undefined {
  return [...list].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
}

/** "have been killing", "has been carrying out": an activity going on up to the time of telling. */
function progressivePerfect(ctx: DocContext, d: Draft, floor: number): boolean {
  if (d.head.pos !== "verb" || d.head.passive || !/ing$/.test(ctx.tokens[d.head.from]?.lower ?? "")) return false;
  const been = previousContent(ctx.tokens, d.head.from, floor, 3);
  if (ctx.tokens[been]?.lower !== "been") return false;
  const aux = ctx.tokens[previousContent(ctx.tokens, been, floor, 3)]?.lower ?? "";
  return aux === "has" || aux === "have" || aux === "had" || aux === "'ve" || aux === "'s";
}

/** "keep firing", "keeps bombing", "continue to shell": violence told as a habit, not as one act. */
function habitual(ctx: DocContext, d: Draft, floor: number): boolean {
  // (of violence: "continue to press for a withdrawal" is a demand restated, not a habit)
  if (d.head.pos !== "verb" || d.head.passive || !VIOLENT.has(d.type)) return false;
  const word = ctx.tokens[d.head.from]?.lower ?? "";
  const prev = ctx.tokens[previousContent(ctx.tokens, d.head.from, floor, 2)]?.lower ?? "";
  if (/ing$/.test(word)) return HABIT_ING.has(prev);
  return prev === "to" && HABIT_TO.has(ctx.tokens[previousContent(ctx.tokens, d.head.from - 1, floor, 2)]?.lower ?? "");
}

const HABIT_ING = new Set(["keep", "keeps", "kept", "keeping"]);
const HABIT_TO = new Set(["continue", "continues", "continuing"]);

function presentPerfect(ctx: DocContext, d: Draft, floor: number): boolean {
  if (d.head.pos !== "verb" || d.head.passive) return false;
  const prev = ctx.tokens[previousContent(ctx.tokens, d.head.from, floor, 3)];
  return !!prev && (prev.lower === "has" || prev.lower === "have");
}

/**
 * The text opens with a headline: a first sentence on a line of its own, without a full
 * stop, most of whose longer words are capitalised.
 */
function headline(ctx: DocContext, sentence: number): boolean {
  const s = ctx.sentences[sentence]?.sentence;
  // a reader's comment has no headline, whatever its first line looks like
  if (sentence !== 0 || !s || ctx.kind === "comment") return false;
  const text = ctx.text.slice(s.start, s.end);
  if (/[.!?"”]$/.test(text) || !/^[ \t]*(\n|$)/.test(ctx.text.slice(s.end, s.end + 4))) return false;
  return titleCased(text);
}

/**
 * A definite noun ("the protest", "the attacks") refers to an event told elsewhere; a
 * date in a clause after it ("if the protest continued, ... which has been wracked by
 * protests for months") belongs to that clause, not to the noun; nor, when the noun is
 * the object of a preposition ("On December 12 experts were asked how to react to the
 * attacks") or of another act's verb ("will hold a call on Tuesday to discuss the
 * attacks"), does a date before it, which belongs to the predicate that governs it.
 * Returns the character range a date of the noun may lie in (segment start, or the
 * phrase start after such a preposition, to the next clause opener or comma after the
 * noun), or null for any other trigger.
 */
function ownClause(ctx: DocContext, verbs: Map<number, Draft[]>, d: Draft, seg: { from: number; to: number }): [number, number] | null {
  const phrase = d.head.pos === "noun" ? definitePhraseStart(ctx.tokens, d.head.from) : null;
  if (phrase === null) return null;
  const governed = phrase > seg.from && (OBJECT_PREPOSITIONS.has(ctx.tokens[phrase - 1]?.lower ?? "") || objectOfAct(verbs, d, phrase));
  const from = governed ? phrase : seg.from;
  let to = seg.to;
  for (let i = d.head.to; i < seg.to; i++) {
    const t = ctx.tokens[i];
    if (t && (t.text === "," || CLAUSE_OPENERS.has(t.lower))) {
      to = i;
      break;
    }
  }
  return [ctx.tokens[from]?.start ?? d.start, ctx.tokens[to - 1]?.end ?? d.end];
}

/** The drafts whose verb ends at each token ("discuss | the attacks"): what a phrase starting there is the object of. */
function verbEnds(state: EventState): Map<number, Draft[]> {
  const out = new Map<number, Draft[]>();
  for (const o of state.drafts) for (const h of o.hits) if (h.pos === "verb") out.set(h.to, [...(out.get(h.to) ?? []), o]);
  return out;
}

/** "will hold a call on Tuesday to discuss the attacks": the noun is the object of another act's verb. */
function objectOfAct(verbs: Map<number, Draft[]>, d: Draft, phrase: number): boolean {
  return (verbs.get(phrase) ?? []).some((o) => o !== d);
}

const COORDINATORS = new Set(["and", "but", "then"]);

/**
 * "He canceled the deal and, in April, designated the Quds Force": a time expression
 * opening the conjunct after the trigger ("and", "and then", "but", a comma between)
 * dates that conjunct's verb, not the trigger.
 */
function nextConjunct(ctx: DocContext, d: Draft, t: TimeExpression): boolean {
  // "attacked the base and on Monday struck the airport": a later verb of its own
  if (t.start < d.head.end || d.hits.some((h) => h.start >= t.end)) return false;
  let i = tokenAt(ctx.tokens, t.start) - 1;
  let steps = 0;
  while (i >= d.head.to && steps < 3) {
    const k = ctx.tokens[i];
    if (!k) return false;
    if (COORDINATORS.has(k.lower)) return true;
    if (k.text !== ",") return false;
    i--;
    steps++;
  }
  return false;
}

/**
 * "... arrived in Kyiv later on Friday and visited Bucha, where officials say troops
 * killed hundreds": an act in a relative clause set off by a comma after the time
 * expression is not of that time.
 */
function relativeClauseBetween(ctx: DocContext, t: TimeExpression, d: Draft): boolean {
  return t.end <= d.head.start && commaRelativeIn(ctx.tokens, tokenAt(ctx.tokens, t.end), d.head.from);
}

/**
 * "The Taliban, who took control of Kabul on Aug. 15, condemned the attack": a time
 * expression inside a relative clause set off by commas dates that clause only.
 */
function asideOf(ctx: DocContext, t: TimeExpression, d: Draft, sentence: { from: number; to: number }): boolean {
  const aside = commaRelativeAround(ctx.tokens, tokenAt(ctx.tokens, t.start), sentence.from, sentence.to);
  return aside !== null && (d.head.to <= aside[0] || d.head.from > aside[1]);
}

/** "by Wednesday", "By then": a time a state was reached by. */
function byTime(ctx: DocContext, x: TimeExpression): boolean {
  return /^by\b/i.test(x.text) || ctx.tokens[tokenAt(ctx.tokens, x.start) - 1]?.lower === "by";
}

/** The draft dated by a time expression of its text. */
function datedBy(d: Draft, t: TimeExpression): Draft {
  return { ...d, date: t.value, datePrecision: t.precision, dateText: t.text, dateSource: "text" };
}

/**
 * "US strikes 85 targets in retaliation for deadly drone attack": a cause a headline names
 * beside the act its main clause tells (a verb) is not the headline's news. (In "No
 * appetite for war after 2 soldiers killed in rocket attack" the attack is.)
 */
function causeBesideNews(state: EventState, d: Draft): boolean {
  if (!state.segments[d.segment]?.cue) return false;
  return state.drafts.some((o) => o.sentence === d.sentence && o.segment !== d.segment && !state.segments[o.segment]?.cue && o.head.pos === "verb");
}

/** Whether time expression x is the span a segment's cue states ("six days after"). */
function spanOfCue(ctx: DocContext, x: TimeExpression, seg: Segment): boolean {
  if (!seg.cue) return false;
  const start = ctx.tokens[seg.cue.from]?.start ?? 0;
  const end = ctx.tokens[seg.cue.to - 1]?.end ?? 0;
  return x.start < start && x.end > start && x.end <= end;
}

/** The span each cued segment's cue states ("six days after"), by segment index. */
export function cueSpans(ctx: DocContext, state: EventState): Map<number, TimeExpression> {
  const out = new Map<number, TimeExpression>();
  state.segments.forEach((seg, i) => {
    const x = seg.cue ? ctx.timeExpressions.find((t) => spanOfCue(ctx, t, seg)) : undefined;
    if (x) out.set(i, x);
  });
  return out;
}

export function assignDates(ctx: DocContext, state: EventState): EventState {
  const withEvents = new Set(state.drafts.map((o) => o.segment));
  const reporting = ctx.lexicon.reportingTime;
  // "came six days after the barrage": the span a cue puts between two events dates
  // neither of them (offset-dates.ts reads it as a span)
  const spans = new Set(cueSpans(ctx, state).values());
  const allTimes = ctx.timeExpressions.filter((x) => !reporting.has(x.text.toLowerCase().replace(/\s+/g, " ")) && !spans.has(x));
  const verbs = verbEnds(state);
  const drafts = state.drafts.map((d) => {
    const seg = state.segments[d.segment];
    const sentence = ctx.sentences[d.sentence];
    if (!seg || !sentence) return d;
    // "By Wednesday police counted 19 dead": when a toll stood, not when they died
    const times = toldByTollWord(ctx, d) ? allTimes.filter((x) => !byTime(ctx, x)) : allTimes;
    const segStart = ctx.tokens[seg.from]?.start ?? d.start;
    const segEnd = ctx.tokens[seg.to - 1]?.end ?? d.end;
    let own = ownClause(ctx, verbs, d, seg);
    // "Biden, speaking in Tel Aviv on Wednesday, said the explosion ...": a date of the
    // speaker's words is not one of the act they speak of
    const said = own ? state.claims.find((c) => d.head.start >= c.start && d.head.end <= c.end) : undefined;
    if (own && said) own = [Math.max(own[0], said.start), Math.min(own[1], said.end)];
    if (own) {
      const t = nearest(times.filter((x) => within(x, own[0], own[1]) && !asideOf(ctx, x, d, sentence)), d.head.start);
      return t ? datedBy(d, t) : d;
    }
    let t = nearest(times.filter((x) => within(x, segStart, segEnd) && !nextConjunct(ctx, d, x) && !relativeClauseBetween(ctx, x, d) && !asideOf(ctx, x, d, sentence)), d.head.start);
    // a question's other clauses, whose events it does not assert, still own their times
    if (!t && !isQuestion(ctx, d.sentence)) {
      const others = state.segments.filter((s, i) => i !== d.segment && s.sentence === d.sentence && withEvents.has(i));
      const free = times.filter(
        (x) =>
          within(x, sentence.sentence.start, sentence.sentence.end) &&
          !nextConjunct(ctx, d, x) &&
          !relativeClauseBetween(ctx, x, d) &&
          !asideOf(ctx, x, d, sentence) &&
          !others.some((s) => x.start >= (ctx.tokens[s.from]?.start ?? 0) && x.end <= (ctx.tokens[s.to - 1]?.end ?? 0)),
      );
      t = nearest(free, d.head.start);
    }
    if (t) {
      // "keep bombing Yemen, as they have since January 12": an activity over the period
      const dated = datedBy(d, t);
      return /^since\b/i.test(t.text) || habitual(ctx, d, seg.from) ? { ...dated, ongoing: true } : dated;
    }
    if (progressivePerfect(ctx, d, seg.from) || habitual(ctx, d, seg.from)) return { ...d, ongoing: true };
    if (!ctx.published) return d;
    const source = headline(ctx, d.sentence) && !causeBesideNews(state, d) ? ("headline" as const) : presentPerfect(ctx, d, seg.from) ? ("document" as const) : null;
    if (source) return { ...d, date: ctx.published.slice(0, 10), datePrecision: "day" as const, dateText: null, dateSource: source };
    return d;
  });
  return { ...state, drafts };
}
