/**
 * Step: a threat is force announced, not force used. "We will fight them all over Iraq",
 * "we will expel them from our country", said by a speaker, is no attack or expulsion
 * that happened: it is a THREATEN event of the speaker against those named, dated to
 * when it was said (not when the threatened act would come). Only a first-person
 * announcement ("we will", "I'll") inside a quote or a claim counts; a forecast about
 * others ("they will attack") stays a future report.
 */
import type { PloverType } from "../model/analysis.js";
import { quoteAround, type DocContext } from "./context.js";
import { FIRST_PERSON, FUTURE_AUX } from "./en/grammar.js";
import type { Draft, EventState } from "./state.js";

/** Events whose announcement is a threat of force (PLOVER THREATEN, CAMEO 13). */
const FORCEFUL: ReadonlySet<PloverType> = new Set(["ASSAULT", "FIGHT", "COERCE", "SANCTION", "MOBILIZE"]);
const CAMEO_THREATEN = "13";

/** "we will fight", "we will not hesitate to strike", "I'll destroy": a first-person future before the trigger. */
function announcedBySpeaker(ctx: DocContext, d: Draft): boolean {
  const floor = Math.max(0, d.head.from - 6);
  let will = false;
  for (let i = d.head.from - 1; i >= floor; i--) {
    const t = ctx.tokens[i];
    if (!t || (t.kind === "punct" && t.text !== "'")) return false;
    if (FUTURE_AUX.has(t.lower)) will = true;
    else if (FIRST_PERSON.has(t.lower)) return will;
  }
  return false;
}

function inSpeech(ctx: DocContext, state: EventState, d: Draft): { speaker: string | null; toldOn: string | null } | null {
  const claim = state.claims.find((c) => c.start <= d.head.start && d.head.end <= c.end);
  if (claim) return { speaker: claim.speaker, toldOn: claim.date ?? null };
  return quoteAround(ctx, d.head.start, d.head.end) ? { speaker: null, toldOn: null } : null;
}

/**
 * When a threat was made: the day its teller said it ("he said on Wednesday"); a time
 * inside the threat that reaches past the document's day ("in the coming days") is when
 * the threatened act would come, not the threat, and dates nothing.
 */
function threatDate(ctx: DocContext, d: Draft, toldOn: string | null): Pick<Draft, "date" | "datePrecision" | "dateText" | "dateSource"> {
  if (toldOn) return { date: toldOn, datePrecision: "day", dateText: null, dateSource: "text" };
  const published = ctx.published?.slice(0, 10) ?? null;
  const end = d.date?.split("/").pop() ?? null;
  const ahead = end !== null && published !== null && end.slice(0, 10) > published;
  if (ahead) return { date: null, datePrecision: null, dateText: null, dateSource: null };
  return { date: d.date, datePrecision: d.datePrecision, dateText: d.dateText, dateSource: d.dateSource };
}

export function announceThreats(ctx: DocContext, state: EventState): EventState {
  const drafts = state.drafts.map((d) => {
    if (d.modality !== "future" || !FORCEFUL.has(d.type) || !announcedBySpeaker(ctx, d)) return d;
    const speech = inSpeech(ctx, state, d);
    if (!speech) return d;
    // "we" is the speaker's side: the speaker makes the threat
    const actors = speech.speaker ? [speech.speaker] : [];
    return {
      ...d,
      type: "THREATEN" as const,
      mode: "threat of force",
      cameo: CAMEO_THREATEN,
      actors,
      targets: d.targets.filter((t) => !actors.includes(t)),
      modality: "asserted" as const,
      fatalities: null,
      injuries: null,
      ...threatDate(ctx, d, speech.toldOn),
    };
  });
  return { ...state, drafts };
}
