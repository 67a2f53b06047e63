/**
 * Step: causal links stated inside one sentence. Segments carry the cue that cut them:
 * - effect-first ("EFFECT in retaliation for CAUSE"): the cause is the first event of
 *   the segment after the cue, the response the last event before it;
 * - sentence-initial ("After CAUSE, EFFECT"): cause in the leading segment, response in
 *   the next one;
 * - cause-first ("CAUSE, prompting EFFECT", "X killed ... and the US responded with an
 *   attack"): the response after the cue, the cause before it (or, for a response cue,
 *   the last event of the previous sentence).
 * Reactions ("blamed Iran for the assault", "condemned the attack") link the
 * disapproval to the event they are about, as CAUSE; so does an accusation read from a
 * speaker's claim (accusations.ts).
 */
import type { RelationType } from "../model/analysis.js";
import type { DocContext } from "./context.js";
import type { RelationCue } from "./lexicon.js";
import type { PatternHit } from "./pattern.js";
import type { Draft, EventState, RelationDraft, Segment } from "./state.js";
import { HOSTILE, hostileAct } from "./kinds.js";
import { latestAct } from "./latest-act.js";
import { COORDINATORS, subjectlessGerund } from "./en/grammar.js";

function relationType(cue: RelationCue, cause: Draft): RelationType {
  if (cue.type !== "RESPONSE") return cue.type;
  return hostileAct(cause) ? "RETALIATION" : "CAUSE";
}

function span(ctx: DocContext, from: number, to: number) {
  const a = ctx.tokens[from];
  const b = ctx.tokens[to - 1];
  const start = a?.start ?? 0;
  const end = b?.end ?? start;
  return { start, end, text: ctx.text.slice(start, end) };
}

/**
 * "broke into the compound after smashing a door": a time cue followed at once by an
 * active gerund is the same actor's earlier act in one episode, not a cause ("after being
 * attacked" still is one), unless the act is another's ("after receiving guarantees from
 * the prime minister"). The cause's trigger may come later in the gerund phrase ("after
 * smashing a door and setting fire").
 */
function oneEpisode(ctx: DocContext, state: EventState, cue: PatternHit<RelationCue>, effect: Draft, cause: Draft): boolean {
  if (cue.value.sequence !== true || cause.head.from < cue.to || !subjectlessGerund(ctx.tokens, cue.to)) return false;
  // "agreed to end the siege after receiving guarantees from the prime minister": another's act
  const main = state.drafts.filter((d) => d.segment === effect.segment).flatMap((d) => d.actors);
  return cause.actors.length === 0 || main.length === 0 || cause.actors.some((a) => main.includes(a));
}

/** The cue as written ("in retaliation for"). */
function cueText(ctx: DocContext, cue: PatternHit<RelationCue>): string {
  return ctx.tokens.slice(cue.from, cue.to).map((t) => t.text).join(" ");
}

/** The cue ends its clause: nothing but punctuation after it ("in response."). */
function bareCue(ctx: DocContext, seg: Segment): boolean {
  return ctx.tokens.slice(seg.from, seg.to).every((t) => t.kind === "punct");
}

function pickCause(list: Draft[]): Draft | undefined {
  return list.find((d) => !d.followUp && HOSTILE.has(d.type)) ?? list[0];
}

/** The event a reaction's trigger takes as its object: the next one in its segment, close after it ("condemned the attack"). */
export function reactionObject(state: EventState, d: Draft): Draft | undefined {
  return state.drafts.find((o) => o.segment === d.segment && o !== d && o.head.from >= d.head.to && o.head.from - d.head.to <= 12);
}

