/** The values the steps of the event stage pass along. */
import type { Claim, Crowd, DatePrecision, LocalRelation, Modality, PloverType } from "../model/analysis.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { RelationCue, TriggerGroup } from "./lexicon.js";
import type { PatternHit } from "./pattern.js";

/** A clause-like piece of a sentence: sentences are cut at causal cues and semicolons. */
export interface Segment {
  sentence: number;
  /** Token range [from, to). */
  from: number;
  to: number;
  /** The causal cue just before this segment, if any. */
  cue: PatternHit<RelationCue> | null;
  /** True for the cause part of a sentence-initial cue ("After X, Y": X). */
  leading: boolean;
  /** A clause joined by ", and" after a cause ("... after lawmakers passed a bill, and police opened fire"): it goes on with the sentence's main clause. */
  joined?: boolean;
}

export interface TriggerHit {
  from: number;
  to: number;
  start: number;
  end: number;
  group: TriggerGroup;
  pos: "verb" | "noun";
  passive: boolean;
}

export interface Draft {
  sentence: number;
  segment: number;
  head: TriggerHit;
  hits: TriggerHit[];
  start: number;
  end: number;
  type: PloverType;
  mode: string | null;
  cameo: string | null;
  actors: string[];
  targets: string[];
  location: string | null;
  date: string | null;
  datePrecision: DatePrecision | null;
  dateText: string | null;
  dateSource: "text" | "document" | "headline" | null;
  fatalities: number | null;
  injuries: number | null;
  /** The victims' telling noun, singular ("contractor"), when a toll names it. */
  victim?: string | null;
  /** The toll counts its teller's own people ("192 of its soldiers died"). */
  ownSide?: boolean;
  count: number | null;
  /** A protest's stated crowd size. */
  crowd?: Crowd | null;
  weapon: string | null;
  modality: Modality;
  anaphoric: boolean;
  /** The text marks it as one more event of its kind ("also", "another"). */
  distinct?: boolean;
  /** Told as going on up to the moment of telling ("have been killing"), with no date. */
  ongoing?: boolean;
  /** Character offset of the word its toll was read at ("killed"), when it has one. */
  tollAt?: number;
  /** A future act its subject undertook ("agreed to end the siege"). */
  committed?: boolean;
  /** An act only demanded or threatened ("calling for the withdrawal", "threatened to resign"). */
  wanted?: boolean;
  /** Set for reports only inferred from what follows an earlier act: a death toll, an attribution ("These were attributed to Israel"). */
  followUp: boolean;
  /** For a reaction: the event it is about, stated (a claim, a relative clause) or read from context. */
  about?: Draft;
  /** The text leaves `about` unsaid: it was read from context (implicit-objects.ts). */
  aboutImplied?: boolean;
  /** Another report, in this document, of the same act ("the blast was caused by a rocket attack"). */
  sameAs?: Draft;
}

/** What a new draft knows before the steps read its participants, place, date and numbers. */
export function unread(): Pick<
  Draft,
  "actors" | "targets" | "location" | "date" | "datePrecision" | "dateText" | "dateSource" | "fatalities" | "injuries" | "count" | "weapon" | "modality" | "anaphoric" | "followUp"
> {
  return {
    actors: [],
    targets: [],
    location: null,
    date: null,
    datePrecision: null,
    dateText: null,
    dateSource: null,
    fatalities: null,
    injuries: null,
    count: null,
    weapon: null,
    modality: "asserted",
    anaphoric: false,
    followUp: false,
  };
}

export interface RelationDraft extends Omit<LocalRelation, "from" | "to"> {
  from: Draft;
  to: Draft;
}

export interface EventState {
  segments: Segment[];
  /** Trigger hits per segment, before grouping. */
  hits: TriggerHit[][];
  drafts: Draft[];
  claims: Claim[];
  /** Tokens that belong to a claim's speaker phrase: not event participants. */
  speakerTokens: ReadonlySet<number>;
  /** Tokens of speakers named before what they say ("Hamas said ..."). */
  sayerTokens: ReadonlySet<number>;
  relations: RelationDraft[];
  diagnostics: Diagnostic[];
}

export function emptyState(): EventState {
  return { segments: [], hits: [], drafts: [], claims: [], speakerTokens: new Set(), sayerTokens: new Set(), relations: [], diagnostics: [] };
}
