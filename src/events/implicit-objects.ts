/**
 * Step: what a reaction is about when its sentence does not say.
 * - An accusation with no object at all ("Esper has since pointed the finger at Iran";
 *   not "accused Iran of smuggling", "alleged that ...") blames someone for the latest
 *   hostile act the text told shortly before.
 * - A threat or demand against "the perpetrators" or "those responsible" is about that
 *   act too.
 * - A threat or demand conditioned on an event the text has already told ("threatened to
 *   vacate his post if the protest continued") is a response to that event.
 * The reaction gets `about` (marked implied), which the relations step turns into a CAUSE
 * link; such a link never splits an event (topics.ts) as a stated object does. Reaches
 * and word lists: data/en/events/relations.json ("implicit").
 */
import type { DocContext } from "./context.js";
import { findAll } from "./pattern.js";
import { reactionObject } from "./relations.js";
import type { Draft, EventState } from "./state.js";
import { happened } from "./kinds.js";
import { latestAct } from "./latest-act.js";

/** An event the text already told, named in a condition after the reaction ("if the protest continued"). */
function conditionEvent(ctx: DocContext, state: EventState, d: Draft): Draft | undefined {
  const sentence = ctx.sentences[d.sentence];
  if (!sentence) return undefined;
  const cue = findAll(ctx.lexicon.implicit.conditions, ctx.tokens, d.head.to, sentence.to)[0];
  if (!cue) return undefined;
  return state.drafts.find((o) => o !== d && o.sentence === d.sentence && o.head.from >= cue.to && o.anaphoric && happened(o));
}

/**
 * Someone named accuses someone named, in an active verb: "Esper pointed the finger at
 * Iran". Not "the woman accused", "alleged gang members", "was to blame", nor "those
 * allegations", which refers back to an accusation already told.
 */
function accuses(d: Draft): boolean {
  return d.head.pos === "verb" && !d.head.passive && !d.anaphoric && d.actors.length > 0 && d.targets.length > 0;
}

/** "accused Iran of smuggling", "alleged that ...": the accusation says what it is about, just not as an event. */
function complemented(ctx: DocContext, d: Draft, segEnd: number): boolean {
  const words = ctx.lexicon.implicit.complements;
  for (let j = d.head.to; j < Math.min(segEnd, d.head.to + 8); j++) if (words.has(ctx.tokens[j]?.lower ?? "")) return true;
  return false;
}

export function findImplicitObjects(ctx: DocContext, state: EventState): EventState {
  const imp = ctx.lexicon.implicit;
  const drafts = state.drafts.map((d) => {
    if (d.about) return d;
    if (imp.conditionTypes.has(d.type)) {
      const about = conditionEvent(ctx, state, d);
      if (about) return { ...d, about, aboutImplied: true };
    }
    const seg = state.segments[d.segment];
    if (!seg) return d;
    const blamesNothing = d.type === "ACCUSE" && accuses(d) && imp.accusationModes.has(d.mode ?? "") && !reactionObject(state, d) && !complemented(ctx, d, seg.to);
    const perpetrators = imp.perpetratorTypes.has(d.type) && findAll(imp.perpetrators, ctx.tokens, seg.from, seg.to).length > 0;
    if (!blamesNothing && !perpetrators) return d;
    const about = latestAct(state, d, imp.reach);
    return about ? { ...d, about, aboutImplied: true } : d;
  });
  return { ...state, drafts };
}
