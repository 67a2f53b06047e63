/**
 * Step: the location of each draft — a place, facility or country after "in/at/near/on"
 * in its segment (for a deployment, also "to": where the troops are sent; for a retreat,
 * "from": where it leaves), or after such
 * a preposition and a phrase that introduces the name ("in the northern city of Kirkuk",
 * data/en/events/place-nouns.json). A country that modifies a noun ("on U.S. bases") says
 * whose, not where; one after "on" ("sanctions on Iran", "focused on Iran") says what
 * the act is on; one an act of saying is aimed at ("pointed the finger at Iran") is not
 * where it was said. A town that is the object of a violent verb ("shelled Kharkiv") is
 * where the violence was, and so is a town named before the event's noun ("the Kharkiv
 * strike"). Where a speaker spoke is not where the act they tell of was.
 */
import { findAll } from "./pattern.js";
import type { DocContext } from "./context.js";
import { PLACE_TYPES, candidatesBetween, type Candidate } from "./context.js";
import type { EventState, TriggerHit } from "./state.js";
import { HOSTILE, SPEECH } from "./kinds.js";
import { descriptorStart, heldCompound } from "./en/place-phrase.js";
import { commaRelativeIn, subordinateClauseAt } from "./en/grammar.js";

const PLACE_PREPS = new Set(["in", "at", "near", "on", "inside", "outside", "across", "throughout", "around", "over", "of", "to", "from"]);

/** Participles that place a speaker: "speaking in Tel Aviv", "talking to reporters in Kyiv". */
const SPEAKING = new Set(["speaking", "talking", "addressing", "briefing", "testifying", "writing"]);

function spokenAt(ctx: DocContext, c: Candidate): boolean {
  for (let j = c.from - 2; j >= Math.max(0, c.from - 5); j--) {
    const t = ctx.tokens[j];
    if (!t || t.kind === "punct") return false;
    if (SPEAKING.has(t.lower)) return true;
  }
  return false;
}

export function assignLocations(ctx: DocContext, state: EventState): EventState {
  const drafts = state.drafts.map((d) => {
    const seg = state.segments[d.segment];
    if (!seg) return d;
    const prep = new Map<Candidate, string>();
    for (const c of candidatesBetween(ctx, seg.from, seg.to)) {
      const p = placePrep(ctx, c) ?? (objectOfVerb(ctx, c, d.hits) ? "object" : sufferingSubject(c, d.head) ? "subject" : modifiesTrigger(c, d.hits) ? "modifier" : null);
      if (p !== null && c.to <= seg.to && PLACE_TYPES.has(c.type) && !c.anaphor && !d.actors.includes(c.key)) prep.set(c, p);
    }
    // "of" only names a place right after the trigger ("the siege of the embassy")
    // "to" names where troops are sent ("airlifted a battalion to Kuwait"), not where other events happen
    const usable = [...prep.keys()].filter((c) => {
      const p = prep.get(c);
      // "Kharkiv came under shelling": a town that suffers the act is where it happened
      if (p === "subject" && c.type !== "PLACE") return false;
      // "shelled Kharkiv": a town (not a country, not a building) a violent act is done to is where it is done
      if (p === "object" && (c.type !== "PLACE" || !HOSTILE.has(d.type))) return false;
      // "the Kharkiv strike": a town (not a country: "US strikes" says whose) before the event's noun says where
      if (p === "modifier" && c.type === "COUNTRY") return false;
      if (p === "of" && (c.from < d.head.to || c.from - d.head.to > 3)) return false;
      if (p === "to" && (d.type !== "MOBILIZE" || c.from < d.head.to)) return false;
      // "withdrawal from the besieged town of Gorazde": where a retreat leaves, not where other events come from
      if (p === "from" && (d.type !== "RETREAT" || c.from < d.head.to)) return false;
      // "focused on Iran", "sanctions on Iran": a country after "on" is what the act is on, not where
      if (p === "on" && c.type === "COUNTRY") return false;
      // "pointed the finger at Iran": the country an act of saying is aimed at is not where it was said
      if (c.type === "COUNTRY" && d.targets.includes(c.key) && SPEECH.has(d.type)) return false;
      // "Biden, speaking in Tel Aviv, said the explosion ...": where a speaker spoke is not
      // where the act they speak of happened
      if (spokenAt(ctx, c)) return false;
      return !modifiesNoun(ctx, c);
    });
    // "sent troops to the border as Zelensky blamed Russia for the shelling of Kharkiv": not
    // the places of a clause of time or reason after the trigger
    let clauseEnd = d.head.to;
    while (clauseEnd < seg.to && !subordinateClauseAt(ctx.tokens, clauseEnd)) clauseEnd++;
    const after = usable.filter((c) => c.from >= d.head.to && c.from < clauseEnd);
    // ("arrived in Kyiv and visited Bucha, where troops killed hundreds": not the main clause's place)
    // (unless the clause is about the place itself: "Gaza, which Israel bombed")
    const before = usable.filter((c) => c.from < d.head.from && !commaRelativeIn(ctx.tokens, c.to + 1, d.head.from));
    const named = usable.filter((c) => prep.get(c) === "modifier");
    const pick = pinned(after.length > 0 ? [...named, ...after] : before.slice(-1));
    if (pick && pick.type === "COUNTRY" && coordinatedCountry(ctx, pick)) return d;
    if (!pick) return d;
    // a deployment's destination is where it goes, not whom it is against
    const targets = prep.get(pick) === "to" ? d.targets.filter((t) => t !== pick.key) : d.targets;
    return { ...d, location: pick.key, targets };
  });
  return { ...state, drafts };
}

