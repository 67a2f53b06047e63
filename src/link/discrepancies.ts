/**
 * Where the mentions of one merged event disagree — different documents, or different
 * speakers in one document — every source's value is listed with its span. Nothing is
 * averaged; for numbers the conservative figure is the lowest stated (ACLED practice).
 * Who each source holds responsible includes its accusations about the event ("Zelensky
 * blamed Russia for the strike").
 */
import type { DiscrepancyAttribute, XDiscrepancy, XDiscrepancyValue } from "../model/interchange.js";
import type { Affinity } from "./affinity.js";
import type { EntityTable } from "./entity-table.js";
import { comparableToll, type MentionProfile } from "./profile.js";

interface Observation {
  voice: string;
  value: XDiscrepancyValue;
  /** What is compared: a number, a day, or participant keys. */
  keys: string[];
  denied: boolean;
}

interface Attribute {
  name: DiscrepancyAttribute;
  numeric: boolean;
  observe(m: MentionProfile, table: EntityTable): { value: string | number; keys: string[] } | null;
  /** Do two observations from different voices disagree? */
  differ(a: Observation, b: Observation, affinity: Affinity, table: EntityTable): boolean;
  /** For values that are not numbers themselves: the conservative figure. */
  conservative?: (obs: readonly Observation[]) => number;
}

/**
 * "inside Pakistan" and "near Balakot", a place too small for the gazetteer: a place whose
 * country is unknown may well lie in the country the other names; no dispute can be told.
 * Nor can it for a site whose town is unknown and a town: "Kabul airport" and "Kabul".
 */
function unplaced(keys: readonly string[], others: readonly string[], table: EntityTable): boolean {
  const unknown = keys.every((k) => table.typeOf(k) !== "COUNTRY" && table.countryOf(k) === null);
  if (!unknown) return false;
  if (others.every((k) => table.typeOf(k) === "COUNTRY")) return true;
  return keys.every((k) => table.typeOf(k) === "FACILITY") && others.every((k) => table.typeOf(k) === "PLACE" || table.typeOf(k) === "COUNTRY");
}

const differentValue = (a: Observation, b: Observation): boolean => a.value.value !== b.value.value;
const names = (keys: readonly string[], table: EntityTable): string =>
  keys.map((k) => table.nameOfId(table.idOf(k) ?? k)).join(" + ");

/** Statements: their actor is who said them, not a perpetrator the sources may dispute. */
const STATEMENTS: ReadonlySet<string> = new Set(["ACCUSE", "DISAPPROVE", "DEMAND", "THREATEN", "REJECT", "SUPPORT", "AGREE", "CONSULT"]);

const ATTRIBUTES: readonly Attribute[] = [
  {
    name: "fatalities",
    numeric: true,
    observe: (m) => {
      const toll = comparableToll(m);
      return toll === null ? null : { value: toll, keys: [] };
    },
    differ: differentValue,
  },
  {
    name: "date",
    numeric: false,
    observe: (m) =>
      m.range && m.range[0] === m.range[1] && m.mention.dateSource === "text" && m.mention.date
        ? { value: m.mention.date.slice(0, 10), keys: [] }
        : null,
    differ: differentValue,
  },
  {
    name: "perpetrator",
    numeric: false,
    observe: (m, table) =>
      m.actors.length === 0
        ? null
        : { value: names(m.actors, table) + (m.mention.modality === "denied" ? " (denied)" : ""), keys: m.actors },
    // a president and his state's military are one side, not a dispute
    differ: (a, b, affinity) => a.denied !== b.denied || !affinity.sameSide(a.keys, b.keys),
  },
  {
    // how many attacks a series had ("17 such attacks", "11 rocket attacks")
    name: "count",
    numeric: true,
    observe: (m) => (m.mention.count === null ? null : { value: m.mention.count, keys: [] }),
    differ: differentValue,
  },
  {
    // how many took part in a protest ("thousands of supporters", "dozens"): the words as
    // stated; the conservative figure is the least number they mean
    name: "count",
    numeric: false,
    observe: (m) => (m.mention.crowd ? { value: m.mention.crowd.text, keys: [String(m.mention.crowd.atLeast)] } : null),
    differ: (a, b) => a.keys[0] !== b.keys[0],
    conservative: (obs) => Math.min(...obs.map((o) => Number(o.keys[0]))),
  },
  {
    name: "location",
    numeric: false,
    observe: (m, table) => (m.location === null ? null : { value: names([m.location], table), keys: [m.location] }),
    differ: (a, b, affinity, table) => !affinity.overlaps(a.keys, b.keys) && !unplaced(a.keys, b.keys, table) && !unplaced(b.keys, a.keys, table),
  },
];

