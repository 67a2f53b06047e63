/**
 * Step: attributions after an event — "a rocket attack which the U.S. military blamed on
 * Kataib Hezbollah", "an attack claimed by ISIS" (cues in data/en/events/attribution.json).
 * When the event's own clause names no actor, the participant right after the cue is the
 * actor the text reports, and the event is alleged; so is one the next sentence attributes
 * ("These were attributed to Israel"), and that sentence is one more report of the act, so
 * the reader sees who says so. A toll's victims named with their
 * country ("the death of a U.S. contractor") are the target when none is named.
 */
import type { DocContext } from "./context.js";
import { AGENT_TYPES, candidatesBetween } from "./context.js";
import { findAll } from "./pattern.js";
import type { Draft, EventState } from "./state.js";

const VIOLENT = new Set(["ASSAULT", "FIGHT", "COERCE"]);

function attributed(ctx: DocContext, d: Draft, to: number): string | null {
  const cue = findAll(ctx.lexicon.attributions, ctx.tokens, d.head.to, Math.min(to, d.head.to + 14))[0];
  if (!cue) return null;
  const who = candidatesBetween(ctx, cue.to, cue.to + 3).find((c) => c.to <= to && AGENT_TYPES.has(c.type));
  return who?.key ?? null;
}

/** The country or group named right before a toll's victim noun ("a U.S. contractor"). */
function victimOwner(ctx: DocContext, d: Draft, from: number, to: number): string | null {
  if (!d.victim) return null;
  for (let i = from; i < to; i++) {
    const w = ctx.tokens[i]?.lower ?? "";
    if (!w.startsWith(d.victim)) continue;
    const owner = candidatesBetween(ctx, i - 12, i).find((c) => c.to <= i && i - c.to <= 1 && AGENT_TYPES.has(c.type));
    return owner?.key ?? null;
  }
  return null;
}

/** Words that open a sentence pointing back at what the one before told ("These were attributed to Israel"). */
const POINTERS = new Set(["these", "this", "it", "they", "those"]);

interface NextAttribution {
  actor: string;
  /** Token range of the cue ("attributed to"), in the next sentence. */
  from: number;
  to: number;
}

/**
 * The next sentence attributes what this one told: "There were also drone attacks on PMF
 * positions. These were likewise attributed to Israel." Only for the last violent event
 * of its sentence, when the next sentence opens with a pointer and reports no event.
 */
function attributedNext(ctx: DocContext, d: Draft, state: EventState): NextAttribution | null {
  const next = ctx.sentences[d.sentence + 1];
  if (!next || state.drafts.some((x) => x.sentence === d.sentence + 1)) return null;
  if (state.drafts.some((x) => x.sentence === d.sentence && x.head.from > d.head.from && VIOLENT.has(x.type))) return null;
  if (!POINTERS.has(ctx.tokens[next.from]?.lower ?? "")) return null;
  const cue = findAll(ctx.lexicon.attributions, ctx.tokens, next.from, Math.min(next.to, next.from + 8))[0];
  if (!cue) return null;
  const who = candidatesBetween(ctx, cue.to, cue.to + 3).find((c) => c.to <= next.to && AGENT_TYPES.has(c.type));
  return who ? { actor: who.key, from: cue.from, to: cue.to } : null;
}

/** The attributing sentence as a report of the act it points back to, read at its cue. */
function attributionReport(ctx: DocContext, state: EventState, d: Draft, cue: NextAttribution): Draft | null {
  const sentence = d.sentence + 1;
  const segment = state.segments.findIndex((s) => s.sentence === sentence && s.from <= cue.from && cue.from < s.to);
  const seg = state.segments[segment];
  const cueFirst = ctx.tokens[cue.from];
  const cueLast = ctx.tokens[cue.to - 1];
  const first = seg ? ctx.tokens[seg.from] : undefined;
  const last = seg ? ctx.tokens[seg.to - 1] : undefined;
  if (!cueFirst || !cueLast || !first || !last) return null;
  return {
    ...d,
    sentence,
    segment,
    head: { ...d.head, from: cue.from, to: cue.to, start: cueFirst.start, end: cueLast.end, pos: "verb", passive: true },
    hits: [],
    start: first.start,
    end: last.end,
    fatalities: null,
    injuries: null,
    count: null,
    anaphoric: true,
    followUp: true,
    sameAs: d,
  };
}

export function assignAttributions(ctx: DocContext, state: EventState): EventState {
  const reports: Draft[] = [];
  const drafts = state.drafts.map((d) => {
    const seg = state.segments[d.segment];
    if (!seg || !VIOLENT.has(d.type)) return d;
    let out = d;
    if (out.actors.length === 0) {
      const here = attributed(ctx, out, seg.to);
      const next = here ? null : attributedNext(ctx, out, state);
      const actor = here ?? next?.actor ?? null;
      if (actor && !out.targets.includes(actor)) {
        out = { ...out, actors: [actor], modality: "alleged" };
        const report = next ? attributionReport(ctx, state, out, next) : null;
        if (report) reports.push(report);
      }
    }
    if (out.targets.length === 0) {
      const target = victimOwner(ctx, out, seg.from, seg.to);
      if (target && !out.actors.includes(target)) out = { ...out, targets: [target] };
    }
    return out;
  });
  if (reports.length === 0) return { ...state, drafts };
  return { ...state, drafts: [...drafts, ...reports].sort((a, b) => a.head.start - b.head.start) };
}
