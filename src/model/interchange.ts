/**
 * The sitrep interchange format, version 1 (shared/INTERCHANGE.md). The contract between
 * sitrep and everything that reads its results: keys may be added, none renamed.
 */
import type { Crowd, DatePrecision, EntityType, GeoPoint, Modality, PloverType, RelationType } from "./analysis.js";
import type { DocumentKind } from "./document.js";

export interface XDocument {
  id: string;
  source: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  kind: DocumentKind;
  parent: string | null;
  author: string | null;
  text: string;
  /** Added keys (allowed by the format). */
  sources?: string[];
  url?: string | null;
  replyTo?: string | null;
  number?: number | null;
}

export interface XEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  partOf: string | null;
  country: string | null;
  geo: GeoPoint | null;
  /** Added: number of mentions and of documents. */
  mentionCount?: number;
  documentCount?: number;
}

export interface XMention {
  doc: string;
  start: number;
  end: number;
  text: string;
  entity: string;
}

export interface XTimeExpression {
  doc: string;
  start: number;
  end: number;
  text: string;
  value: string;
  anchor: string;
  precision?: DatePrecision;
}

export interface XEventMention {
  doc: string;
  start: number;
  end: number;
  text: string;
  dateText: string | null;
  fatalities: number | null;
  assertedBy: string | null;
  modality: Modality;
  /** Added keys. */
  trigger?: string;
  date?: string | null;
  injuries?: number | null;
  count?: number | null;
  /** A protest's crowd size as this source states it. */
  crowd?: Crowd | null;
  comment?: boolean;
  /** The toll counts its teller's own people ("192 of its soldiers"): kept out of the event's range and disputes. */
  ownSide?: true;
}

export interface XEvent {
  id: string;
  type: PloverType;
  mode: string | null;
  date: string | null;
  datePrecision: DatePrecision | null;
  actors: string[];
  targets: string[];
  location: string | null;
  fatalities: { min: number; max: number } | null;
  sources: string[];
  mentions: XEventMention[];
  /** Added keys. */
  cameo?: string | null;
  injuries?: { min: number; max: number } | null;
  count?: { min: number; max: number } | null;
  numSources?: number;
  numMentions?: number;
  disputed?: boolean;
  /** True when no source states a date and `date` is the earliest publication date of its sources. */
  dateInferred?: boolean;
}

export interface XEvidence {
  doc: string;
  start: number;
  end: number;
  text: string;
  assertedBy?: string | null;
  cue?: string;
}

export interface XRelation {
  type: RelationType;
  from: string;
  to: string;
  evidence: XEvidence[];
}

export type DiscrepancyAttribute = "fatalities" | "date" | "perpetrator" | "count" | "location";

export interface XDiscrepancyValue {
  doc: string;
  value: string | number;
  start: number;
  end: number;
  text?: string;
  speaker?: string | null;
}

export interface XDiscrepancy {
  event: string;
  attribute: DiscrepancyAttribute;
  values: XDiscrepancyValue[];
  /** Added: ACLED-style conservative figure for numeric attributes (the lowest stated). */
  conservative?: number | null;
}

export interface XClaim {
  doc: string;
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  cue: string;
  hedged: boolean;
  event: string | null;
  speakerText?: string | null;
  /** The day the speaker told it, when the text dates the telling ("said on Wednesday"). */
  date?: string;
}

export interface Interchange {
  version: 1;
  documents: XDocument[];
  entities: XEntity[];
  mentions: XMention[];
  timeExpressions: XTimeExpression[];
  events: XEvent[];
  relations: XRelation[];
  discrepancies: XDiscrepancy[];
  claims: XClaim[];
  /** Added: per-source framing (labels each document uses for each actor). */
  framing?: XFraming[];
  /** Added: the same, aggregated over an outlet's articles (reader comments excluded). */
  outletFraming?: XOutletFraming[];
}

export interface XFraming {
  doc: string;
  outlet: string | null;
  entity: string;
  labels: { text: string; count: number }[];
  /** Entity ids this source holds responsible for assault-type events. */
  blames?: string[];
}

export interface XOutletFraming {
  outlet: string;
  /** The outlet's documents the figures come from. */
  docs: string[];
  entity: string;
  labels: { text: string; count: number }[];
  blames?: string[];
}
