/**
 * Step: the crowd size of protests and stormings, as the segment states it: a number or
 * a vague size right before a noun for the crowd's members, with "of" and a few
 * describing words allowed between ("thousands of angry militia supporters", "some 200
 * protesters", "a few hundred people"). Sources often disagree about it, so it is kept
 * per report, with the least number the words mean.
 */
import type { Crowd } from "../model/analysis.js";
import type { DocContext } from "./context.js";
import { numberAt } from "./en/numbers.js";
import type { EventState } from "./state.js";

const MAX_GAP = 4;

/** A vague size ("a few hundred") or a number starting at token i: its words and least value. */
function sizeAt(ctx: DocContext, i: number, to: number): { value: number; end: number } | null {
  const n = ctx.lexicon.numbers;
  for (const len of [3, 2, 1]) {
    if (i + len > to) continue;
    const words = ctx.tokens.slice(i, i + len).map((t) => t.lower).join(" ");
    const v = n.crowdSizes.get(words);
    if (v !== undefined) return { value: v, end: i + len };
  }
  const num = numberAt(ctx.tokens, i, to, n);
  return num && num.value >= 2 ? num : null;
}

function crowdIn(ctx: DocContext, from: number, to: number): Crowd | null {
  const nouns = ctx.lexicon.numbers.crowdNouns;
  for (let i = from; i < to; i++) {
    const size = sizeAt(ctx, i, to);
    if (!size) continue;
    let j = size.end;
    if (ctx.tokens[j]?.lower === "of") j++;
    for (let k = j; k < Math.min(to, j + MAX_GAP + 1); k++) {
      const t = ctx.tokens[k];
      if (!t || t.kind === "punct") break;
      if (nouns.has(t.lower)) {
        const start = ctx.tokens[i]?.start ?? 0;
        const end = ctx.tokens[size.end - 1]?.end ?? start;
        return { text: ctx.text.slice(start, end), atLeast: size.value };
      }
    }
    i = size.end - 1;
  }
  return null;
}

export function assignCrowds(ctx: DocContext, state: EventState): EventState {
  const drafts = state.drafts.map((d) => {
    if (d.type !== "PROTEST") return d;
    const seg = state.segments[d.segment];
    if (!seg) return d;
    const crowd = crowdIn(ctx, seg.from, seg.to);
    return crowd ? { ...d, crowd } : d;
  });
  return { ...state, drafts };
}
