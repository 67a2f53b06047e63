import type { Diagnostic } from "./diagnostic.js";
import type { Span } from "./span.js";

/**
 * The per-document layers the analysis stages add (DESIGN.md: text, time, entities,
 * events). Every item carries a span into the document's stored text. Everything that
 * crosses documents (canonical entities, merged events, relations, discrepancies) is
 * the link stage's, computed from these.
 */

// ---------- text ----------
export interface Sentence extends Span {
  /** Set when the sentence lies inside a quotation, an embedded tweet or a byline. */
  quote: QuoteSpan | null;
}

export type QuoteKind = "quotation" | "tweet" | "byline" | "blockquote";

export interface QuoteSpan extends Span {
  kind: QuoteKind;
  /** Who the text attributes the quote to, as written ("Mike (@Doranimated)", "Esper"). */
  speakerText: string | null;
  /** A Twitter handle without "@", for tweets. */
  handle: string | null;
  /** ISO date the tweet or byline carries, if any. */
  date: string | null;
}

// ---------- time ----------
export type DatePrecision = "day" | "month" | "season" | "year" | "interval" | "time";

export interface TimeExpression extends Span {
  /** ISO: YYYY-MM-DD, YYYY-MM, YYYY, a date-time, or an interval "a/b". */
  value: string;
  precision: DatePrecision;
  /** The date (YYYY-MM-DD) it was resolved against: the document's or comment's own date, or that of the quoted tweet or piece it stands in. */
  anchor: string;
  /** True when the text states the value in full; false when sitrep inferred part of it. */
  certain: boolean;
}

// ---------- entities ----------
export type EntityType =
  | "PERSON"
  | "ARMED_GROUP"
  | "GOVERNMENT"
  | "MILITARY"
  | "COUNTRY"
  | "ORGANIZATION"
  | "MEDIA"
  | "PLACE"
  | "FACILITY"
  | "GROUP";

/** What a mention is, as text: the way it names its entity. */
export type MentionRole = "name" | "alias" | "acronym" | "demonym" | "metonym" | "handle" | "title" | "pronoun" | "description";

export interface EntityMention extends Span {
  /** The canonical key of the entity (see EntityInfo.key). */
  key: string;
  role: MentionRole;
}

export interface GeoPoint {
  lat: number;
  lon: number;
}

/**
 * An entity as one document knows it. `key` is the same in every document for the same
 * real actor: a known actor's id from the data files ("kataib_hezbollah"), or, for actors
 * sitrep has never seen, "new:" + a normalised form of the fullest name in the document.
 */
export interface EntityInfo {
  key: string;
  name: string;
  type: EntityType;
  /** Every surface form seen for it in this document. */
  aliases: string[];
  /** Key of the entity it belongs to (KH part of the PMF), or null. */
  partOf: string | null;
  /** ISO 3166-1 alpha-2, where it applies. */
  country: string | null;
  geo: GeoPoint | null;
  /** True when the entity comes from the knowledge files; false when found from context. */
  known: boolean;
  /**
   * Keys of generic entities this document says this one is: the office a title names
   * ("iraq_prime_minister" for "Iraqi Prime Minister Adil Abdul-Mahdi"), the body every
   * country has that a known facility is, the sect group a backed group's description
   * names. The link stage joins a generic key to the one entity of the corpus that is it.
   */
  generics?: string[];
}

// ---------- events ----------
export type PloverType =
  | "AGREE"
  | "CONSULT"
  | "SUPPORT"
  | "COOPERATE"
  | "AID"
  | "CONCEDE"
  | "RETREAT"
  | "INVESTIGATE"
  | "DEMAND"
  | "DISAPPROVE"
  | "REJECT"
  | "THREATEN"
  | "PROTEST"
  | "MOBILIZE"
  | "SANCTION"
  | "COERCE"
  | "ASSAULT"
  | "FIGHT"
  | "ACCUSE";

/** PLOVER types that are acts of force: what one responds to, blames someone for or retaliates against. */
export const FORCE_TYPES: ReadonlySet<PloverType> = new Set(["ASSAULT", "FIGHT", "COERCE"]);

/** A stated crowd size: the words, and the least number they mean ("dozens" → 24). */
export interface Crowd {
  text: string;
  atLeast: number;
}

export type Modality = "asserted" | "alleged" | "denied" | "hypothetical" | "future";

