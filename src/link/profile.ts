/**
 * An event mention as the merger sees it: canonical participant keys, the days its date
 * allows, and the details (numbers, mode) that tell events apart.
 */
import type { DatePrecision, EventMention, PloverType } from "../model/analysis.js";
import { dayRange, precisionOfRange, type DayRange } from "./dates.js";
import type { EntityTable } from "./entity-table.js";
import type { ModeFamilies } from "./en/modes.js";
import type { SiteReader } from "./en/sites.js";
import type { LinkDocument } from "./types.js";

export interface MentionProfile {
  /** Position in the corpus-wide list (documents in input order, then mention order). */
  seq: number;
  doc: string;
  docOrder: number;
  comment: boolean;
  mention: EventMention;
  type: PloverType;
  family: string;
  /** Days the stated date allows, or null when the text states none. */
  range: DayRange | null;
  precision: DatePrecision | null;
  /** The document's own date, as a day number, or null. */
  published: number | null;
  /**
   * The day its speaker told it, when the text dates the telling ("“They killed our
   * brothers,” he said on Wednesday", "said on Saturday it had killed"): what was told as
   * done happened by then. Null otherwise.
   */
  toldOn: number | null;
  actors: string[];
  targets: string[];
  location: string | null;
  /** Normalised head of the mode ("airstrike", "rocket"), or null. */
  modeHead: string | null;
  /** Families of means the mode and weapon name ("air", "indirect"); empty when generic. */
  modeFamilies: string[];
  series: boolean;
  /** Reports several attacks: a series, or a plural in the trigger ("revenge attacks", "took shots at"). */
  several: boolean;
  /** Canonical key of who the document attributes the report to. */
  speaker: string | null;
  /** Nothing names a participant or a place. */
  bare: boolean;
  /** The document states it as the cause of another event it tells ("in retaliation for the strikes"). */
  cause: boolean;
  /** The site the report says the act struck ("consulate" in "the bombing of its consulate"), or null. */
  site: string | null;
}

/**
 * The toll a mention gives of the dead other reports count, or null: one side's own losses
 * ("Baku says 192 of its soldiers died") are no count of the same dead as another toll.
 */
export function comparableToll(m: MentionProfile): number | null {
  return m.mention.ownSide ? null : m.mention.fatalities;
}

/** Type families: types whose mentions may describe one event (an embassy storming and "the attack on the embassy"). */
export function typeFamily(type: PloverType, mode: string | null = null, atFacility = false): string {
  // storming a compound is reported as a protest by some and as an attack by others, and
  // "the protests at the embassy" may be either
  if (type === "PROTEST" && (mode === "storming" || atFacility)) return "ASSAULT";
  // setting fire to a compound's gate is force against it, as a storming is
  if (type === "COERCE" && mode === "destruction" && atFacility) return "ASSAULT";
  return type === "FIGHT" ? "ASSAULT" : type;
}

/** "The protest", told with nothing more: a reference back that may mean a storming its document told. */
export function protestReference(m: MentionProfile): boolean {
  return m.type === "PROTEST" && m.mention.anaphoric;
}

/** A word without its plural "s" ("attacks" → "attack"; "press", "gas" stay). */
export function singular(word: string): string {
  return word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}

/** The trigger's last word, lower case, without a plural "s": "air attacks" → "attack". */
export function headWord(m: MentionProfile): string {
  const words = m.mention.trigger.text.toLowerCase().split(/\s+/);
  return singular(words[words.length - 1] ?? "");
}

/** "rocket attacks" → "rocket", "air strikes" → "airstrike"; null when only generic words ("attack"). */
export function modeHead(mode: string | null): string | null {
  if (!mode) return null;
  const words = mode
    .toLowerCase()
    .replace(/[^a-z\s-]/g, " ")
    .replace(/\bair[\s-]strike/g, "airstrike")
    .replace(/\bdrone[\s-]strike/g, "dronestrike")
    .split(/[\s-]+/)
    .filter(Boolean)
    .map(singular);
  const generic = new Set(["attack", "strike", "assault", "fire", "the", "a", "an", "of", "on"]);
  return words.find((w) => !generic.has(w)) ?? null;
}

function unique(keys: readonly string[], table: EntityTable): string[] {
  const out: string[] = [];
  for (const k of keys) {
    const c = table.canonical(k);
    if (table.idOf(c) !== null && !out.includes(c)) out.push(c);
  }
  return out;
}

/**
 * The dates a mention states, as a day range: its own date when a time expression gave
 * it; for a headline's news, the publication day and the `headlineDays` before it (a
 * headline tells what just happened); none when the date only fell back to publication.
 */
function statedRange(m: EventMention, pub: DayRange | null, headlineDays: number): DayRange | null {
  if (m.dateSource === "headline") return pub ? [pub[0] - headlineDays, pub[0]] : null;
  return m.dateSource !== "document" ? dayRange(m.date) : null;
}

export function profileMentions(docs: readonly LinkDocument[], table: EntityTable, families: ModeFamilies, headlineDays: number, sites: SiteReader): MentionProfile[] {
  const out: MentionProfile[] = [];
  docs.forEach((doc, docOrder) => {
    const pub = dayRange(doc.published?.slice(0, 10) ?? null);
    const causes = new Set(doc.analysis.relations.filter((r) => r.from !== r.to && !r.implied).map((r) => r.to));
    for (const m of doc.analysis.events) {
      const stated = statedRange(m, pub, headlineDays);
      const actors = unique(m.actors, table);
      const targets = unique(m.targets, table).filter((t) => !actors.includes(t));
      const location = m.location && table.idOf(m.location) ? table.canonical(m.location) : null;
      const told = m.claim !== null ? doc.analysis.claims[m.claim]?.date : undefined;
      out.push({
        seq: out.length,
        doc: doc.id,
        docOrder,
        comment: doc.kind === "comment",
        mention: m,
        type: m.type,
        family: typeFamily(m.type, m.mode, [location, ...targets].some((k) => k !== null && table.typeOf(k) === "FACILITY")),
        range: stated,
        precision: stated ? (m.datePrecision ?? precisionOfRange(stated)) : null,
        published: pub ? pub[0] : null,
        toldOn: told ? (dayRange(told)?.[0] ?? null) : null,
        actors,
        targets,
        location,
        modeHead: modeHead(m.mode ?? m.weapon),
        modeFamilies: families(m.mode, m.weapon),
        series: (m.count ?? 0) > 1,
        several: (m.count ?? 0) > 1 || /[a-z]{2}[^s]s\b/i.test(m.trigger.text),
        speaker: m.assertedBy ? table.canonical(m.assertedBy) : null,
        bare: actors.length === 0 && targets.length === 0 && location === null,
        cause: causes.has(m.index),
        site: sites(doc.text, m.trigger.start, m.trigger.end),
      });
    }
  });
  return out;
}
