/**
 * Step: the weapon named in a violent draft's segment ("107mm rockets", "F-15E fighter
 * planes"), else the trigger's own; not a weapon word that names what was struck
 * ("missile storage sites").
 */
import type { DocContext } from "./context.js";
import { findAll, type PatternHit } from "./pattern.js";
import type { Draft, EventState } from "./state.js";

const MODEL = /\d|^[A-Z]{1,3}-/;
/** Tokens between two acts' words beyond which they are told in clauses of their own. */
const APART = 3;

/**
 * "rocket and missile storage sites", "drone facilities": the weapon word ending at `at`
 * (and any weapon words joined to it by "and"/"or"/",") modifies a noun for what was
 * struck.
 */
function storeAfter(ctx: DocContext, at: number, to: number): boolean {
  let i = at;
  while (i < to) {
    const t = ctx.tokens[i];
    if (!t) return false;
    if (ctx.lexicon.weaponStores.has(t.lower)) return true;
    const joined = t.lower === "and" || t.lower === "or" || t.text === ",";
    const weapon = findAll(ctx.lexicon.weapons, ctx.tokens, i, Math.min(to, i + 4)).find((h) => h.from === i);
    if (weapon) i = weapon.to;
    else if (joined) i++;
    else return false;
  }
  return false;
}

export function assignWeapons(ctx: DocContext, state: EventState): EventState {
  const armed = (d: Draft): boolean => d.type === "ASSAULT" || d.type === "FIGHT" || d.type === "COERCE";
  // a segment's weapons, read once for all its acts
  const weaponsOf = new Map<number, PatternHit<true>[]>();
  const drafts = state.drafts.map((d) => {
    if (!armed(d)) return d;
    const seg = state.segments[d.segment];
    if (!seg) return d;
    // "the Houthis keep firing at ships, and American jets keep bombing Yemen": of two acts
    // in one segment, each takes the weapon told nearer to it
    // (only acts told in clauses of their own, set apart by a comma: not "fired four shell
    // bombs", nor "a wave of bombs that killed and maimed soldiers")
    const gap = (h: { from: number }, x: Draft): number => Math.abs(h.from - x.head.from);
    const apart = (o: Draft): boolean => gap(o.head, d) > APART && ctx.tokens.slice(Math.min(o.head.to, d.head.to), Math.max(o.head.from, d.head.from)).some((t) => t.text === ",");
    const others = state.drafts.filter((o) => o !== d && o.segment === d.segment && armed(o) && apart(o));
    let hits = weaponsOf.get(d.segment);
    if (!hits) {
      // (not "fuel tanks", "a think tank": a word before it makes it name something else)
      hits = findAll(ctx.lexicon.weapons, ctx.tokens, seg.from, seg.to).filter((h) => !storeAfter(ctx, h.to, seg.to) && !ctx.lexicon.weaponOthers.has(ctx.tokens[h.from - 1]?.lower ?? ""));
      weaponsOf.set(d.segment, hits);
    }
    const hit = others.length === 0 ? hits[0] : hits.filter((h) => !others.some((o) => gap(h, o) < gap(h, d))).sort((a, b) => gap(a, d) - gap(b, d))[0];
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
