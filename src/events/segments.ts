/**
 * Cuts every sentence into segments at causal cues ("in retaliation for", "after") and
 * semicolons or ellipses, so that cause and response stay two events. A sentence-initial cue
 * ("After the strikes, militias stormed ...") also cuts at the first comma after it.
 */
import type { DocContext } from "./context.js";
import type { RelationCue } from "./lexicon.js";
import { findAll, longestNonOverlapping, type PatternHit } from "./pattern.js";
import type { EventState, Segment } from "./state.js";

const CLAUSE_BREAKS = new Set([";", "…"]);
const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your"]);

export function segmentSentences(ctx: DocContext, state: EventState): EventState {
  const segments: Segment[] = [];
  for (const s of ctx.sentences) {
    const cues = longestNonOverlapping(findAll(ctx.lexicon.relations, ctx.tokens, s.from, s.to)).filter(
      (h) => !DETERMINERS.has(ctx.tokens[h.from - 1]?.lower ?? "") || h.from === s.from,
    );
    const cuts: { at: number; resume: number; cue: PatternHit<RelationCue> | null; leading: boolean }[] = [];
    for (const c of cues) {
      const initial = c.from === s.from || (c.from === s.from + 1 && ctx.tokens[s.from]?.kind === "punct");
      cuts.push({ at: c.from, resume: c.to, cue: c, leading: initial && c.value.direction === "effect-first" });
    }
    for (let i = s.from; i < s.to; i++) if (CLAUSE_BREAKS.has(ctx.tokens[i]?.text ?? "")) cuts.push({ at: i, resume: i + 1, cue: null, leading: false });
    cuts.sort((a, b) => a.at - b.at);
    let from = s.from;
    let cue: PatternHit<RelationCue> | null = null;
    let leading = false;
    for (const cut of cuts) {
      if (cut.at < from) continue;
      if (cut.at > from) segments.push({ sentence: s.index, from, to: cut.at, cue, leading: false });
      from = cut.resume;
      cue = cut.cue;
      leading = cut.leading;
      if (leading) {
        let comma = -1;
        for (let i = from + 1; i < s.to; i++) if (ctx.tokens[i]?.text === ",") { comma = i; break; }
        if (comma > 0) {
          segments.push({ sentence: s.index, from, to: comma, cue, leading: true });
          from = comma + 1;
          cue = null;
        }
      }
    }
    if (s.to > from) segments.push({ sentence: s.index, from, to: s.to, cue, leading: false });
  }
  return { ...state, segments };
}
