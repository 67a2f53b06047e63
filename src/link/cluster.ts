/**
 * A merged event while it is being built: its mentions and the running summary of what
 * they say, which the rules compare a new mention against.
 */
import type { DayRange } from "./dates.js";
import { comparableToll, headWord, type MentionProfile } from "./profile.js";

export interface Cluster {
  id: number;
  family: string;
  members: MentionProfile[];
  /**
   * The profile the rules compare against (participants, place, mode, tolls) comes from
   * the firmly dated members only, once there is one: a mention that joined on weaker
   * evidence does not widen what later mentions may join through (no snowballing).
   */
  firm: number;
  actors: Set<string>;
  targets: Set<string>;
  locations: Set<string>;
  /** Stated single days, with how many mentions give each. */
  days: Map<number, number>;
  /** Every stated range (single days included). */
  ranges: DayRange[];
  modes: Set<string>;
  /**
   * Families of means every member that names its means agrees with (the intersection,
   * over all members, not only the firm ones): a rocket attack never joins an airstrike,
   * and "missiles" (air or ground) narrows to whichever its event turns out to be.
   */
  modeFamilies: Set<string>;
  series: boolean;
  fatalities: Set<number>;
  /** Telling victim nouns ("contractor") of every member. */
  victims: Set<string>;
  /** Sites any member says the act struck ("consulate"). */
  sites: Set<string>;
  /** How many attacks a series is told as ("11 attacks"), by any member. */
  counts: Set<number>;
  docs: Set<string>;
  /** Head words of the members that tell it in words of their own, not by referring back ("offensive", "sanction"). */
  words: Set<string>;
  /** The first day a speaker is stated to have told it as done (a member's `toldOn`), or null. */
  toldBy: number | null;
}

export function isSingleDay(range: DayRange | null): range is DayRange {
  return range !== null && range[0] === range[1];
}

export function newCluster(id: number, first: MentionProfile): Cluster {
  const c: Cluster = {
    id,
    family: first.family,
    members: [],
    actors: new Set(),
    targets: new Set(),
    locations: new Set(),
    days: new Map(),
    ranges: [],
    modes: new Set(),
    modeFamilies: new Set(),
    series: first.series,
    firm: 0,
    fatalities: new Set(),
    victims: new Set(),
    sites: new Set(),
    counts: new Set(),
    docs: new Set(),
    words: new Set(),
    toldBy: null,
  };
  addToCluster(c, first);
  return c;
}

/** A mention dated to a day or a month: it may shape the cluster's profile. */
export function isFirm(m: MentionProfile): boolean {
  return m.range !== null && m.range[1] - m.range[0] < FIRM_DAYS;
}

const FIRM_DAYS = 31;

/** Adds a mention to the summary (the cluster is the merger's private accumulator). */
export function addToCluster(c: Cluster, m: MentionProfile): void {
  c.members.push(m);
  if (!m.mention.anaphoric) c.words.add(headWord(m));
  c.series ||= m.series;
  if (m.range) {
    c.ranges.push(m.range);
    if (isSingleDay(m.range)) c.days.set(m.range[0], (c.days.get(m.range[0]) ?? 0) + 1);
  }
  c.docs.add(m.doc);
  if (m.toldOn !== null && (m.mention.modality === "asserted" || m.mention.modality === "alleged") && (c.toldBy === null || m.toldOn < c.toldBy)) c.toldBy = m.toldOn;
  if (m.mention.victim) c.victims.add(m.mention.victim);
  if (m.site) c.sites.add(m.site);
  if (m.series && m.mention.count !== null) c.counts.add(m.mention.count);
  if (m.modeFamilies.length > 0) {
    if (c.modeFamilies.size === 0) for (const f of m.modeFamilies) c.modeFamilies.add(f);
    else for (const f of [...c.modeFamilies]) if (!m.modeFamilies.includes(f)) c.modeFamilies.delete(f);
  }
  const firm = isFirm(m);
  if (!firm && c.firm > 0) return;
  if (firm && c.firm === 0) {
    for (const set of [c.actors, c.targets, c.locations, c.modes, c.fatalities]) set.clear();
  }
  if (firm) c.firm++;
  for (const a of m.actors) c.actors.add(a);
  for (const t of m.targets) c.targets.add(t);
  if (m.location) c.locations.add(m.location);
  if (m.modeHead) c.modes.add(m.modeHead);
  const toll = comparableToll(m);
  if (toll !== null) c.fatalities.add(toll);
}
