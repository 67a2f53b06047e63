/**
 * Turns drafts into EventMentions (indexed in text order), ties each event to the claim
 * whose content holds its trigger, or else its toll (assertedBy, claim; a hedged claim makes an asserted
 * event "alleged"), gives each claim its first event, and resolves relation ends to
 * indices.
 */
import type { Claim, EventMention, LocalRelation } from "../model/analysis.js";
import type { DocContext } from "./context.js";
import type { Draft, EventState } from "./state.js";

export interface EventOutput {
  events: EventMention[];
  claims: Claim[];
  relations: LocalRelation[];
}

function claimOf(claims: Claim[], at: { start: number; end: number }): number {
  let best = -1;
  claims.forEach((c, i) => {
    if (at.start >= c.start && at.end <= c.end) {
      const cur = claims[best];
      if (!cur || c.end - c.start < cur.end - cur.start) best = i;
    }
  });
  return best;
}

export function finalize(ctx: DocContext, state: EventState): EventOutput {
  const drafts = [...state.drafts].sort((a, b) => a.head.start - b.head.start || a.head.end - b.head.end);
  const index = new Map<Draft, number>();
  const claims = state.claims.map((c) => ({ ...c }));
  const events: EventMention[] = drafts.map((d, i) => {
    index.set(d, i);
    // "condemned the strikes and said 16 people were killed": a toll told inside a claim
    // is the speaker's, though the act's own word stands outside it
    const byWord = claimOf(claims, d.head);
    const ci = byWord >= 0 || d.tollAt === undefined ? byWord : claimOf(claims, { start: d.tollAt, end: d.tollAt + 1 });
    const claim = claims[ci];
    if (claim && claim.event === null) claim.event = i;
    const modality = claim?.hedged && d.modality === "asserted" ? "alleged" : d.modality;
    return {
      index: i,
      start: d.start,
      end: d.end,
      text: ctx.text.slice(d.start, d.end),
      trigger: { start: d.head.start, end: d.head.end, text: ctx.text.slice(d.head.start, d.head.end) },
      type: d.type,
      mode: d.mode,
      cameo: d.cameo,
      actors: d.actors,
      targets: d.targets,
      location: d.location,
      date: d.date,
      datePrecision: d.datePrecision,
      dateText: d.dateText,
      dateSource: d.dateSource,
      fatalities: d.fatalities,
      injuries: d.injuries,
      count: d.count,
      ...(d.crowd ? { crowd: d.crowd } : {}),
      weapon: d.weapon,
      modality,
      assertedBy: claim?.speaker ?? null,
      claim: claim ? ci : null,
      anaphoric: d.anaphoric,
      ...(d.distinct ? { distinct: true } : {}),
      ...(d.ongoing ? { ongoing: true } : {}),
      ...(d.committed ? { committed: true } : {}),
      ...(d.wanted ? { wanted: true } : {}),
      ...(d.victim ? { victim: d.victim } : {}),
      ...(d.ownSide ? { ownSide: true } : {}),
    };
  });
  // (steps after the one that set it may have replaced the draft it points to: found by its words)
  const headKey = (d: Draft): string => `${d.head.start}:${d.head.end}:${d.type}`;
  const byHead = new Map(drafts.map((d, i) => [headKey(d), i]));
  drafts.forEach((d, i) => {
    const same = d.sameAs ? (index.get(d.sameAs) ?? byHead.get(headKey(d.sameAs))) : undefined;
    if (same !== undefined && same !== i) (events[i] as EventMention).sameAs = same;
  });
  const relations: LocalRelation[] = [];
  for (const r of state.relations) {
    const from = index.get(r.from);
    const to = index.get(r.to);
    if (from === undefined || to === undefined || from === to) continue;
    if (relations.some((x) => x.from === from && x.to === to)) continue;
    const holder = claims.find((c) => r.evidence.start >= c.start && r.evidence.end <= c.end);
    relations.push({ type: r.type, from, to, cue: r.cue, evidence: r.evidence, assertedBy: holder?.speaker ?? null, ...(r.implied ? { implied: true } : {}) });
  }
  return { events, claims, relations };
}
