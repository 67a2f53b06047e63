/**
 * Step: modality from cue words (data/en/events/modality.json) before the trigger in
 * its segment and within the cue's window. Precedence picks among several. A threat
 * stays asserted under future cues: "threatens to strike" is a threat made now. A modal
 * verb ("should", "would") also governs a bare verb further on in its clause ("should
 * wait ..., not just strike empty buildings"). A noun that refers back to an event
 * already told ("if the protest continued") is not made hypothetical by the condition.
 */
import type { DocContext } from "./context.js";
import { definitePhraseStart } from "./en/grammar.js";
import type { ModalityName } from "./lexicon.js";
import { findAll } from "./pattern.js";
import type { EventState } from "./state.js";

const MODAL_VERBS = new Set(["should", "would", "could", "might", "may", "must", "will", "shall"]);

/** A verb trigger in its base form ("strike", not "struck", "strikes", "striking"). */
function bareVerb(ctx: DocContext, head: { from: number; pos: "verb" | "noun"; passive: boolean }): boolean {
  if (head.pos !== "verb" || head.passive) return false;
  const w = ctx.tokens[head.from]?.lower ?? "";
  return !/(ed|s|ing)$/.test(w) && !ctx.lexicon.participles.has(w);
}

export function assignModality(ctx: DocContext, state: EventState): EventState {
  const lex = ctx.lexicon;
  const drafts = state.drafts.map((d) => {
    const seg = state.segments[d.segment];
    if (!seg) return d;
    const cues = findAll(lex.modality, ctx.tokens, seg.from, d.head.from).filter(
      (h) => h.to <= d.head.from && d.head.from - h.to <= h.value.window && !d.hits.some((x) => h.from < x.to && x.from < h.to),
    );
    // "if the protest continued": a reference back to an event already told presupposes
    // it, whatever governs the clause around it ("the planned strike" keeps its cue)
    const phrase = d.anaphoric && d.head.pos === "noun" ? definitePhraseStart(ctx.tokens, d.head.from) : null;
    const found = new Set<ModalityName>(cues.filter((c) => phrase === null || c.to > phrase).map((c) => c.value.modality));
    // "should wait ..., not just strike": a modal's scope runs on over a bare verb of its clause
    if (found.size === 0 && bareVerb(ctx, d.head)) {
      const modal = findAll(lex.modality, ctx.tokens, seg.from, d.head.from).find((h) => MODAL_VERBS.has(ctx.tokens[h.from]?.lower ?? "") && h.to <= d.head.from);
      if (modal) found.add(modal.value.modality);
    }
    if (d.type === "THREATEN") found.delete("future");
    const pick = lex.modalityPrecedence.find((m) => found.has(m));
    return pick ? { ...d, modality: pick } : d;
  });
  return { ...state, drafts };
}