/** "in central Kyiv", "shelled northern Kharkiv": where the phrase starting at token `i` starts, words of where taken in. */
function adjectivesBefore(ctx: DocContext, i: number): number {
  let j = i;
  // "in Indian-administered Kashmir": who holds the place is no word of where, but stands between
  if (heldCompound(ctx.lexicon, ctx.tokens[j - 1])) j--;
  while (j > 0 && j > i - 2 && ctx.lexicon.placeAdjectives.has(ctx.tokens[j - 1]?.lower ?? "")) j--;
  return j;
}

/** "shelled Kharkiv", "attacked the town of Bukavu": the place is the object of one of the draft's verbs. */
function objectOfVerb(ctx: DocContext, c: Candidate, hits: readonly TriggerHit[]): boolean {
  let i = adjectivesBefore(ctx, descriptorStart(ctx, c.from));
  if (ctx.tokens[i - 1]?.lower === "the") i--;
  return hits.some((h) => h.pos === "verb" && !h.passive && h.to === i);
}

/** "the Kharkiv strike", "Kashmir attack": the name right before one of the draft's nouns. */
function modifiesTrigger(c: Candidate, hits: readonly TriggerHit[]): boolean {
  return hits.some((h) => h.pos === "noun" && h.from === c.to);
}

/** "Kharkiv came under fire": the place right before a phrase whose subject suffers the act. */
function sufferingSubject(c: Candidate, head: TriggerHit): boolean {
  return head.group.subject === "target" && c.to === head.from;
}

/**
 * The preposition that introduces a place, right before it or before its article ("at
 * the Iraqi Syrian border", when the place's name does not take the article in).
 */
function placePrep(ctx: DocContext, c: Candidate): string | null {
  let i = adjectivesBefore(ctx, descriptorStart(ctx, c.from)) - 1;
  if (ctx.tokens[i]?.lower === "the") i--;
  let w = ctx.tokens[i]?.lower ?? "";
  // "outside of the city", "inside of the compound"
  const before = ctx.tokens[i - 1]?.lower ?? "";
  if (w === "of" && (before === "outside" || before === "inside")) w = before;
  if (w === "of") w = partPrep(ctx, i) ?? w;
  return PLACE_PREPS.has(w) ? w : null;
}

/** Words a part's phrase may hold before its noun ("over | a burning | outbuilding of"). */
const PART_PHRASE_WORDS = 3;

/**
 * "in the courtyard of the embassy", "over a burning outbuilding of the US embassy": the
 * preposition of place before a part of a compound (data/en/events/place-nouns.json)
 * whose "of" is at token `of`, or null.
 */
function partPrep(ctx: DocContext, of: number): string | null {
  const part = findAll(ctx.lexicon.facilityParts, ctx.tokens, Math.max(0, of - 2), of).find((h) => h.to === of);
  if (!part) return null;
  for (let j = part.from - 1; j >= Math.max(0, part.from - 1 - PART_PHRASE_WORDS); j--) {
    const t = ctx.tokens[j];
    if (!t || t.kind !== "word") return null;
    if (t.lower !== "of" && PLACE_PREPS.has(t.lower)) return t.lower;
  }
  return null;
}

/**
 * The place a clause pins the event to: the first town or facility, else its one
 * country. Places in two or more countries and nothing finer ("struck targets in Iraq
 * and Syria") pin it nowhere: the event then takes its place from other reports.
 */
function pinned(places: readonly Candidate[]): Candidate | null {
  const finer = places.find((c) => c.type !== "COUNTRY");
  if (finer) return finer;
  return new Set(places.map((c) => c.key)).size === 1 ? (places[0] ?? null) : null;
}

/** "in Iraq and Syria", "Iraq or Syria": a country listed with another one. */
function coordinatedCountry(ctx: DocContext, c: Candidate): boolean {
  const joiner = ctx.tokens[c.to]?.lower ?? "";
  if (joiner !== "and" && joiner !== "or") return false;
  const next = candidatesBetween(ctx, c.to + 1, c.to + 2)[0];
  return next !== undefined && next.type === "COUNTRY" && next.key !== c.key;
}

const PHRASE_END = new Set(["and", "or", "but", "on", "in", "at", "near", "of", "to", "for", "from", "with", "by", "as", "after", "before", "since", "when", "while", "that", "which", "who", "is", "was", "were", "are", "has", "had", "have", "said", "says"]);

/** "on U.S. bases", "at Iraqi bases": a country naming whose bases, not where. */
function modifiesNoun(ctx: DocContext, c: Candidate): boolean {
  if (c.type !== "COUNTRY") return false;
  const next = ctx.tokens[c.to];
  // a plural common noun right after it ("bases", "troops"); not "in Iraq yesterday"
  return !!next && next.kind === "word" && /^\p{Ll}\p{Ll}{2,}s$/u.test(next.text) && !next.lower.endsWith("ss") && !PHRASE_END.has(next.lower);
}
