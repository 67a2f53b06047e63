/**
 * Step: saying who did it is an accusation. When a named speaker's claim reports a
 * hostile act by someone else ("Iran killed an American contractor", Trump tweeted;
 * "Now Iran is orchestrating an attack on the U.S. Embassy"), the text tells two events:
 * the act, as the speaker tells it, and the speaker's accusation of its author (PLOVER
 * ACCUSE, CAMEO 112), which is about that act. The accusation is dated to when it was
 * said, not to the act. Only an act whose author the speaker names as the sentence's
 * subject counts; a sentence that already reports an accusation in words ("blamed", "accused")
 * gets no second one. A state telling of its own forces' act ("the U.S. military struck
 * five targets, the Pentagon said") claims it; that is no accusation. Telling that someone
 * is planning an attack ("Soleimani is actively developing plans to attack US diplomats")
 * accuses them of it, though the attack has not happened.
 */
import { candidatesBetween, quoteAround, type DocContext } from "./context.js";
import { tokenAt } from "./tokens.js";
import { unread, type Draft, type EventState } from "./state.js";
import { happened, hostileAct } from "./kinds.js";
import type { EntityInfo } from "../model/analysis.js";

const CAMEO_ACCUSE = "112";

/**
 * The actor opens the sentence, or the quotation of the claim, as its subject ("Iran
 * killed ...", "Now Iran is orchestrating ...", said in a statement that "General
 * Soleimani is actively developing plans to attack ..."), not a participant of a relative
 * clause ("the organization the US attacked") or a name the argument rules took from
 * elsewhere.
 */
function subjectOpens(ctx: DocContext, d: Draft, quoteFrom: number | null): boolean {
  const s = ctx.sentences[d.sentence];
  if (!s) return false;
  const opensAt = (from: number): boolean => {
    const actor = candidatesBetween(ctx, from, d.head.from).find((c) => d.actors.includes(c.key) && c.to <= d.head.from);
    // "They have set fire to a gate": a pronoun reports, a name accuses
    if (!actor || actor.anaphor) return false;
    const lead = ctx.tokens.slice(from, actor.from).filter((t) => !(t.kind === "punct" && /["“‘']/.test(t.text)));
    return lead.length <= 1 && lead.every((t) => t.kind === "word");
  };
  return opensAt(s.from) || (quoteFrom !== null && quoteFrom > s.from && opensAt(quoteFrom));
}

/** Words between a planning word and the attack it plans ("plans | to | attack", "plotting | new | attacks"). */
const PLAN_REACH = 3;

/** A future act told as being planned now: "developing plans to attack", "plotting attacks". */
function planned(ctx: DocContext, d: Draft): boolean {
  if (d.modality !== "future") return false;
  for (let i = d.head.from - 1; i >= Math.max(0, d.head.from - PLAN_REACH); i--) {
    const t = ctx.tokens[i];
    if (!t || t.kind !== "word") return false;
    if (ctx.lexicon.planning.has(t.lower)) return true;
  }
  return false;
}

const STATE_TYPES: ReadonlySet<string> = new Set(["COUNTRY", "GOVERNMENT", "MILITARY"]);

/** A state, one of its organs, or an official who belongs to one. */
function speaksForState(info: EntityInfo | undefined): boolean {
  if (!info?.country) return false;
  return STATE_TYPES.has(info.type) || (info.type === "PERSON" && info.partOf !== null);
}

/** The speaker tells of its own state's act: every named author is that state or one of its organs. */
function ownSide(ctx: DocContext, speaker: string, actors: readonly string[]): boolean {
  const voice = ctx.entities.get(speaker);
  if (!speaksForState(voice)) return false;
  return actors.every((key) => {
    const info = ctx.entities.get(key);
    return info !== undefined && STATE_TYPES.has(info.type) && info.country === voice?.country;
  });
}

export function accuseFromClaims(ctx: DocContext, state: EventState): EventState {
  const accused = new Set(state.drafts.filter((d) => d.type === "ACCUSE").map((d) => d.sentence));
  const out: Draft[] = [];
  for (const d of state.drafts) {
    out.push(d);
    if (!hostileAct(d) || d.actors.length === 0 || accused.has(d.sentence) || d.followUp || d.anaphoric) continue;
    // (an attack being planned is an accusation too: "Soleimani is developing plans to attack")
    if (!happened(d) && !planned(ctx, d)) continue;
    const claim = state.claims.find((c) => c.speaker !== null && c.start <= d.head.start && d.head.end <= c.end);
    const quote = claim ? quoteAround(ctx, d.head.start, d.head.end) : undefined;
    if (!subjectOpens(ctx, d, quote ? tokenAt(ctx.tokens, quote.start) : null)) continue;
    const speaker = claim?.speaker;
    if (!speaker || d.actors.includes(speaker) || ownSide(ctx, speaker, d.actors)) continue;
    accused.add(d.sentence);
    out.push({
      ...d,
      ...unread(),
      hits: [d.head],
      type: "ACCUSE",
      mode: "accusation",
      cameo: CAMEO_ACCUSE,
      actors: [speaker],
      targets: [...d.actors],
      victim: null,
      crowd: null,
      distinct: false,
      about: d,
    });
  }
  return { ...state, drafts: out };
}
