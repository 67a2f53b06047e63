/**
 * Step: narrative time. A news text keeps its reference time until it states a new one:
 * "When on December 29 missiles hit a base ... the administration did exactly that. It
 * bombed five sites ..." — the bombing is of December 29 too. An undated report in the
 * past tense takes the date of the nearest dated event up to three sentences before it,
 * in the same paragraph (or, for one more of its kind — "there were also" — just after
 * it; or, for a clause joined after a cause, its sentence's main clause), or the one day a
 * sentence just before tells with no act of its own ("India's answer came on 7 May. Its
 * missile strikes hit nine sites" — then a verb like "hit" is past too), unless its own
 * clause moves time on ("after", "later", "since") or it is not a report of something that happened (future, hypothetical, denied; an
 * alleged one did happen, only its author is in doubt), or it
 * refers back ("the US strike"). A cause told in passing ("a reprisal for a rocket attack
 * on Friday") sets no reference time. A quotation keeps its own time: an event a speaker
 * tells takes no date from outside the quotation ("… should leave," said Ali on Wednesday.
 * "They killed our brothers" — the killing was before Wednesday, not on it).
 */
import { quoteAround, type DocContext } from "./context.js";
import { BACK_REFERENCE } from "./en/grammar.js";
import { pastTense, TIME_SHIFTS } from "./en/tense.js";
import type { Draft, EventState } from "./state.js";
import type { TimeExpression } from "../model/analysis.js";
import { happened } from "./kinds.js";

const REACH = 3;
/** Words of a clause told in the present or the future. */
const NOT_PAST = new Set(["is", "are", "am", "will", "would", "has", "have", "can", "may", "shall", "'s"]);
/** Words before a noun that make it another act than the verb before them. */
const APART = new Set(["from", "after", "before", "since", "than", "unlike"]);

function backReference(ctx: DocContext, at: number): boolean {
  for (let j = at - 1; j >= Math.max(0, at - 3); j--) {
    const t = ctx.tokens[j];
    if (!t || t.kind === "punct") return false;
    if (BACK_REFERENCE.has(t.lower)) return true;
  }
  return false;
}

function sameParagraph(ctx: DocContext, from: number, to: number): boolean {
  return !/\n\s*\n/.test(ctx.text.slice(from, to));
}

/** The one day told in the sentence right before `d`'s, in its paragraph, when that sentence (not in `told`) reports no act. */
function settingSentence(ctx: DocContext, told: ReadonlySet<number>, d: Draft): TimeExpression | null {
  const before = ctx.sentences[d.sentence - 1];
  if (!before || told.has(before.index)) return null;
  const { start, end } = before.sentence;
  if (!sameParagraph(ctx, end, d.start) || quoteAround(ctx, start, end)) return null;
  const days = ctx.timeExpressions.filter((t) => t.start >= start && t.end <= end);
  return days.length === 1 && days[0]?.precision === "day" ? days[0] : null;
}

export function inheritNarrativeTime(ctx: DocContext, state: EventState): EventState {
  const out: Draft[] = [];
  const told = new Set(state.drafts.map((d) => d.sentence));
  for (const d of state.drafts) {
    const seg = state.segments[d.segment];
    if (d.date !== null || !seg || !happened(d) || seg.cue !== null) {
      out.push(d);
      continue;
    }
    // "the US strike", "these attacks": a reference back, which the link stage places
    // (a reference back after the act's own verb and "from", "after" ... is another act:
    // "bombed five sites far from the original attack"; "killed in the US strike" is not)
    const another = (h: { from: number }): boolean => h.from > d.head.from && ctx.tokens.slice(d.head.to, h.from).some((t) => APART.has(t.lower));
    const own = d.hits.filter((h) => h.pos === "noun" && !another(h));
    const shifted = d.anaphoric || own.some((h) => backReference(ctx, h.from)) || ctx.tokens.slice(seg.from, seg.to).some((t) => TIME_SHIFTS.has(t.lower));
    // ("Its missile strikes hit nine sites": a verb with one form for present and past is
    // past after a sentence that set the day)
    const set = shifted ? null : settingSentence(ctx, told, d);
    const past = pastTense(ctx, d.head, seg.from, seg.to) || (set !== null && !ctx.tokens.slice(seg.from, seg.to).some((t) => NOT_PAST.has(t.lower)));
    if (shifted || !past) {
      out.push(d);
      continue;
    }
    const quote = quoteAround(ctx, d.head.start, d.head.end);
    let source: Draft | undefined;
    for (let i = out.length - 1; i >= 0; i--) {
      const e = out[i] as Draft;
      if (e.sentence < d.sentence - REACH) break;
      if (quote && quoteAround(ctx, e.head.start, e.head.end) !== quote) continue;
      // (or, for a clause joined after a cause, the sentence's main clause: "stormed parliament
      // on Tuesday after lawmakers passed a bill, and police opened fire")
      const before = e.sentence < d.sentence || (seg.joined === true && e.sentence === d.sentence && e.segment < d.segment);
      if (before && e.dateSource === "text" && e.date !== null && happened(e) && !state.segments[e.segment]?.cue) {
        source = e;
        break;
      }
    }
    // "India's answer came on 7 May. Its missile strikes hit nine sites": a day told just
    // before, in a sentence that reports no act, is the reference time
    if (set && (!source || source.sentence < d.sentence - 1)) {
      out.push({ ...d, date: set.value, datePrecision: set.precision, dateText: null, dateSource: "text" });
      continue;
    }
    // "There were also drone attacks": one more of the same frame, even after a paragraph break
    if (!source || !(sameParagraph(ctx, source.end, d.start) || d.distinct)) {
      out.push(d);
      continue;
    }
    out.push({ ...d, date: source.date, datePrecision: source.datePrecision, dateText: null, dateSource: "text" });
  }
  return { ...state, drafts: out };
}
