/**
 * Step: marks retrospective references — "the strikes", "that attack", "these attacks" —
 * as anaphoric, and reports the text marks as one more of their kind — "There were also
 * drone attacks", "another attack", "a second strike", "then followed it up by drone
 * assassinating ..." — as distinct.
 */
import type { DocContext } from "./context.js";
import type { Draft, EventState } from "./state.js";
import { abbreviationDot, ANOTHER_OF_KIND, BACK_REFERENCE, modifierBefore } from "./en/grammar.js";

const ADDITIVE = new Set(["also", ...ANOTHER_OF_KIND]);
/** How many words "also", "another" ... may stand before the trigger. */
const ADDITIVE_REACH = 4;
const FOLLOW = new Set(["follow", "follows", "followed", "following"]);
const OBJECT_PRONOUNS = new Set(["it", "this", "that", "them", "these", "those"]);

function retrospective(ctx: DocContext, d: Draft): boolean {
  if (d.followUp || d.head.pos !== "noun") return false;
  let j = d.head.from - 1;
  // skip modifiers such as "US", "American", "recent" (and a count: "such 17 attacks") between the determiner and the noun
  // (the dot of "U.S." is part of the modifier, and does not count against the distance)
  let span = 0;
  while (j >= 0 && span < 3 && (ctx.tokens[j]?.kind !== "punct" || abbreviationDot(ctx.tokens, j)) && !BACK_REFERENCE.has(ctx.tokens[j]?.lower ?? "")) {
    if (!abbreviationDot(ctx.tokens, j)) span++;
    j--;
  }
  const det = ctx.tokens[j];
  if (!det || !BACK_REFERENCE.has(det.lower)) return false;
  // "the 11 attacks" may introduce a series; "these/such/those ... attacks" point back to one told
  return d.count === null || det.lower !== "the";
}

/** "also", "another", "a second" ... within four words before the trigger, in its clause (a comma between adjectives: "separate, anti-government protests"). */
function additive(ctx: DocContext, d: Draft, state: EventState): boolean {
  if (d.followUp) return false;
  return modifierBefore(ctx.tokens, d.head.from, state.segments[d.segment]?.from ?? 0, ADDITIVE_REACH, ADDITIVE) >= 0;
}

/** "followed it up by/with ...", up to seven words before the trigger in its segment: an act after the one told. */
function sequel(ctx: DocContext, d: Draft, state: EventState): boolean {
  const floor = Math.max(state.segments[d.segment]?.from ?? 0, d.head.from - 7);
  for (let i = d.head.from - 1; i > floor; i--) {
    if (ctx.tokens[i]?.lower !== "up") continue;
    const before = ctx.tokens[i - 1]?.lower ?? "";
    if (FOLLOW.has(before) || (OBJECT_PRONOUNS.has(before) && FOLLOW.has(ctx.tokens[i - 2]?.lower ?? ""))) return true;
  }
  return false;
}

export function markAnaphoric(ctx: DocContext, state: EventState): EventState {
  const drafts = state.drafts.map((d) => {
    const anaphoric = d.anaphoric || retrospective(ctx, d);
    const distinct = !anaphoric && !d.followUp && (additive(ctx, d, state) || sequel(ctx, d, state));
    return anaphoric === d.anaphoric && !distinct ? d : { ...d, anaphoric, distinct };
  });
  return { ...state, drafts };
}
