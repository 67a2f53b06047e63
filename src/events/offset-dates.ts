/**
 * Step: the span a cue puts between two acts dates the one it points to. "Pakistan said on
 * Wednesday it had shot down two jets, a day after Indian warplanes struck a camp": the
 * strike was on Tuesday. "He walked across the border on Friday, two days after his jet
 * was shot down": Wednesday. "Two days after the bombers struck, the funerals are over",
 * written on a Sunday: Friday. "She resigned on Monday, hours after protesters marched":
 * the march was on Monday too. The act on the cue's side takes the day of the other side
 * (its act's own date, or a day its clause states) moved by the span, unless its own
 * clause gives it a date.
 */
import type { TimeExpression } from "../model/analysis.js";
import type { DocContext } from "./context.js";
import { cueSpans } from "./dates.js";
import type { Draft, EventState, Segment } from "./state.js";

const SPAN = /^(?:(?:just|only|some|about|nearly|almost|barely)\s+)?(a|an|[a-z]+|\d+)\s+(hours?|days?|weeks?|months?)\s+(after|before|following)$/i;

interface Offset {
  /** Days (or months, for a span in months) from the other act to this one. */
  amount: number;
  unit: "day" | "month";
  /** The span as written ("a day after"), or the cue itself ("hours after"). */
  text: string;
}

function spanOf(ctx: DocContext, x: { text: string }): Offset | null {
  const m = SPAN.exec(x.text.trim().replace(/\s+/g, " "));
  if (!m) return null;
  const word = (m[1] ?? "").toLowerCase();
  const n = word === "a" || word === "an" ? 1 : /^\d+$/.test(word) ? Number(word) : ctx.lexicon.numbers.words.get(word);
  if (n === undefined || !Number.isFinite(n)) return null;
  const unit = (m[2] ?? "").toLowerCase().replace(/s$/, "");
  // "after X" puts this act's cause X before it: the cause is earlier by the span
  const sign = (m[3] ?? "").toLowerCase() === "before" ? 1 : -1;
  if (unit === "hour") return { amount: 0, unit: "day", text: x.text };
  if (unit === "month") return { amount: sign * n, unit: "month", text: x.text };
  return { amount: sign * n * (unit === "week" ? 7 : 1), unit: "day", text: x.text };
}

function shifted(day: string, o: Offset): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  if (o.unit === "month") {
    const t = new Date(Date.UTC(y, m - 1 + o.amount, 1));
    return t.toISOString().slice(0, 7);
  }
  return new Date(Date.UTC(y, m - 1, d + o.amount)).toISOString().slice(0, 10);
}

const inside = (x: { start: number; end: number }, from: number, to: number): boolean => x.start >= from && x.end <= to;

/** The day of the other side of the cue: a dated act of that clause, or a day the clause states. */
function anchorDay(ctx: DocContext, state: EventState, other: Segment, otherIndex: number, offsets: Set<TimeExpression>): string | null {
  for (const d of state.drafts) {
    if (d.segment === otherIndex && d.dateSource === "text" && d.datePrecision === "day" && d.date) return d.date.slice(0, 10);
  }
  const from = ctx.tokens[other.from]?.start ?? 0;
  const to = ctx.tokens[other.to - 1]?.end ?? 0;
  const days = ctx.timeExpressions.filter((x) => x.precision === "day" && !offsets.has(x) && inside(x, from, to));
  if (days.length === 1) return (days[0] as TimeExpression).value.slice(0, 10);
  // "Two days after the bombers struck, the funerals are over": a clause in the present
  // tense, with no day of its own, speaks of the day of writing
  const present = ctx.tokens.slice(other.from, other.to).some((t) => PRESENT.has(t.lower));
  const dated = ctx.timeExpressions.some((x) => inside(x, from, to));
  return present && !dated && ctx.published ? ctx.published.slice(0, 10) : null;
}

const PRESENT = new Set(["is", "are", "remains", "remain", "stands", "stand", "do", "does", "has", "have", "says", "say"]);

/** Words a span may take before its cue ("three | days after", "just two | days after"). */
const SPAN_WORDS = 2;

/**
 * "Three days after the RSF overran Zamzam, the numbers still do not agree": a span the
 * time stage left unresolved (no day told before it to count from) is still read from the
 * words of the cue and the number before it.
 */
function writtenSpan(ctx: DocContext, seg: Segment): Offset | null {
  if (!seg.cue) return null;
  const end = ctx.tokens[seg.cue.to - 1]?.end ?? 0;
  for (let k = SPAN_WORDS; k >= 1; k--) {
    const first = ctx.tokens[seg.cue.from - k];
    if (!first || first.kind === "punct") continue;
    const o = spanOf(ctx, { text: ctx.text.slice(first.start, end) });
    if (o) return o;
  }
  return null;
}

export function dateByOffset(ctx: DocContext, state: EventState): EventState {
  const offsets = new Map<number, Offset>();
  const spans = cueSpans(ctx, state);
  const offsetTimes = new Set(spans.values());
  state.segments.forEach((seg, i) => {
    const x = spans.get(i);
    // "hours after", "shortly after": one day, with no span written
    const sameDay = seg.cue?.value.sameDay ? { amount: 0, unit: "day" as const, text: ctx.text.slice(ctx.tokens[seg.cue.from]?.start ?? 0, ctx.tokens[seg.cue.to - 1]?.end ?? 0) } : null;
    const o = (x ? spanOf(ctx, x) : writtenSpan(ctx, seg)) ?? sameDay;
    if (o) offsets.set(i, o);
  });
  if (offsets.size === 0) return state;
  const days = new Map<number, string | null>();
  const drafts = state.drafts.map((d): Draft => {
    const o = offsets.get(d.segment);
    const seg = state.segments[d.segment];
    if (!o || !seg) return d;
    // its own clause's date stands
    const from = ctx.tokens[seg.from]?.start ?? 0;
    const to = ctx.tokens[seg.to - 1]?.end ?? 0;
    if (d.dateSource === "text" && ctx.timeExpressions.some((x) => x.text === d.dateText && inside(x, from, to) && !offsetTimes.has(x))) return d;
    // "X, a day after Y": the other side is the clause before; "A day after Y, X": the one after
    const otherIndex = seg.leading ? d.segment + 1 : d.segment - 1;
    const other = state.segments[otherIndex];
    if (!other || other.sentence !== seg.sentence) return d;
    if (!days.has(otherIndex)) days.set(otherIndex, anchorDay(ctx, state, other, otherIndex, offsetTimes));
    const day = days.get(otherIndex);
    if (!day) return d;
    return { ...d, date: shifted(day, o), datePrecision: o.unit, dateText: o.text, dateSource: "text" };
  });
  return { ...state, drafts };
}
