/**
 * Step: "Sri Lanka Easter bombings kill more than 200". A country's own name just before
 * an attack noun names where it happened, not who did it, when the document places
 * attacks in that country ("... in Sri Lanka on Easter Sunday"); "U.S. strikes", in a
 * report of strikes in Iraq and Syria, keep their actor. A demonym or adjective
 * ("Iranian missile strike") always names the actor.
 */
import type { DocContext } from "./context.js";
import { VIOLENT } from "./kinds.js";
import type { Draft, EventState } from "./state.js";

/** Tokens that may stand between the country and the noun ("Sri Lanka Easter bombings", "Pakistan suicide blast"). */
const MAX_GAP = 2;

export function placeCountryModifiers(ctx: DocContext, state: EventState): EventState {
  const countryOf = (key: string): string | null => ctx.entities.get(key)?.country ?? null;
  const attacked = new Set<string>();
  for (const d of state.drafts) {
    const code = VIOLENT.has(d.type) && d.location ? countryOf(d.location) : null;
    if (code) attacked.add(code);
  }
  if (attacked.size === 0) return state;
  const drafts = state.drafts.map((d): Draft => {
    if (!VIOLENT.has(d.type) || d.head.pos !== "noun" || d.actors.length !== 1) return d;
    const key = d.actors[0] as string;
    const modifier = ctx.candidates.find((c) => c.key === key && c.type === "COUNTRY" && c.role === "name" && c.to <= d.head.from && c.to >= d.head.from - MAX_GAP && c.from >= (ctx.sentences[d.sentence]?.from ?? 0));
    if (!modifier || ctx.tokens.slice(modifier.to, d.head.from).some((t) => t.kind !== "word")) return d;
    const code = countryOf(key);
    if (!code || !attacked.has(code)) return d;
    return { ...d, actors: [], location: d.location ?? key };
  });
  return { ...state, drafts };
}
