/**
 * Step: one act told twice in a passage, as how it came about or as whose it was.
 * - "The blast was caused by a rocket misfired by the Islamic Jihad", "These were either
 *   caused by extreme summer heat or by Israeli air attacks": what an explosion was caused
 *   by is how it came about, not another act. An act named in the by-phrase is the same
 *   event (`sameAs`), and a group named there, with no act of its own, is the explosion's
 *   actor as the sentence tells it. A pronoun subject ("These", "It") stands for the last
 *   act of violence of the sentence before, in its paragraph.
 * - "Said the missile that hit the station was fired by Ukrainian forces": who is said to
 *   have fired the weapon is the act's actor as the sentence tells it.
 * - "It blamed an Israeli air strike": an act with an actor of its own that a speaker
 *   blames, with no "for" or "on" after it, is the speaker's account of the act of violence
 *   just told, not another act.
 * The two reports of one act are never cause and effect of each other.
 */
import type { Candidate, DocContext } from "./context.js";
import { AGENT_TYPES, candidatesBetween } from "./context.js";
import { BE, isAdverb } from "./en/grammar.js";
import { VIOLENT } from "./kinds.js";
import type { Draft, EventState } from "./state.js";

const CAUSED = new Set(["caused"]);
const PRONOUN_SUBJECTS = new Set(["these", "those", "it", "they", "this", "that"]);
/** Words that may stand between "was" and "caused" ("were either caused by"). */
const HEDGES = new Set(["either", "probably", "possibly", "likely", "apparently", "reportedly", "allegedly", "in", "fact", "actually"]);
/** How far back (in sentences) a pronoun or a blamed act looks for the act it tells again. */
const REACH = 2;

/** Verbs whose passive names who fired a weapon: "the missile that hit the station was fired by Ukrainian forces". */
const LAUNCHED = new Set(["fired", "launched", "misfired", "shot"]);

/** Indexes of tokens from `verbs` that open a passive "was caused by", "was fired by" in the sentence. */
function passives(ctx: DocContext, from: number, to: number, verbs: ReadonlySet<string>): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) {
    if (!verbs.has(ctx.tokens[i]?.lower ?? "") || ctx.tokens[i + 1]?.lower !== "by") continue;
    let j = i - 1;
    while (j >= from && (HEDGES.has(ctx.tokens[j]?.lower ?? "") || isAdverb(ctx.tokens[j]))) j--;
    if (BE.has(ctx.tokens[j]?.lower ?? "")) out.push(i);
  }
  return out;
}

/** The last act of violence told in the sentences just before `sentence`, in the same paragraph. */
function actBefore(ctx: DocContext, drafts: readonly Draft[], sentence: number, before: number): Draft | undefined {
  const paragraphBreak = (a: number, b: number) => /\n\s*\n/.test(ctx.text.slice(a, b));
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i] as Draft;
    if (d.sentence >= sentence || d.sentence < sentence - REACH || !VIOLENT.has(d.type) || d.followUp) continue;
    if (paragraphBreak(d.end, before)) return undefined;
    return d;
  }
  return undefined;
}

/** The group a by-phrase names as doer ("a rocket misfired by the Islamic Jihad"), with no act of its own. */
function doerIn(ctx: DocContext, from: number, to: number): Candidate | undefined {
  for (let i = to - 1; i > from; i--) {
    if (ctx.tokens[i - 1]?.lower !== "by") continue;
    const c = candidatesBetween(ctx, i, to).find((x) => x.from <= i + 2 && x.to <= to && AGENT_TYPES.has(x.type));
    if (c) return c;
  }
  return undefined;
}

/** The last act of violence told in `sentence` before token `at`. */
function violentBefore(drafts: readonly Draft[], sentence: number, at: number): Draft | undefined {
  let last: Draft | undefined;
  for (const d of drafts) if (d.sentence === sentence && d.head.to <= at && VIOLENT.has(d.type)) last = d;
  return last;
}

export function findIdentities(ctx: DocContext, state: EventState): EventState {
  const same = new Map<Draft, Draft>();
  const doers = new Map<Draft, string>();
  for (const view of ctx.sentences) {
    for (const at of passives(ctx, view.from, view.to, CAUSED)) {
      const opener = ctx.tokens[view.from]?.lower ?? "";
      const effect = violentBefore(state.drafts, view.index, at) ?? (PRONOUN_SUBJECTS.has(opener) ? actBefore(ctx, state.drafts, view.index, ctx.tokens[view.from]?.start ?? 0) : undefined);
      if (!effect) continue;
      const causes = state.drafts.filter((d) => d.sentence === view.index && d.head.from > at && d !== effect && VIOLENT.has(d.type));
      for (const c of causes) same.set(c, effect);
      if (causes.length === 0 && effect.sentence === view.index) {
        const doer = doerIn(ctx, at + 2, view.to);
        if (doer) doers.set(effect, doer.key);
      }
    }
    // "said the missile that hit the station was fired by Ukrainian forces": who fired it did it
    for (const at of passives(ctx, view.from, view.to, LAUNCHED)) {
      const effect = violentBefore(state.drafts, view.index, at);
      const doer = candidatesBetween(ctx, at + 2, view.to).find((c) => c.from <= at + 4 && AGENT_TYPES.has(c.type));
      if (effect && doer && !doers.has(effect)) doers.set(effect, doer.key);
    }
  }
  for (const d of state.drafts) {
    if (d.type !== "ACCUSE" || !/^blam/.test(ctx.tokens[d.head.from]?.lower ?? "")) continue;
    const o = state.drafts.find((x) => x.segment === d.segment && x.head.from > d.head.to && x.head.from - d.head.to <= 4 && VIOLENT.has(x.type));
    if (!o || o.anaphoric || o.actors.length === 0 || same.has(o)) continue;
    const next = ctx.tokens[o.head.to]?.lower ?? "";
    if (next === "for" || next === "on") continue;
    const topic = actBefore(ctx, state.drafts, d.sentence, ctx.sentences[d.sentence]?.sentence.start ?? 0);
    if (topic && topic !== o) same.set(o, topic);
  }
  if (same.size === 0 && doers.size === 0) return state;
  const next = new Map<Draft, Draft>();
  for (const d of state.drafts) {
    const doer = doers.get(d);
    next.set(d, doer && d.actors.length === 0 ? { ...d, actors: [doer] } : { ...d });
  }
  for (const [d, target] of same) {
    const copy = next.get(d);
    const to = next.get(target);
    if (copy && to) copy.sameAs = to;
  }
  const one = (a: Draft, b: Draft) => same.get(a) === b || same.get(b) === a;
  const relations = state.relations.filter((r) => !one(r.from, r.to)).map((r) => ({ ...r, from: next.get(r.from) ?? r.from, to: next.get(r.to) ?? r.to }));
  return { ...state, drafts: state.drafts.map((d) => next.get(d) ?? d), relations };
}
