/**
 * Step: an act against part of a compound ("They have set fire to a gate", "smashing a
 * main door") with no place of its own happened at the facility the text has just named
 * — in its sentence or up to two sentences before — when it names exactly one. The parts
 * are listed in data/en/events/place-nouns.json.
 */
import { candidatesBetween, type DocContext } from "./context.js";
import { findAll } from "./pattern.js";
import type { Draft, EventState } from "./state.js";

/** Words between the trigger and the part it acts on ("set fire to | a main | gate"). */
const OBJECT_REACH = 4;
const SENTENCES_BACK = 2;

function actsOnPart(ctx: DocContext, d: Draft): boolean {
  const end = Math.min(d.head.to + OBJECT_REACH, ctx.sentences[d.sentence]?.to ?? d.head.to);
  return findAll(ctx.lexicon.facilityParts, ctx.tokens, d.head.to, end).length > 0;
}

/** The one facility named in the sentence or the two before it, or null. */
function facilityNearby(ctx: DocContext, sentence: number): string | null {
  const from = ctx.sentences[Math.max(0, sentence - SENTENCES_BACK)]?.from ?? 0;
  const to = ctx.sentences[sentence]?.to ?? 0;
  const facilities = new Set(candidatesBetween(ctx, from, to).filter((c) => c.type === "FACILITY").map((c) => c.key));
  return facilities.size === 1 ? ([...facilities][0] ?? null) : null;
}

export function placeActsOnParts(ctx: DocContext, state: EventState): EventState {
  const drafts = state.drafts.map((d) => {
    if (d.location || d.anaphoric || !actsOnPart(ctx, d)) return d;
    const place = facilityNearby(ctx, d.sentence);
    return place && !d.actors.includes(place) ? { ...d, location: place } : d;
  });
  return { ...state, drafts };
}
