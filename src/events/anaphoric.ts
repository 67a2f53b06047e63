/** Step: marks retrospective references — "the strikes", "that attack", "these attacks" — as anaphoric. */
import type { DocContext } from "./context.js";
import type { EventState } from "./state.js";

const BACK_REFERENCE = new Set(["the", "this", "that", "these", "those", "such"]);

export function markAnaphoric(ctx: DocContext, state: EventState): EventState {
  const drafts = state.drafts.map((d) => {
    if (d.followUp || d.head.pos !== "noun") return d;
    let j = d.head.from - 1;
    // skip modifiers such as "US", "American", "recent" between the determiner and the noun
    while (j >= 0 && d.head.from - j <= 3 && ctx.tokens[j]?.kind === "word" && !BACK_REFERENCE.has(ctx.tokens[j]?.lower ?? "")) j--;
    const det = ctx.tokens[j];
    return det && BACK_REFERENCE.has(det.lower) && d.count === null ? { ...d, anaphoric: true } : d;
  });
  return { ...state, drafts };
}
