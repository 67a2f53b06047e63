/**
 * Step: modality from cue words (data/en/events/modality.json) before the trigger in
 * its segment and within the cue's window. Precedence picks among several. A threat
 * stays asserted under future cues: "threatens to strike" is a threat made now.
 */
import type { DocContext } from "./context.js";
import type { ModalityName } from "./lexicon.js";
import { findAll } from "./pattern.js";
import type { EventState } from "./state.js";

export function assignModality(ctx: DocContext, state: EventState): EventState {
  const lex = ctx.lexicon;
  const drafts = state.drafts.map((d) => {
    const seg = state.segments[d.segment];
    if (!seg) return d;
    const cues = findAll(lex.modality, ctx.tokens, seg.from, d.head.from).filter(
      (h) => h.to <= d.head.from && d.head.from - h.to <= h.value.window && !d.hits.some((x) => h.from < x.to && x.from < h.to),
    );
    const found = new Set<ModalityName>(cues.map((c) => c.value.modality));
    if (d.type === "THREATEN") found.delete("future");
    const pick = lex.modalityPrecedence.find((m) => found.has(m));
    return pick ? { ...d, modality: pick } : d;
  });
  return { ...state, drafts };
}