/**
 * "struck cities across Ukraine ... explosions in Lviv ... struck central Kyiv", and
 * another source's "my street in Kyiv": a source that names several places for one event
 * tells where it happened by all of them, so each of its observations is compared by the
 * finest places it names (a country is dropped for a place inside it). Two sources
 * disagree on where only when no place of one is compatible with a place of the other.
 */
function placesByVoice(obs: Observation[], affinity: Affinity, table: EntityTable): void {
  const byVoice = new Map<string, Set<string>>();
  for (const o of obs) {
    const set = byVoice.get(o.voice) ?? new Set<string>();
    for (const k of o.keys) set.add(k);
    byVoice.set(o.voice, set);
  }
  const finest = new Map<string, string[]>();
  for (const [voice, keys] of byVoice) {
    const all = [...keys];
    const inner = all.filter((k) => table.typeOf(k) !== "COUNTRY" || !all.some((x) => x !== k && table.typeOf(x) !== "COUNTRY" && affinity.overlaps([k], [x])));
    finest.set(voice, inner);
  }
  for (const o of obs) o.keys = finest.get(o.voice) ?? o.keys;
}

/**
 * "Zelensky blamed Russia for the strike": an accusation a document links to the event
 * names its perpetrator as the accuser sees it. The accusation's mention stands for the
 * perpetrator it names, told by its accuser.
 */
function asPerpetratorReport(a: MentionProfile): MentionProfile | null {
  if (a.targets.length === 0) return null;
  return { ...a, actors: a.targets, targets: [], speaker: a.actors[0] ?? a.speaker, mention: { ...a.mention, modality: "asserted" } };
}

export function findDiscrepancies(
  event: string,
  members: readonly MentionProfile[],
  table: EntityTable,
  affinity: Affinity,
  accusations: readonly MentionProfile[] = [],
): XDiscrepancy[] {
  const out: XDiscrepancy[] = [];
  const blamed = accusations.map(asPerpetratorReport).filter((x): x is MentionProfile => x !== null);
  for (const attr of ATTRIBUTES) {
    const obs: Observation[] = [];
    const seen = new Set<string>();
    // (who made a statement is who said it: two accusers of one culprit are two voices, not a dispute)
    for (const m of attr.name === "perpetrator" ? [...members.filter((x) => !STATEMENTS.has(x.type)), ...blamed] : members) {
      const o = attr.observe(m, table);
      if (!o) continue;
      const speaker = table.idOf(m.speaker);
      const voice = `${m.doc}|${speaker ?? ""}`;
      const dedupe = `${voice}|${o.value}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      obs.push({
        voice,
        keys: o.keys,
        denied: m.mention.modality === "denied",
        value: { doc: m.doc, value: o.value, start: m.mention.start, end: m.mention.end, text: m.mention.text, speaker },
      });
    }
    if (new Set(obs.map((o) => o.voice)).size < 2) continue;
    if (attr.name === "location") placesByVoice(obs, affinity, table);
    // Two voices disagree unless every pair agrees; the pair scan is capped for huge events.
    const sample = obs.slice(0, 200);
    const disputed = sample.some((a, i) => sample.some((b, j) => j > i && a.voice !== b.voice && attr.differ(a, b, affinity, table)));
    if (!disputed) continue;
    const d: XDiscrepancy = { event, attribute: attr.name, values: obs.map((o) => o.value) };
    if (attr.numeric) d.conservative = Math.min(...obs.map((o) => Number(o.value.value)));
    else if (attr.conservative) d.conservative = attr.conservative(obs);
    out.push(d);
  }
  return out;
}
