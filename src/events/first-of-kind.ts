/**
 * Step: "the initial attack", "the first strike", "the original attack" refer back to the
 * first act of their kind the document told — the earliest by its date, else the first
 * told — not to the nearest one: "In December a contractor was killed in a rocket attack
 * ... Trump bombed ... then drone assassinated ... why Iraqi guardsmen had nothing to do
 * with the initial attack" means the rocket attack. The reference becomes another report
 * of that act (`sameAs`).
 */
import type { DocContext } from "./context.js";
import { VIOLENT, happened } from "./kinds.js";
import type { Draft, EventState } from "./state.js";

const FIRST = new Set(["initial", "first", "original"]);

/** The draft is a noun reference written "the initial/first/original NOUN". */
function firstOfKind(ctx: DocContext, d: Draft): boolean {
  if (!d.anaphoric || d.head.pos !== "noun") return false;
  return FIRST.has(ctx.tokens[d.head.from - 1]?.lower ?? "") && ctx.tokens[d.head.from - 2]?.lower === "the";
}

/** The first day of a draft's date, as a sortable string; undated drafts sort last. */
const firstDay = (d: Draft): string => (d.date ? d.date.slice(0, 10) : "~");

export function readFirstOfKind(ctx: DocContext, state: EventState): EventState {
  let drafts: Draft[] | null = null;
  state.drafts.forEach((d, i) => {
    if (d.sameAs || !VIOLENT.has(d.type) || !firstOfKind(ctx, d)) return;
    const told = state.drafts.filter((e) => e !== d && e.head.to <= d.head.from && VIOLENT.has(e.type) && !e.anaphoric && !e.followUp && happened(e));
    if (told.length === 0) return;
    // (the earliest by date; among equals, the first told)
    const first = told.reduce((a, b) => (firstDay(b) < firstDay(a) ? b : a));
    drafts ??= [...state.drafts];
    drafts[i] = { ...d, sameAs: first };
  });
  return drafts ? { ...state, drafts } : state;
}
