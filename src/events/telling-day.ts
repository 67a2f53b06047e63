/**
 * The day a claim was made, when the text dates the telling: "“...,” said Saad Ali on
 * Wednesday.", "the Pentagon said on Thursday that ...", "he told reporters Tuesday:".
 * A past act the speaker tells happened on or before that day, so it is no later event
 * (the link stage reads it so).
 *
 * The date is that of a time expression in the attribution around the claim: after it,
 * ending its sentence ("said X on Wednesday."), or before it, just ahead of the claim
 * ("said on Wednesday that ..."). One that a preposition of sequence introduces ("after
 * the strike on Sunday") dates something else. (A quotation that continues another takes
 * its date: claims.ts.)
 */
import type { Claim, TimeExpression } from "../model/analysis.js";
import type { DocContext } from "./context.js";
import { findAll } from "./pattern.js";
import { tokenAt } from "./tokens.js";

/** Words before a time expression that make it the date of something other than the telling. */
const SEQUENCE = /\b(?:after|since|following|until|till|from)\s+(?:\S+\s+){0,3}$/i;
/** Text allowed between a leading date and the claim: "said on Wednesday that", "said Tuesday:". */
const LEAD_GAP = /^[\s,:]*(?:that\s*)?["“‘]?\s*$/i;
/** Text allowed between a trailing date and the end of its sentence. */
const TRAIL_GAP = /^\s*[.,;]?\s*$/;

function dayOf(t: TimeExpression): string | null {
  if (t.precision !== "day" && t.precision !== "time") return null;
  const m = /^\d{4}-\d{2}-\d{2}/.exec(t.value);
  return m ? m[0] : null;
}

function sentenceAround(ctx: DocContext, offset: number): { start: number; end: number } | null {
  for (const s of ctx.sentences) if (s.sentence.start <= offset && offset < s.sentence.end) return s.sentence;
  return null;
}

function introducedBySequence(ctx: DocContext, t: TimeExpression): boolean {
  return SEQUENCE.test(ctx.text.slice(Math.max(0, t.start - 40), t.start)) || /^(?:after|since|following|until|from)\b/i.test(t.text);
}

/** A reporting verb ends right before `offset` ("said | on Thursday that ..."). */
function afterCue(ctx: DocContext, offset: number): boolean {
  const at = tokenAt(ctx.tokens, offset);
  return findAll(ctx.lexicon.claimCues, ctx.tokens, Math.max(0, at - 3), at).some((h) => h.to === at);
}

/** The time expression that dates the telling of `c`, or null. */
function tellingTime(ctx: DocContext, c: Claim): TimeExpression | null {
  const after = sentenceAround(ctx, Math.max(c.start, c.end - 1));
  const before = sentenceAround(ctx, c.start);
  for (const t of ctx.timeExpressions) {
    const day = dayOf(t);
    if (day === null || introducedBySequence(ctx, t)) continue;
    if (after && t.start >= c.end && t.end <= after.end) {
      const between = ctx.text.slice(c.end, t.start);
      if (!between.includes("\n") && !/["“]/.test(between) && TRAIL_GAP.test(ctx.text.slice(t.end, after.end))) return t;
    }
    if (before && t.start >= before.start && t.end <= c.start && LEAD_GAP.test(ctx.text.slice(t.end, c.start))) return t;
    // a cue claim may start at the date between its cue and what was said: "said [on
    // Thursday that ...]", "said [on Saturday it had killed ...]"
    if (t.start >= c.start && /^\s*$/.test(ctx.text.slice(c.start, t.start)) && c.end > t.end && afterCue(ctx, c.start)) return t;
  }
  return null;
}

/** Each claim with the day of its telling set when the text dates it. */
export function withTellingDays(ctx: DocContext, claims: readonly Claim[]): Claim[] {
  return claims.map((c) => {
    const t = tellingTime(ctx, c);
    const date = t ? dayOf(t) : null;
    return date === null ? c : { ...c, date };
  });
}
