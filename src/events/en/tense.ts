/** Tense of an event report (English): is it told as something that already happened? */
import type { DocContext } from "../context.js";
import type { TriggerHit } from "../state.js";

/** Words that move narrative time on: a clause holding one is not at the time just told. */
export const TIME_SHIFTS = new Set(["after", "afterwards", "later", "since", "before", "earlier", "previously", "next", "subsequently", "until", "now", "today", "tomorrow", "yesterday", "ago", "then"]);

const PAST_AUX = new Set(["was", "were", "had", "did"]);

/**
 * A verb trigger in a past form ("bombed", "struck"), a gerund or a noun trigger in a
 * clause whose verb is past ("followed it up by assassinating", "There were also drone
 * attacks").
 */
export function pastTense(ctx: DocContext, head: TriggerHit, from: number, to: number): boolean {
  const w = ctx.tokens[head.from]?.lower ?? "";
  if (head.pos === "verb") {
    const prev = ctx.tokens[head.from - 1]?.lower ?? "";
    if (prev === "has" || prev === "have" || prev === "will" || prev === "to") return false;
    // "more than 3,000 people have been killed": a count up to the time of telling
    if (prev === "been" && /^(has|have)$/.test(ctx.tokens[head.from - 2]?.lower ?? "")) return false;
    // "He then followed it up by assassinating ...": a gerund takes the tense of its clause's verb
    if (/ing$/.test(w)) {
      for (let i = head.from - 1; i >= from; i--) {
        const t = ctx.tokens[i]?.lower ?? "";
        if (PAST_AUX.has(t) || /^[a-z]{3,}ed$/.test(t)) return true;
      }
      return false;
    }
    return /ed$/.test(w) || (ctx.lexicon.participles.has(w) && !/^(hit|put|set|cut|shut)$/.test(w)) || PAST_AUX.has(prev);
  }
  for (let i = from; i < to; i++) if (PAST_AUX.has(ctx.tokens[i]?.lower ?? "")) return true;
  return false;
}
