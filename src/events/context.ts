/** The per-document view every step reads: tokens, sentences, argument candidates. */
import type { EntityInfo, EntityType, MentionRole, QuoteSpan, Sentence, TimeExpression } from "../model/analysis.js";
import type { DocumentKind } from "../model/document.js";
import type { Lexicon } from "./lexicon.js";
import { heldCompound } from "./en/place-phrase.js";
import { tokenAt, tokenize, type Token } from "./tokens.js";

export interface SentenceView {
  index: number;
  sentence: Sentence;
  /** Token range [from, to) into DocContext.tokens. */
  from: number;
  to: number;
}

/** Something that can fill an actor, target, location or speaker slot. */
export interface Candidate {
  start: number;
  end: number;
  key: string;
  type: EntityType;
  from: number;
  to: number;
  sentence: number;
  /** True when it is a pronoun or "the group" resolved to an earlier mention. */
  anaphor: boolean;
  /** How the entity is named here: by its name ("Iraq"), an acronym ("U.S."), its adjective ("Iranian")... */
  role?: MentionRole;
}

export interface DocContext {
  text: string;
  kind: DocumentKind;
  published: string | null;
  lexicon: Lexicon;
  tokens: Token[];
  sentences: SentenceView[];
  candidates: Candidate[];
  entities: Map<string, EntityInfo>;
  timeExpressions: TimeExpression[];
  quotes: QuoteSpan[];
}

export const AGENT_TYPES: ReadonlySet<EntityType> = new Set(["PERSON", "ARMED_GROUP", "GOVERNMENT", "MILITARY", "COUNTRY", "ORGANIZATION", "MEDIA", "GROUP"]);
export const PLACE_TYPES: ReadonlySet<EntityType> = new Set(["PLACE", "FACILITY", "COUNTRY"]);

export function sentenceViews(tokens: Token[], sentences: Sentence[]): SentenceView[] {
  return sentences.map((sentence, index) => ({
    index,
    sentence,
    from: tokenAt(tokens, sentence.start),
    to: tokenAt(tokens, sentence.end),
  }));
}

export function sentenceOfToken(sentences: SentenceView[], token: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as SentenceView;
    if (token < s.from) hi = mid - 1;
    else if (token >= s.to) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the first candidate whose first token is at or after `token` (candidates sorted by position). */
export function firstCandidateAt(candidates: readonly Candidate[], token: number): number {
  let lo = 0;
  let hi = candidates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((candidates[mid] as Candidate).from < token) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The quotation that holds the span [start, end), if any. */
export function quoteAround(ctx: Pick<DocContext, "quotes">, start: number, end: number): QuoteSpan | undefined {
  return ctx.quotes.find((q) => q.start <= start && end <= q.end);
}

/** Candidates whose first token lies in [from, to): a binary search, not a scan of the document. */
export function candidatesBetween(ctx: Pick<DocContext, "candidates">, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  for (let i = firstCandidateAt(ctx.candidates, from); i < ctx.candidates.length; i++) {
    const c = ctx.candidates[i] as Candidate;
    if (c.from >= to) break;
    out.push(c);
  }
  return out;
}

export function buildContext(input: {
  text: string;
  kind: DocumentKind;
  published: string | null;
  sentences: Sentence[];
  quotes: QuoteSpan[];
  timeExpressions: TimeExpression[];
  entities: EntityInfo[];
  mentions: { start: number; end: number; key: string; role?: MentionRole }[];
  lexicon: Lexicon;
  resolveAnaphors: (ctx: DocContext) => Candidate[];
}): DocContext {
  const tokens = tokenize(input.text);
  const sentences = sentenceViews(tokens, [...input.sentences].sort((a, b) => a.start - b.start));
  const entities = new Map(input.entities.map((e) => [e.key, e]));
  const candidates: Candidate[] = [];
  for (const m of input.mentions) {
    const info = entities.get(m.key);
    if (!info || m.end <= m.start) continue;
    // "Indian-administered Kashmir": the country that holds the place is no participant of the act there
    const from = tokenAt(tokens, m.start);
    if (m.end < (tokens[from]?.end ?? 0) && heldCompound(input.lexicon, tokens[from])) continue;
    let to = tokenAt(tokens, m.end);
    if (to <= from) to = from + 1;
    candidates.push({ start: m.start, end: m.end, key: m.key, type: info.type, from, to, sentence: sentenceOfToken(sentences, from), anaphor: false, ...(m.role ? { role: m.role } : {}) });
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const ctx: DocContext = {
    text: input.text,
    kind: input.kind,
    published: input.published,
    lexicon: input.lexicon,
    tokens,
    sentences,
    candidates,
    entities,
    timeExpressions: [...input.timeExpressions].sort((a, b) => a.start - b.start),
    quotes: input.quotes,
  };
  const resolved = input.resolveAnaphors(ctx);
  return { ...ctx, candidates: [...candidates, ...resolved].sort((a, b) => a.start - b.start || b.end - a.end) };
}
