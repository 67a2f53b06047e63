/**
 * Merged events as the interchange format writes them. The event's date is the most
 * specific date the most sources state; each mention keeps its own date, numbers and
 * speaker, so nothing a source said is lost.
 */
import type { DatePrecision, PloverType } from "../model/analysis.js";
import type { XEvent, XEventMention } from "../model/interchange.js";
import type { Cluster } from "./cluster.js";
import type { EntityTable } from "./entity-table.js";
import { comparableToll, type MentionProfile } from "./profile.js";
import { isoOfDay } from "./dates.js";

export interface BuiltEvents {
  events: XEvent[];
  /** Merged events in the same order as `events`, with their members sorted. */
  clusters: { id: string; members: MentionProfile[] }[];
  /** "docId#eventIndex" → event id. */
  eventOf: Map<string, string>;
}

export const mentionKey = (doc: string, index: number): string => `${doc}#${index}`;

function byPosition(a: MentionProfile, b: MentionProfile): number {
  return a.docOrder - b.docOrder || a.mention.start - b.mention.start || a.seq - b.seq;
}

/** Ranks keys by how many members name them, ties by first appearance. */
function ranked(members: readonly MentionProfile[], pick: (m: MentionProfile) => readonly string[]): string[] {
  const count = new Map<string, number>();
  for (const m of members) for (const k of new Set(pick(m))) count.set(k, (count.get(k) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
}

/** How precisely a kind of place pins an event down (ACLED's geo-precision idea). */
const PLACE_PRECISION: Partial<Record<string, number>> = { FACILITY: 3, PLACE: 2, COUNTRY: 1 };

/**
 * The event's place: the most precise place its article reports state (a facility or town
 * over a country); reader comments only decide for events no article reports. Ties go to
 * the most-reported place. So a report listing places in two countries ("in Iraq and
 * Syria") does not pin an event to one of them when another report gives the border
 * area or a town.
 */
function bestLocation(members: readonly MentionProfile[], table: EntityTable): string | null {
  const reported = members.some((m) => !m.comment);
  const pool = reported ? members.filter((m) => !m.comment) : members;
  const counted = ranked(pool, (m) => (m.location ? [m.location] : []));
  if (counted.length === 0) return null;
  const precision = (k: string) => PLACE_PRECISION[table.typeOf(k) ?? ""] ?? 0;
  const best = Math.max(...counted.map(precision));
  return counted.find((k) => precision(k) === best) ?? null;
}

function span(values: readonly number[]): { min: number; max: number } | null {
  if (values.length === 0) return null;
  return { min: Math.min(...values), max: Math.max(...values) };
}

function bestDate(members: readonly MentionProfile[]): { date: string | null; precision: DatePrecision | null } {
  const stated = members.filter((m) => m.range !== null && m.mention.date);
  const pool = stated.length > 0 ? stated : members.filter((m) => m.mention.date);
  if (pool.length === 0) return { date: null, precision: null };
  return bestOf(pool);
}

/** No source dates it: the earliest day it was told (a dated statement, else its publication) stands in (flagged). */
function inferredDate(members: readonly MentionProfile[]): string | null {
  let best: number | null = null;
  for (const m of members) {
    // the day a speaker told it, when stated, is nearer than the day the document was written
    const told = m.toldOn ?? m.published;
    if (told !== null && (best === null || told < best)) best = told;
  }
  return best === null ? null : isoOfDay(best);
}

function bestOf(pool: readonly MentionProfile[]): { date: string | null; precision: DatePrecision | null } {
  const width = (m: MentionProfile): number => (m.range ? m.range[1] - m.range[0] : Number.MAX_SAFE_INTEGER);
  const narrowest = Math.min(...pool.map(width));
  const support = new Map<string, { docs: Set<string>; n: number; first: number; m: MentionProfile }>();
  for (const m of pool) {
    if (width(m) !== narrowest) continue;
    const raw = m.mention.date!;
    const v = /^\d{4}-\d{2}-\d{2}T/.test(raw) ? raw.slice(0, 10) : raw;
    const s = support.get(v) ?? { docs: new Set<string>(), n: 0, first: m.seq, m };
    s.docs.add(m.doc);
    s.n++;
    support.set(v, s);
  }
  const [value, s] = [...support.entries()].sort(
    (a, b) => b[1].docs.size - a[1].docs.size || b[1].n - a[1].n || a[0].localeCompare(b[0]),
  )[0]!;
  return { date: value, precision: s.m.precision ?? s.m.mention.datePrecision };
}

function toXMention(m: MentionProfile, table: EntityTable): XEventMention {
  const e = m.mention;
  const out: XEventMention = {
    doc: m.doc,
    start: e.start,
    end: e.end,
    text: e.text,
    dateText: e.dateText,
    fatalities: e.fatalities,
    assertedBy: table.idOf(e.assertedBy),
    modality: e.modality,
    trigger: e.trigger.text,
    date: e.date,
    injuries: e.injuries,
    count: e.count,
  };
  if (e.crowd) out.crowd = e.crowd;
  if (e.ownSide) out.ownSide = true;
  if (m.comment) out.comment = true;
  return out;
}

export function buildEvents(clusters: readonly Cluster[], table: EntityTable): BuiltEvents {
  const sorted = clusters
    .map((c) => [...c.members].sort(byPosition))
    .sort((a, b) => byPosition(a[0]!, b[0]!));
  const events: XEvent[] = [];
  const out: BuiltEvents["clusters"] = [];
  const eventOf = new Map<string, string>();
  sorted.forEach((members, i) => {
    const id = `v${i + 1}`;
    // what the event is, who took part and when: as the articles report it; readers'
    // comments only decide for an event no article reports (their mentions stay listed)
    const reported = members.some((m) => !m.comment) ? members.filter((m) => !m.comment) : members;
    // the type the specific reports give ("stormed", "siege"), before generic ones ("attack")
    const specific = reported.filter((m) => m.mention.mode !== null);
    const types = ranked(specific.length > 0 ? specific : reported, (m) => [m.type]) as PloverType[];
    const modes = ranked(reported, (m) => (m.mention.mode ? [m.mention.mode] : []));
    const actors = ranked(reported, (m) => m.actors);
    const targets = ranked(reported, (m) => m.targets).filter((t) => !actors.includes(t));
    const location = bestLocation(members, table);
    const stated = bestDate(reported);
    const fallback = stated.date === null ? inferredDate(reported) : null;
    const date = stated.date ?? fallback;
    const precision = stated.date !== null ? stated.precision : fallback !== null ? "day" : null;
    const num = (pick: (m: MentionProfile) => number | null): number[] =>
      members.map(pick).filter((n): n is number => n !== null);
    const sources = [...new Set(members.map((m) => m.doc))];
    const ids = (keys: readonly string[]): string[] => [...new Set(keys.map((k) => table.idOf(k)).filter((x): x is string => x !== null))];
    events.push({
      id,
      type: types[0]!,
      mode: modes[0] ?? null,
      date,
      datePrecision: precision,
      actors: ids(actors),
      targets: ids(targets),
      location: table.idOf(location),
      // one side's own losses stand apart from the toll of the dead the others count, if any
      fatalities: span(num(members.some((m) => comparableToll(m) !== null) ? comparableToll : (m) => m.mention.fatalities)),
      sources,
      mentions: members.map((m) => toXMention(m, table)),
      cameo: members.find((m) => m.mention.cameo)?.mention.cameo ?? null,
      injuries: span(num((m) => m.mention.injuries)),
      count: span(num((m) => m.mention.count)),
      numSources: sources.length,
      numMentions: members.length,
      disputed: false,
      ...(fallback !== null ? { dateInferred: true } : {}),
    });
    out.push({ id, members });
    for (const m of members) eventOf.set(mentionKey(m.doc, m.mention.index), id);
  });
  return { events, clusters: out, eventOf };
}
