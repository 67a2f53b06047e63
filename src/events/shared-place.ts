/**
 * Step: one sentence, one scene. A report with no place of its own in a sentence that
 * places another event ("broke into the embassy compound after smashing a door,
 * prompting tear gas") happened there too: it takes the sentence's most precise place —
 * a facility named as another event's place or target, else a town, else a country —
 * when the sentence names exactly one such place. A retrospective mention ("after these
 * attacks"), the cause a retaliation answers, and a report the text dates to another
 * day ("in protest at the deaths ... in U.S. airstrikes on Sunday") point elsewhere and
 * keep none; a retrospective mention gives none either, and an act in a relative clause
 * ("visited Bucha, where troops killed hundreds") is not of the main clause's scene.
 */
import { candidatesBetween, type Candidate, type DocContext } from "./context.js";
import type { Draft, EventState } from "./state.js";
import { commaRelativeIn } from "./en/grammar.js";

const PRECISION: Partial<Record<string, number>> = { FACILITY: 3, PLACE: 2, COUNTRY: 1 };

function sceneOf(ctx: DocContext, drafts: readonly Draft[]): string | null {
  const first = drafts[0];
  const sentence = first ? ctx.sentences[first.sentence] : undefined;
  if (!sentence) return null;
  const typeOf = new Map<string, string>();
  for (const c of candidatesBetween(ctx, sentence.from, sentence.to) as Candidate[]) typeOf.set(c.key, c.type);
  const places = new Set<string>();
  for (const d of drafts) {
    if (d.location) places.add(d.location);
    for (const t of d.targets) if (typeOf.get(t) === "FACILITY") places.add(t);
  }
  const rank = (k: string) => PRECISION[typeOf.get(k) ?? ""] ?? 0;
  const best = Math.max(0, ...[...places].map(rank));
  if (best === 0) return null;
  const top = [...places].filter((k) => rank(k) === best);
  return top.length === 1 ? (top[0] ?? null) : null;
}

/** Two reports the text does not date apart ("on Tuesday" against "on Sunday"). */
function sameDay(a: Draft, b: Draft): boolean {
  if (a.dateSource !== "text" || b.dateSource !== "text") return true;
  return a.date === b.date;
}

export function shareSentencePlace(ctx: DocContext, state: EventState): EventState {
  const bySentence = new Map<number, Draft[]>();
  for (const d of state.drafts) {
    const list = bySentence.get(d.sentence);
    if (list) list.push(d);
    else bySentence.set(d.sentence, [d]);
  }
  const drafts = state.drafts.map((d) => {
    const segment = state.segments[d.segment];
    if (d.location || d.anaphoric || segment?.cue?.value.type === "RETALIATION") return d;
    // events of one kind told side by side ("airlifted a battalion to Kuwait and put troops
    // on standby") are different events, each with its own place
    // nor does one told in passing as a reference back ("blamed Russia for the shelling of Kharkiv") set the scene
    const others = (bySentence.get(d.sentence) ?? []).filter((o) => o === d || (o.type !== d.type && !o.anaphoric && sameDay(o, d)));
    // nor does a relative clause's act share the main clause's scene ("visited Bucha, where troops killed ...")
    if (commaRelativeIn(ctx.tokens, ctx.sentences[d.sentence]?.from ?? 0, d.head.from)) return d;
    if (others.length < 2) return d;
    const place = sceneOf(ctx, others);
    return place && !d.actors.includes(place) && !d.targets.includes(place) ? { ...d, location: place } : d;
  });
  return { ...state, drafts };
}
