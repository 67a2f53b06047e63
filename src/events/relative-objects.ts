/**
 * Step: a reaction told in a relative clause is about the event the clause describes.
 * "a rocket attack which the U.S. military blamed on Kataib Hezbollah", "the attacks
 * which it alleges come from Iran", "the strike that Baghdad condemned": the accusation
 * or condemnation names its object before itself, as the noun the clause hangs on. The
 * object is stated, so the link it gives may split an event (topics.ts), unlike one read
 * from context (implicit-objects.ts).
 */
import { AGENT_TYPES, PLACE_TYPES, candidatesBetween, type DocContext } from "./context.js";
import { DETERMINERS, LOCATION_PREPS, RELATIVE_OPENERS } from "./en/grammar.js";
import type { Draft, EventState } from "./state.js";

/** At most this many tokens between "which" and the reaction verb: its subject. */
const SUBJECT_REACH = 6;

/**
 * The event whose head stands just before "which/that", when everything between the
 * relative word and the reaction's verb is its subject (names, pronouns, determiners).
 */
function antecedent(ctx: DocContext, state: EventState, d: Draft): Draft | undefined {
  if (d.head.pos !== "verb" || d.head.passive) return undefined;
  const floor = Math.max(ctx.sentences[d.sentence]?.from ?? 0, d.head.from - SUBJECT_REACH - 1);
  for (let rel = d.head.from - 2; rel >= floor; rel--) {
    if (!RELATIVE_OPENERS.has(ctx.tokens[rel]?.lower ?? "")) continue;
    const subject = candidatesBetween(ctx, rel + 1, d.head.from).filter((c) => c.to <= d.head.from && AGENT_TYPES.has(c.type));
    if (subject.length === 0) return undefined;
    for (let i = rel + 1; i < d.head.from; i++) {
      const inside = subject.some((c) => c.from <= i && i < c.to);
      if (!inside && !DETERMINERS.has(ctx.tokens[i]?.lower ?? "")) return undefined;
    }
    return state.drafts.find((o) => o !== d && o.sentence === d.sentence && o.head.to === nounEnd(ctx, rel));
  }
  return undefined;
}

/** Where the noun the clause hangs on ends: before "which", or before a place after it ("a bombing in Khartoum which"). */
function nounEnd(ctx: DocContext, rel: number): number {
  const place = candidatesBetween(ctx, Math.max(0, rel - 6), rel).find((c) => c.to === rel && PLACE_TYPES.has(c.type));
  if (place && LOCATION_PREPS.has(ctx.tokens[place.from - 1]?.lower ?? "")) return place.from - 1;
  return rel;
}

export function findRelativeObjects(ctx: DocContext, state: EventState): EventState {
  const drafts = state.drafts.map((d) => {
    if (d.about || !ctx.lexicon.reactionTypes.has(d.type)) return d;
    const about = antecedent(ctx, state, d);
    return about ? { ...d, about } : d;
  });
  return { ...state, drafts };
}
