/**
 * The shapes the JSON API returns. The web UI imports these as types only, so the
 * server and the browser agree on one definition.
 */
import type { DatePrecision, EntityType, GeoPoint, Modality, PloverType, RelationType } from "../model/analysis.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { DocumentKind, DocumentStatus } from "../model/document.js";
import type { DiscrepancyAttribute } from "../model/interchange.js";

export interface EntityRef {
  id: string;
  name: string;
  type: EntityType | null;
}

export interface PlaceRef extends EntityRef {
  geo: GeoPoint | null;
  country: string | null;
}

export interface DocRef {
  id: string;
  kind: DocumentKind;
  source: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  author: string | null;
  parent: string | null;
}

export interface Range {
  min: number;
  max: number;
}

export interface EventSummary {
  id: string;
  type: PloverType;
  mode: string | null;
  date: string | null;
  datePrecision: DatePrecision | null;
  actors: EntityRef[];
  targets: EntityRef[];
  location: PlaceRef | null;
  fatalities: Range | null;
  injuries: Range | null;
  sources: number;
  mentions: number;
  disputed: boolean;
  modalities: Modality[];
  /** The first mention's text, shortened: a one-line description. */
  headline: string;
}

export type HighlightKind = "trigger" | "actor" | "target" | "location" | "date" | "entity" | "number";

/** A part of a mention's text to mark; offsets relative to the mention's `text`. */
export interface Highlight {
  start: number;
  end: number;
  kind: HighlightKind;
  entity: string | null;
}

export interface MentionView {
  doc: DocRef;
  start: number;
  end: number;
  text: string;
  /** Text of the same paragraph before and after the mention, for context. */
  before: string;
  after: string;
  highlights: Highlight[];
  trigger: string | null;
  dateText: string | null;
  date: string | null;
  fatalities: number | null;
  /** The toll counts its teller's own people ("192 of its soldiers"). */
  ownSide: boolean;
  injuries: number | null;
  count: number | null;
  modality: Modality;
  assertedBy: EntityRef | null;
}

export interface SourceValues {
  doc: DocRef;
  dates: string[];
  fatalities: number[];
  injuries: number[];
  counts: number[];
  modalities: Modality[];
  assertedBy: EntityRef[];
}

export interface DisputeValueView {
  doc: DocRef;
  value: string | number;
  /** The value for display: an entity's name where the value is an entity id. */
  label: string;
  start: number;
  end: number;
  text: string;
  speaker: EntityRef | null;
}

export interface DisputeView {
  event: string;
  attribute: DiscrepancyAttribute;
  conservative: number | null;
  values: DisputeValueView[];
}

export interface ClaimView {
  doc: DocRef;
  start: number;
  end: number;
  text: string;
  speaker: EntityRef | null;
  speakerText: string | null;
  cue: string;
  hedged: boolean;
  event: string | null;
}

export interface EvidenceView {
  doc: DocRef;
  start: number;
  end: number;
  text: string;
  assertedBy: EntityRef | null;
  cue: string | null;
}

export interface RelationView {
  type: RelationType;
  from: EventSummary | null;
  to: EventSummary | null;
  evidence: EvidenceView[];
}

export interface EventDetail extends EventSummary {
  cameo: string | null;
  mentionList: MentionView[];
  perSource: SourceValues[];
  disputes: DisputeView[];
  claims: ClaimView[];
  /** Relations whose `to` is this event: what responded to it. */
  relationsIn: RelationView[];
  /** Relations whose `from` is this event: what it responded to. */
  relationsOut: RelationView[];
}

export interface DocumentListItem extends DocRef {
  status: DocumentStatus;
  commentCount: number;
}

export interface CommentView extends DocRef {
  number: number | null;
  replyTo: string | null;
  text: string;
}

export interface DocumentDetail extends DocRef {
  url: string | null;
  sources: string[];
  status: DocumentStatus;
  contentType: string;
  charset: string | null;
  ingestedAt: string;
  text: string;
  diagnostics: Diagnostic[];
  comments: CommentView[];
  /** Events this document reports, with where. */
  events: { event: EventSummary; start: number; end: number }[];
  framing: { entity: EntityRef; labels: { text: string; count: number }[] }[];
}

export interface EntityListItem extends EntityRef {
  aliases: string[];
  partOf: EntityRef | null;
  country: string | null;
  geo: GeoPoint | null;
  events: number;
  mentions: number;
  documents: number;
}

export interface EntityDetail extends EntityListItem {
  members: EntityRef[];
  eventList: EventSummary[];
  framing: { outlet: string; labels: { text: string; count: number }[] }[];
}

export interface OutletView {
  outlet: string | null;
  documents: DocumentListItem[];
  comments: number;
  framing: { entity: EntityRef; labels: { text: string; count: number }[]; blames: EntityRef[] }[];
}

export interface GraphNode extends EntityRef {
  parent: string | null;
  events: number;
  compound: boolean;
}

export interface GraphEdge {
  source: string;
  target: string;
  weight: number;
  types: Partial<Record<PloverType, number>>;
  events: string[];
}

export interface Stats {
  revision: number;
  store: string;
  documents: number;
  articles: number;
  comments: number;
  analysed: number;
  entities: number;
  events: number;
  disputedEvents: number;
  relations: number;
  discrepancies: number;
  claims: number;
  outlets: string[];
  firstDate: string | null;
  lastDate: string | null;
  eventTypes: Partial<Record<PloverType, number>>;
}

export interface SearchResult {
  query: string;
  documents: { doc: DocRef; snippet: string; score: number }[];
  events: { event: EventSummary; doc: DocRef; text: string }[];
}

export type IngestItemResult =
  | { input: string; status: "added" | "duplicate"; id: string; comments: number; empty: boolean }
  | { input: string; status: "failed"; code: string; message: string };

export interface IngestResponse {
  added: number;
  duplicates: number;
  failed: number;
  comments: number;
  items: IngestItemResult[];
}
