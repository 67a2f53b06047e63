import type { EntityType, GeoPoint, MentionRole } from "../model/analysis.js";
import type { Knowledge } from "./knowledge/index.js";
import type { Lexicon } from "./en/lexicon.js";
import type { Token } from "./tokens.js";

/**
 * A possible mention while the stage works: a token range, and what is known of the
 * entity it names. Steps return new lists of candidates; the last step turns them into
 * EntityInfo and EntityMention values.
 */
export interface Candidate {
  /** Stable within one document, for links between candidates. */
  uid: number;
  /** First and last token (inclusive). */
  first: number;
  last: number;
  /** The entity key once known: a knowledge id, a derived id, or "new:…". */
  key: string | null;
  /** Tokens of the name itself, without titles or a leading demonym. */
  coreFirst: number;
  coreLast: number;
  type: EntityType | null;
  role: MentionRole;
  known: boolean;
  /** Country code from a demonym or title before the name. */
  country: string | null;
  geo: GeoPoint | null;
  /** Set for descriptions that may overlap other mentions ("Iranian-backed militias"). */
  nested: boolean;
  /** True when every token sits in a headline-style Title Case sentence. */
  headline: boolean;
  /** The text gave a title or role before it ("Maj.", "Defense Secretary"). */
  titled: boolean;
  /** Display name for entities derived from another ("Donald Trump administration"). */
  display?: string;
  /** The office its title names ("prime_minister"), for later "the prime minister". */
  office?: string;
  /** Generic keys the text says this entity is ("iraq_prime_minister"), see EntityInfo.generics. */
  generics?: string[];
}

export interface Link {
  a: number;
  b: number;
}

/** Text-stated membership: the entity of `member` is part of the entity of `whole`. */
export interface Membership {
  member: number;
  whole: number;
}

export interface DocState {
  candidates: Candidate[];
  links: Link[];
  memberships: Membership[];
}

export interface DocContext {
  text: string;
  tokens: Token[];
  knowledge: Knowledge;
  lexicon: Lexicon;
  /** Next uid to hand out (steps take from it through newUid). */
  uids: { next: number };
}

export type Step = (ctx: DocContext, state: DocState) => DocState;

export function newUid(ctx: DocContext): number {
  return ctx.uids.next++;
}

export function spanText(ctx: DocContext, first: number, last: number): string {
  const a = ctx.tokens[first];
  const b = ctx.tokens[last];
  return a && b ? ctx.text.slice(a.start, b.end) : "";
}

/** Marks the tokens covered by candidates (nested descriptions excluded). */
export function coverage(ctx: DocContext, candidates: Candidate[]): Int32Array {
  const cover = new Int32Array(ctx.tokens.length).fill(-1);
  for (const c of candidates) {
    if (c.nested) continue;
    for (let i = c.first; i <= c.last; i++) cover[i] = c.uid;
  }
  return cover;
}

export function sortCandidates(list: Candidate[]): Candidate[] {
  return [...list].sort((a, b) => a.first - b.first || b.last - a.last || a.uid - b.uid);
}