export interface EventMention extends Span {
  /** Index of this mention within the document's events (stable for one analysis). */
  index: number;
  /** The trigger word or phrase. */
  trigger: Span;
  type: PloverType;
  /** "airstrike", "rocket attack", "embassy siege", ... or null. */
  mode: string | null;
  /** CAMEO root code ("19") for GDELT users, or null. */
  cameo: string | null;
  /** Entity keys. */
  actors: string[];
  targets: string[];
  location: string | null;
  /** The event's own date from the time layer; null when the text gives none. */
  date: string | null;
  datePrecision: DatePrecision | null;
  /** The time expression the date came from, or null. */
  dateText: string | null;
  /**
   * "text" when a time expression gave the date; "document" when it fell back to the
   * publication date; "headline" when the event is the news of the headline atop the
   * text, dated by publication (it happened then or in the days just before).
   */
  dateSource: "text" | "document" | "headline" | null;
  fatalities: number | null;
  injuries: number | null;
  /** The victims' telling noun, singular ("contractor"; none for "people"), when a toll names it. */
  victim?: string | null;
  /**
   * True when the toll counts its teller's own people ("Baku says 192 of its soldiers
   * died", "lost 40 of their men"): one side's losses, not comparable with a toll of the
   * other side's dead.
   */
  ownSide?: true;
  /** For a series ("11 attacks"): how many. */
  count: number | null;
  /** For a protest or storming: the crowd's size as stated ("thousands", "some 200"). */
  crowd?: Crowd | null;
  weapon: string | null;
  modality: Modality;
  /** Entity key of the speaker the document attributes the report to, or null. */
  assertedBy: string | null;
  /** Index into DocAnalysis.claims of the claim that carries it, or null. */
  claim: number | null;
  /** True for a retrospective reference ("the strikes", "that attack"). */
  anaphoric: boolean;
  /** True when the text marks it as one more event of its kind ("also", "another", "a second"): not one told before. */
  distinct?: boolean;
  /**
   * True when the text tells it as going on for some time up to the moment of telling
   * ("have been killing protesters", "keep bombing Yemen, as they have since January
   * 12"): an activity, not one day's event.
   */
  ongoing?: boolean;
  /**
   * True for a future act its subject undertook ("agreed to end the siege", "promised to
   * withdraw"): when the same document tells the act done, it is that event.
   */
  committed?: boolean;
  /**
   * True for an act only demanded or threatened ("a law calling for the withdrawal of U.S.
   * troops", "threatened to resign"): the demand or threat is the event, not the act.
   */
  wanted?: boolean;
  /**
   * Index of another event mention of this document that tells the same act: "the blast
   * was caused by a rocket" (how it came about), "the ministry blamed an Israeli air
   * strike" (whose it was, as a speaker tells it).
   */
  sameAs?: number;
}

export interface Claim extends Span {
  /** Entity key of the speaker, or null (unnamed source). */
  speaker: string | null;
  /** The speaker as written ("an American official", "Esper"). */
  speakerText: string | null;
  /** "said", "according to", "tweeted", "told reporters", "believe", ... */
  cue: string;
  hedged: boolean;
  /** Index into DocAnalysis.events of the event the claim is about, or null. */
  event: number | null;
  /** The day (YYYY-MM-DD) the speaker told it, when the text dates the telling ("said on Wednesday"). */
  date?: string;
}

export type RelationType = "RETALIATION" | "CAUSE";

/** A causal link stated inside one document, between two of its event mentions. */
export interface LocalRelation {
  type: RelationType;
  /** Index of the response (the later event). */
  from: number;
  /** Index of what it responds to. */
  to: number;
  cue: string;
  evidence: Span;
  /** Entity key of who asserts the link, or null for the document's own voice. */
  assertedBy: string | null;
  /**
   * True when the text leaves the object unsaid and it was read from context ("pointed
   * the finger at Iran", after the attack was told): weaker than a stated link.
   */
  implied?: boolean;
}

/** Everything the per-document stages found in one document. */
export interface DocAnalysis {
  /** Bumped when the stages change, so `sitrep reanalyze` knows what is stale. */
  version: string;
  sentences: Sentence[];
  quotes: QuoteSpan[];
  timeExpressions: TimeExpression[];
  entities: EntityInfo[];
  mentions: EntityMention[];
  events: EventMention[];
  claims: Claim[];
  relations: LocalRelation[];
  diagnostics: Diagnostic[];
}

export function emptyAnalysis(version: string): DocAnalysis {
  return {
    version,
    sentences: [],
    quotes: [],
    timeExpressions: [],
    entities: [],
    mentions: [],
    events: [],
    claims: [],
    relations: [],
    diagnostics: [],
  };
}
