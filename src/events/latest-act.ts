/**
 * The latest hostile act that happened, told before a draft, at most `reach` sentences
 * back: what a reaction that names nothing is about ("Esper pointed the finger at Iran",
 * "struck RSF positions in response."). `accept` narrows the candidates.
 */
import { HOSTILE, happened } from "./kinds.js";
import type { Draft, EventState } from "./state.js";

export function latestAct(state: EventState, d: Draft, reach: number, accept: (o: Draft) => boolean = () => true): Draft | undefined {
  let best: Draft | undefined;
  for (const o of state.drafts) {
    if (o === d || !HOSTILE.has(o.type) || !happened(o) || o.followUp) continue;
    if (o.sentence < d.sentence - reach || o.head.from >= d.head.from || !accept(o)) continue;
    if (!best || o.head.from > best.head.from) best = o;
  }
  return best;
}
