/**
 * Builds synthetic link-stage documents for tests: spans are found in the text by
 * substring, so every span slices back to its text by construction.
 */
import type {
  Claim,
  DatePrecision,
  EntityInfo,
  EntityMention,
  EntityType,
  EventMention,
  LocalRelation,
  Modality,
  PloverType,
  RelationType,
  Sentence,
} from "../model/analysis.js";
import { emptyAnalysis } from "../model/analysis.js";
import type { DocumentKind } from "../model/document.js";
import type { NewDocumentSet } from "../store/store.js";
import type { LinkDocument } from "./types.js";

export interface FixtureEvent {
  /** A substring of the text: the event mention's span. */
  span: string;
  trigger: string;
  type: PloverType;
  mode?: string | null;
  actors?: string[];
  targets?: string[];
  location?: string | null;
  date?: string | null;
  datePrecision?: DatePrecision | null;
  dateText?: string | null;
  dateSource?: "text" | "document" | "headline" | null;
  fatalities?: number | null;
  injuries?: number | null;
  count?: number | null;
  crowd?: { text: string; atLeast: number } | null;
  modality?: Modality;
  assertedBy?: string | null;
  anaphoric?: boolean;
  distinct?: boolean;
  ongoing?: boolean;
  committed?: boolean;
  wanted?: boolean;
  victim?: string | null;
  /** The toll counts its teller's own people. */
  ownSide?: boolean;
  weapon?: string | null;
  /** Index of another event of this fixture that tells the same act. */
  sameAs?: number;
}

export class FixtureDoc {
  private readonly entities: EntityInfo[] = [];
  private readonly mentions: EntityMention[] = [];
  private readonly events: EventMention[] = [];
  private readonly claims: Claim[] = [];
  private readonly relations: LocalRelation[] = [];

  constructor(
    readonly id: string,
    readonly text: string,
    readonly meta: { published?: string | null; outlet?: string | null; kind?: DocumentKind; parent?: string | null } = {},
  ) {}

  /** Start of the n-th occurrence (0-based) of `needle`, after `from`. */
  find(needle: string, occurrence = 0, from = 0): number {
    let at = this.text.indexOf(needle, from);
    for (let i = 0; i < occurrence && at >= 0; i++) at = this.text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture ${this.id}: "${needle}" not in text`);
    return at;
  }

  span(needle: string, occurrence = 0): { start: number; end: number; text: string } {
    const start = this.find(needle, occurrence);
    return { start, end: start + needle.length, text: needle };
  }

  entity(key: string, name: string, type: EntityType, extra: Partial<EntityInfo> = {}): this {
    this.entities.push({ key, name, type, aliases: [], partOf: null, country: null, geo: null, known: !key.startsWith("new:"), ...extra });
    return this;
  }

  /** A mention of `key` at every occurrence of `surface`. */
  mention(key: string, surface: string): this {
    let at = this.text.indexOf(surface);
    while (at >= 0) {
      this.mentions.push({ key, start: at, end: at + surface.length, text: surface, role: "name" });
      at = this.text.indexOf(surface, at + surface.length);
    }
    return this;
  }

  event(e: FixtureEvent): number {
    const s = this.span(e.span);
    const t = this.find(e.trigger, 0, s.start);
    const index = this.events.length;
    this.events.push({
      ...s,
      index,
      trigger: { start: t, end: t + e.trigger.length, text: e.trigger },
      type: e.type,
      mode: e.mode ?? null,
      cameo: null,
      actors: e.actors ?? [],
      targets: e.targets ?? [],
      location: e.location ?? null,
      date: e.date ?? null,
      datePrecision: e.datePrecision ?? (e.date ? "day" : null),
      dateText: e.dateText ?? null,
      dateSource: e.dateSource ?? (e.date ? "text" : null),
      fatalities: e.fatalities ?? null,
      injuries: e.injuries ?? null,
      count: e.count ?? null,
      ...(e.crowd ? { crowd: e.crowd } : {}),
      weapon: e.weapon ?? null,
      modality: e.modality ?? "asserted",
      assertedBy: e.assertedBy ?? null,
      claim: null,
      anaphoric: e.anaphoric ?? false,
      ...(e.distinct ? { distinct: true } : {}),
      ...(e.ongoing ? { ongoing: true } : {}),
      ...(e.committed ? { committed: true } : {}),
      ...(e.wanted ? { wanted: true } : {}),
      ...(e.victim ? { victim: e.victim } : {}),
      ...(e.ownSide ? { ownSide: true as const } : {}),
      ...(e.sameAs !== undefined ? { sameAs: e.sameAs } : {}),
    });
    return index;
  }

  relation(from: number, to: number, cue: string, evidence: string, assertedBy: string | null = null, type: RelationType = "RETALIATION", implied = false): this {
    this.relations.push({ type, from, to, cue, evidence: this.span(evidence), assertedBy, ...(implied ? { implied } : {}) });
    return this;
  }

  /** A claim; `date` is the day its telling is dated to. The event it carries points back to it. */
  claim(span: string, speaker: string | null, cue: string, event: number | null, date?: string): this {
    const claim: Claim = { ...this.span(span), speaker, speakerText: null, cue, hedged: false, event };
    if (date) claim.date = date;
    const e = event === null ? undefined : this.events[event];
    if (e) e.claim = this.claims.length;
    this.claims.push(claim);
    return this;
  }

  build(): LinkDocument {
    const sentences: Sentence[] = [];
    const re = /[^.!?]+[.!?]?/g;
    for (let m = re.exec(this.text); m; m = re.exec(this.text)) {
      sentences.push({ start: m.index, end: m.index + m[0].length, text: m[0], quote: null });
    }
    return {
      id: this.id,
      kind: this.meta.kind ?? "article",
      parent: this.meta.parent ?? null,
      outlet: this.meta.outlet ?? null,
      published: this.meta.published ?? null,
      text: this.text,
      analysis: {
        entities: [...this.entities],
        mentions: [...this.mentions].sort((a, b) => a.start - b.start),
        events: [...this.events],
        claims: [...this.claims],
        relations: [...this.relations],
        sentences,
      },
    };
  }
}

/** A store-ready document set for a fixture (its analysis filled in, the rest empty). */
export function fixtureDocumentSet(f: FixtureDoc, n: number): NewDocumentSet {
  const built = f.build();
  return {
    article: {
      hash: `fixture-${n}-${f.id}`,
      source: `${f.id}.txt`,
      kind: f.meta.kind ?? "article",
      title: null,
      outlet: f.meta.outlet ?? null,
      published: f.meta.published ?? null,
      author: null,
      url: null,
      text: f.text,
      status: "ok",
      contentType: "text/plain",
      charset: "utf-8",
      diagnostics: [],
      number: null,
      replyTo: null,
    },
    comments: [],
    raw: new TextEncoder().encode(f.text),
    analyses: [{ ...emptyAnalysis("fixture"), ...built.analysis }],
  };
}
