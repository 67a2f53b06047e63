/**
 * Step: fills actors and targets of every draft (rules in en/arguments.ts). A verb that
 * continues an earlier clause ("stormed the gate and set fire to ...") shares its actor;
 * a clause opened by a time cue and a gerund ("agreed ... after receiving guarantees from
 * the prime minister", "broke in after smashing a door") has the main clause's subject;
 * a speech act inside a claim with no actor of its own is the speaker's.
 */
import type { PloverType } from "../model/analysis.js";
import { candidatesBetween, type DocContext } from "./context.js";
import { argumentsOf, clauseWithOwnSubject, continuesEarlierClause, receivedObject, type ArgumentScope } from "./en/arguments.js";
import { definitePhraseStart, subjectlessGerund } from "./en/grammar.js";
import type { Draft, EventState } from "./state.js";

/** Events that are things said: with no actor of their own, the claim's speaker performs them. */
const SPEECH_ACTS: ReadonlySet<PloverType> = new Set(["DEMAND", "THREATEN", "DISAPPROVE", "ACCUSE", "REJECT", "AGREE", "SUPPORT"]);

export function assignArguments(ctx: DocContext, state: EventState): EventState {
  const speakerTokens = state.speakerTokens;
  const out: Draft[] = [];
  for (const d of state.drafts) {
    const seg = state.segments[d.segment];
    if (!seg) {
      out.push(d);
      continue;
    }
    const scope: ArgumentScope = {
      ctx,
      from: seg.from,
      to: seg.to,
      candidates: candidatesBetween(ctx, seg.from, seg.to).filter((c) => c.to <= seg.to && !speakerTokens.has(c.from)),
      verbs: (state.hits[d.segment] ?? []).filter((h) => h.pos === "verb"),
      sayers: state.sayerTokens,
      reported: state.claims,
    };
    let actors: string[] = [];
    let targets: string[] = [];
    const ordered = [d.head, ...d.hits.filter((h) => h !== d.head)];
    for (const hit of ordered) {
      const slots = argumentsOf(scope, hit);
      if (actors.length === 0) actors = slots.actors;
      if (targets.length === 0) targets = slots.targets;
    }
    if (actors.length === 0 && continuesEarlierClause(ctx, d.head, seg.from)) {
      const earlier = [...out].reverse().find((e) => e.sentence === d.sentence && e.actors.length > 0);
      if (earlier) actors = earlier.actors;
    }
    // only the gerund's own act ("receiving guarantees", "and setting fire"), not a noun
    // further on ("a law calling for the withdrawal of U.S. troops")
    const gerundClause = seg.cue?.value.sequence === true && !seg.leading && subjectlessGerund(ctx.tokens, seg.from);
    if (gerundClause && (d.head.from - seg.from <= 3 || subjectlessGerund(ctx.tokens, d.head.from))) {
      const main = out.find((e) => e.segment === d.segment - 1 && e.sentence === d.sentence && e.actors.length > 0);
      if (main && receivedObject(scope, d.head)) {
        if (targets.length === 0) targets = main.actors;
      } else if (main && actors.length === 0) actors = main.actors;
    }
    // (not when the act's own clause names its subject: "while the junta accused France ..., which Paris denied")
    const ownSubject = d.head.pos === "verb" && !d.head.passive && clauseWithOwnSubject(scope, d.head.from) >= 0;
    // ("said Armenia had not been involved in drafting the ceasefire": a definite noun refers
    // to an act already made, not one the speaker makes)
    const referredTo = d.head.pos === "noun" && definitePhraseStart(ctx.tokens, d.head.from) !== null;
    if (actors.length === 0 && SPEECH_ACTS.has(d.type) && !ownSubject && !referredTo) {
      // "Russia said Sudan must return the helicopter": the speaker makes the demand
      const holder = state.claims.find((c) => c.speaker !== null && d.head.start >= c.start && d.head.end <= c.end);
      if (holder?.speaker) actors = [holder.speaker];
    }
    targets = targets.filter((t) => !actors.includes(t));
    out.push({ ...d, actors, targets });
  }
  return { ...state, drafts: out };
}
