/**
 * Same type family (ASSAULT ~ FIGHT; a reference back to a protest may be a storming); a
 * series ("11 attacks") never joins a single-day attack, nor a single-day attack a
 * series; a report joins a series only when it tells of several attacks ("these
 * attacks", "took shots at"), not one ("a rocket attack"), and only through the same
 * target (or, referring back and naming none, the same attacker); what is only
 * threatened or imagined (future, hypothetical) never joins what happened, unless it is
 * an act undertaken that its own document tells done, or a meeting announced for the day
 * it was held; and attacks whose means share no family (a rocket attack, an airstrike)
 * are different. A toll over several days that names no one is no single-day attack's
 * toll.
 */
import type { Modality } from "../../model/analysis.js";
import type { Cluster } from "../cluster.js";
import { protestReference, type MentionProfile } from "../profile.js";
import type { MergeRule } from "./rule.js";

const irrealis = (m: Modality): boolean => m === "future" || m === "hypothetical";

/**
 * "If the protest continued", told after a storming that some reports call a protest:
 * a reference back to a protest may mean a storming whose reports include a protest.
 */
function mayBeTheStorming(m: MentionProfile, c: Cluster): boolean {
  return protestReference(m) && c.members.some((x) => x.type === "PROTEST");
}

/**
 * "Kataib Hezbollah agreed to end the siege", in a report that also tells the siege
 * ended: an act undertaken and the act done, told by one document, are one event.
 */
function fulfilled(m: MentionProfile, c: Cluster): boolean {
  const done = (x: MentionProfile): boolean => !irrealis(x.mention.modality);
  if (m.mention.committed) return c.members.some((x) => x.doc === m.doc && done(x));
  return done(m) && c.members.every((x) => x.mention.committed && x.doc === m.doc);
}

/**
 * "The bloc would meet in Abuja on Thursday", told by one source, and "leaders meeting in
 * Abuja on Thursday ordered ...", told by another: a meeting announced for a day is the
 * meeting held that day.
 */
function scheduled(m: MentionProfile, c: Cluster): boolean {
  if (m.type !== "CONSULT" || !c.members.every((x) => x.type === "CONSULT")) return false;
  return m.range !== null && m.range[0] === m.range[1] && c.days.has(m.range[0]);
}

/** A toll stated over a stretch of several days by a report that names no one and no place. */
function aggregateToll(m: MentionProfile): boolean {
  return m.bare && typeof m.mention.fatalities === "number" && m.range !== null && m.range[1] - m.range[0] >= 2;
}

export const kindRule: MergeRule = {
  name: "kind",
  judge(m, c, { affinity }) {
    if (m.family !== c.family && !mayBeTheStorming(m, c)) return null;
    // a series ("11 attacks") is no single-day attack; an undated or loosely dated report
    // ("these attacks", "took shots at U.S. bases") may be part of one
    if (m.series !== c.series) {
      if (m.series && c.days.size > 0) return null;
      if (c.series && m.range !== null && m.range[0] === m.range[1]) return null;
      // one attack ("a rocket attack on a US base") is told as one, not as the campaign
      if (c.series && !m.several) return null;
      // a campaign is against someone: a report joins it only through the same target, or,
      // referring back and naming none, through the same attacker ("Iran has been carrying
      // out these attacks")
      const sameAttacker = m.mention.anaphoric && m.targets.length === 0 && affinity.overlaps(m.actors, c.actors);
      if (!affinity.overlaps(m.targets, c.targets) && !sameAttacker) return null;
    }
    // "97 civilians had been killed since Saturday", naming no one: a toll over several
    // days counts a conflict's dead, not those of one attack on one day
    if (aggregateToll(m) && c.days.size > 0 && !c.series) return null;
    // a cluster is of what happened once any of its reports tells it done
    const unreal = c.members.every((x) => irrealis(x.mention.modality));
    if (irrealis(m.mention.modality) !== unreal && !fulfilled(m, c) && !scheduled(m, c)) return null;
    if (m.modeFamilies.length > 0 && c.modeFamilies.size > 0 && !m.modeFamilies.some((f) => c.modeFamilies.has(f))) return null;
    return { score: 0 };
  },
};
