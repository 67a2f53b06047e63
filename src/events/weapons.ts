/** Step: the weapon named in a violent draft's segment ("107mm rockets", "F-15E fighter planes"), else the trigger's own. */
import type { DocContext } from "./context.js";
import { findAll } from "./pattern.js";
import type { EventState } from "./state.js";

const MODEL = /\d|^[A-Z]{1,3}-/;

export function assignWeapons(ctx: DocContext, state: EventState): EventState {
  const drafts = state.drafts.map((d) => {
    if (d.type !== "ASSAULT" && d.type !== "FIGHT" && d.type !== "COERCE") return d;
    const seg = state.segments[d.segment];
    if (!seg) return d;
    const hit = findAll(ctx.lexicon.weapons, ctx.tokens, seg.from, seg.to)[0];
    if (!hit) return d.head.group.weapon ? { ...d, weapon: d.head.group.weapon } : d;
    let from = hit.from;
    while (from > seg.from) {
      const t = ctx.tokens[from - 1];
      if (!t || t.kind === "punct" || !(MODEL.test(t.text) || ctx.lexicon.weaponModifiers.has(t.lower))) break;
      from--;
    }
    const start = ctx.tokens[from]?.start ?? 0;
    const end = ctx.tokens[hit.to - 1]?.end ?? start;
    return { ...d, weapon: ctx.text.slice(start, end) };
  });
  return { ...state, drafts };
}