/** Events named together with `d` in a list right after it ("protests and riots", "strikes, raids and shelling"). */
function coordinatedAfter(ctx: DocContext, state: EventState, d: Draft): Draft[] {
  const out: Draft[] = [];
  let last = d;
  for (const o of state.drafts) {
    if (o === d || o.segment !== d.segment || o.head.from < last.head.to) continue;
    const gap = ctx.tokens.slice(last.head.to, o.head.from);
    if (gap.length === 0 || gap.length > 2 || !gap.every((t) => COORDINATORS.has(t.lower))) continue;
    out.push(o);
    last = o;
  }
  return out;
}

export function findRelations(ctx: DocContext, state: EventState): EventState {
  const bySegment = (i: number) => state.drafts.filter((d) => d.segment === i);
  const relations: RelationDraft[] = [];
  const add = (from: Draft | undefined, to: Draft | undefined, cue: PatternHit<RelationCue>, causeSeg: Segment) => {
    if (!from || !to || from === to || cue.value.link === false || oneEpisode(ctx, state, cue, from, to)) return;
    const a = Math.min(cue.from, causeSeg.from);
    const b = Math.max(cue.to, causeSeg.to);
    // "several protests and riots have erupted": each of the coordinated events responds
    for (const effect of [from, ...coordinatedAfter(ctx, state, from)]) {
      if (effect === to) continue;
      relations.push({ type: relationType(cue.value, to), from: effect, to, cue: cueText(ctx, cue), evidence: span(ctx, a, b), assertedBy: null });
    }
  };
  state.segments.forEach((seg, i) => {
    const cue = seg.cue;
    if (!cue) return;
    const here = bySegment(i);
    const prevSeg = state.segments[i - 1];
    const before = prevSeg && prevSeg.sentence === seg.sentence ? bySegment(i - 1) : [];
    if (seg.leading) {
      const nextSeg = state.segments[i + 1];
      const after = nextSeg && nextSeg.sentence === seg.sentence ? bySegment(i + 1) : [];
      add(after[0], pickCause(here), cue, seg);
    } else if (cue.value.direction === "effect-first") {
      const effect = before[before.length - 1];
      const cause = pickCause(here);
      add(effect, cause, cue, seg);
      // "... struck RSF positions in response.": a response that names nothing answers the
      // latest hostile act told before it
      if (!cause && effect && HOSTILE.has(effect.type) && cue.value.type !== "CAUSE" && here.length === 0 && bareCue(ctx, seg)) {
        // (in the sentences before, by others than the responder)
        const answered = latestAct(state, effect, ctx.lexicon.implicit.reach, (o) => o.sentence < effect.sentence && !o.actors.some((a) => effect.actors.includes(a)));
        if (answered) {
          relations.push({
            type: relationType(cue.value, answered),
            from: effect,
            to: answered,
            cue: `${cueText(ctx, cue)} (object read from context)`,
            evidence: span(ctx, cue.from, cue.to),
            assertedBy: null,
            implied: true,
          });
        }
      }
    } else {
      let causes = before;
      if (causes.length === 0 && cue.value.type === "RESPONSE") causes = state.drafts.filter((d) => d.sentence === seg.sentence - 1);
      const causeSeg = prevSeg ?? seg;
      add(here[0], causes[causes.length - 1], cue, causeSeg);
    }
  });
  for (const d of state.drafts) {
    if (d.about) {
      const implied = d.aboutImplied === true;
      const cue = d.mode ?? d.type.toLowerCase();
      relations.push({
        type: "CAUSE",
        from: d,
        to: d.about,
        cue: implied ? `${cue} (object read from context)` : cue,
        evidence: span(ctx, d.head.from, d.head.to),
        assertedBy: null,
        ...(implied ? { implied } : {}),
      });
      continue;
    }
    if (!ctx.lexicon.reactionTypes.has(d.type) || !ctx.lexicon.reactionModes.has(d.mode ?? "")) continue;
    const object = reactionObject(state, d);
    if (!object) continue;
    relations.push({ type: "CAUSE", from: d, to: object, cue: d.head.group.mode ?? d.type, evidence: span(ctx, d.head.from, object.head.to), assertedBy: null });
  }
  return { ...state, relations };
}
