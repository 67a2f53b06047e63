/**
 * Attributed statements in English sentences, found from a cue word:
 * - "X said (that) CONTENT", "X told reporters CONTENT", "Most leaders believe CONTENT";
 * - "CONTENT, X said." / "CONTENT, said X." (the content after the cue is short);
 * - "According to X, CONTENT" / "CONTENT, according to X";
 * - "..., saying CONTENT" (the speaker is the sentence's subject);
 * - "X responded:" followed by a paragraph (the paragraph is the content);
 * - impersonal "attributed to", "allegedly", "reportedly" (no speaker; hedged).
 * The speaker is an entity mention inside the speaker phrase (an appositive
 * "Jonathan Hoffman, the chief spokesman, said" prefers the named person); otherwise the
 * phrase as written with speaker null ("an American official").
 */
import type { Candidate, DocContext, SentenceView } from "../context.js";
import { AGENT_TYPES, candidatesBetween } from "../context.js";
import { abbreviationDot } from "./grammar.js";
import type { ClaimCue } from "../lexicon.js";
import { findAll, longestNonOverlapping, matchAt, type PatternHit } from "../pattern.js";
import { tokenAt, type Token } from "../tokens.js";
import { insideName } from "../names.js";
import { DETERMINERS, isAdverb } from "./grammar.js";

export interface FoundClaim {
  /** Token range of the claimed content. */
  from: number;
  to: number;
  speaker: string | null;
  speakerText: string | null;
  /** Token range of the speaker phrase, or null. */
  speakerFrom: number;
  speakerTo: number;
  cue: string;
  hedged: boolean;
}

const BOUNDARY_WORDS = new Set(["which", "that", "who", "whom", "and", "but", "as", "while", "because", "when", "after", "before", "if"]);
const QUOTE_CHARS = /^["“”'‘’«»]$/;
const SKIP_AFTER_CUE = new Set(["that", ",", ":", "reporters", "journalists", "him", "her", "them", "us", "me"]);

function isBoundary(t: Token | undefined): boolean {
  if (!t) return true;
  if (t.kind === "punct") return t.text !== "." && t.text !== "-" && t.text !== "'" && t.text !== "’";
  return BOUNDARY_WORDS.has(t.lower);
}

function skipFillersBack(ctx: DocContext, i: number, floor: number): number {
  let j = i;
  for (let guard = 0; guard < 6 && j >= floor; guard++) {
    const t = ctx.tokens[j];
    if (isAdverb(t) && t?.lower !== "in") {
      j--;
      continue;
    }
    let moved = false;
    for (let len = 4; len >= 1 && !moved; len--) {
      const s = j - len + 1;
      if (s < floor) continue;
      for (const item of ctx.lexicon.speakerFillers.byFirst.get(ctx.tokens[s]?.lower ?? "") ?? []) {
        if (matchAt(ctx.tokens, s, item.pattern.parts, j + 1) === j + 1) {
          j = s - 1;
          moved = true;
          break;
        }
      }
    }
    const time = ctx.timeExpressions.find((x) => t && x.end >= t.end && x.start <= t.start);
    if (!moved && time) {
      while (j >= floor && (ctx.tokens[j]?.start ?? 0) >= time.start) j--;
      moved = true;
    }
    if (!moved) break;
  }
  return j;
}

/** The noun phrase ending at token `end` (inclusive), back to a boundary: [from, end+1). */
function phraseBefore(ctx: DocContext, end: number, floor: number): number {
  let j = end;
  while (j >= floor && end - j < 12 && !isBoundary(ctx.tokens[j])) {
    if (ctx.tokens[j]?.text === "." && !abbreviationDot(ctx.tokens, j)) break;
    j--;
  }
  return j + 1;
}

function phraseAfter(ctx: DocContext, start: number, limit: number): number {
  let j = start;
  while (j < limit && j - start < 10 && !isBoundary(ctx.tokens[j])) {
    if (ctx.tokens[j]?.text === "." && !abbreviationDot(ctx.tokens, j)) break;
    j++;
  }
  return j;
}

/**
 * The entity a speaker phrase names. A person wins; a group or country counts only as
 * the head of the phrase ("the Pentagon said"), not as a modifier of an unnamed source
 * ("an American official said", "Iraqi officials said": speaker unknown).
 */
function speakerIn(ctx: DocContext, from: number, to: number): Candidate | undefined {
  const inside = candidatesBetween(ctx, from, to).filter((c) => c.to <= to && AGENT_TYPES.has(c.type));
  const person = inside.find((c) => c.type === "PERSON");
  if (person) return person;
  const last = inside[inside.length - 1];
  if (!last) return undefined;
  const rest = ctx.tokens.slice(last.to, to).filter((t) => t.kind === "word");
  if (rest.length > 0) return undefined;
  // "Iran's mission to the United Nations said": a name in a phrase after the head is
  // not the speaker, the head is
  const head = inside[inside.length - 2];
  if (head && complementOf(ctx, head, last)) return head;
  return last;
}

/** Prepositions that attach a phrase to the noun before them ("mission to the UN"). */
const COMPLEMENT_PREPS = new Set(["to", "at", "in", "of", "for", "from"]);

/** `last` stands in a prepositional phrase after `head` or its noun: "Iran's mission to the United Nations", "Hamas's envoy to Russia". */
function complementOf(ctx: DocContext, head: Candidate, last: Candidate): boolean {
  const between = ctx.tokens.slice(head.to, last.from);
  const k = between.findIndex((t) => COMPLEMENT_PREPS.has(t.lower));
  if (k < 0 || k > 2) return false;
  // the head's own noun before the preposition ("envoy"), an article after it
  const noun = between.slice(0, k).every((t) => t.kind === "word" && t.text === t.lower);
  const rest = between.slice(k + 1);
  return noun && rest.length <= 1 && rest.every((t) => DETERMINERS.has(t.lower));
}

const TELL = new Set(["tell", "tells", "told", "telling"]);

/** After "told X that", the token after "that"; else the token after the cue. */
function addresseeEnd(ctx: DocContext, h: PatternHit<ClaimCue>, limit: number): number {
  if (!TELL.has(ctx.tokens[h.from]?.lower ?? "")) return h.to;
  for (let i = h.to; i < Math.min(limit, h.to + 7); i++) {
    const t = ctx.tokens[i];
    if (!t || (t.kind === "punct" && !abbreviationDot(ctx.tokens, i))) return h.to;
    if (t.lower === "that") return i + 1;
  }
  return h.to;
}

function textOf(ctx: DocContext, from: number, to: number): string | null {
  const a = ctx.tokens[from];
  const b = ctx.tokens[to - 1];
  return a && b && to > from ? ctx.text.slice(a.start, b.end) : null;
}

function trimContent(ctx: DocContext, from: number, to: number): [number, number] {
  let a = from;
  let b = to;
  while (a < b && (ctx.tokens[a]?.kind === "punct" || SKIP_AFTER_CUE.has(ctx.tokens[a]?.lower ?? ""))) a++;
  while (b > a && ctx.tokens[b - 1]?.kind === "punct" && !QUOTE_CHARS.test(ctx.tokens[b - 1]?.text ?? "")) b--;
  return [a, b];
}

function isHedged(ctx: DocContext, from: number, to: number): boolean {
  return findAll(ctx.lexicon.hedges, ctx.tokens, from, to).length > 0;
}

function speakerOf(ctx: DocContext, npFrom: number, npTo: number, floor: number): { c: Candidate | undefined; from: number; to: number } {
  const c = speakerIn(ctx, npFrom, npTo);
  if (c?.type === "PERSON") return { c, from: npFrom, to: npTo };
  // appositives: "Jonathan Hoffman, the chief spokesman, said", "Hassam Abbas, a member of
  // Asaib Ahl al-Haq, a Shia militia, said": a person named before the commas wins
  if (ctx.tokens[npTo]?.text === ",") {
    let end = npFrom - 1;
    for (let hop = 0; hop < 3 && ctx.tokens[end]?.text === ","; hop++) {
      const from = phraseBefore(ctx, end - 1, floor);
      const person = candidatesBetween(ctx, from, end).find((x) => x.to <= end && x.type === "PERSON");
      if (person) return { c: person, from, to: npTo };
      end = from - 1;
    }
  }
  // "Michael Knights, a senior fellow at an institute which ..., responded:"
  const opener = candidatesBetween(ctx, floor, floor + 1).find((x) => x.type === "PERSON");
  if (opener && ctx.tokens[opener.to]?.text === ",") return { c: opener, from: opener.from, to: npTo };
  return { c, from: npFrom, to: npTo };
}

/** Token range of the paragraph that starts after `offset` (up to the next line break). */
function nextParagraph(ctx: DocContext, offset: number): [number, number] | null {
  let p0 = offset;
  while (p0 < ctx.text.length && /\s/.test(ctx.text[p0] ?? "")) p0++;
  let p1 = ctx.text.indexOf("\n", p0);
  if (p1 < 0) p1 = ctx.text.length;
  const a = tokenAt(ctx.tokens, p0);
  const b = tokenAt(ctx.tokens, p1);
  return b > a ? [a, b] : null;
}

/** True when the cue ends its clause ("..., the Pentagon said." / "said on Wednesday,"): the content came before. */
function closesClause(ctx: DocContext, from: number, to: number): boolean {
  let i = from;
  for (let guard = 0; guard < 6 && i < to; guard++) {
    const t = ctx.tokens[i];
    if (!t) break;
    const time = ctx.timeExpressions.find((x) => x.start <= t.start && x.end >= t.end);
    if (time) {
      while (i < to && (ctx.tokens[i]?.end ?? 0) <= time.end) i++;
      continue;
    }
    let moved = false;
    for (const item of ctx.lexicon.speakerFillers.byFirst.get(t.lower) ?? []) {
      const end = matchAt(ctx.tokens, i, item.pattern.parts, to);
      if (end > i) {
        i = end;
        moved = true;
        break;
      }
    }
    if (!moved && (isAdverb(t) || t.lower === "reporters" || t.lower === "journalists")) {
      i++;
      moved = true;
    }
    if (!moved) break;
  }
  const next = ctx.tokens[i];
  return i >= to || !next || (next.kind === "punct" && next.text !== ":" && !QUOTE_CHARS.test(next.text));
}

function claimFromCue(ctx: DocContext, s: SentenceView, h: PatternHit<ClaimCue>): FoundClaim | null {
  const cue = h.value;
  const cueText = textOf(ctx, h.from, h.to) ?? cue.cue;
  if (cue.kind === "impersonal") {
    const [a, b] = trimContent(ctx, s.from, s.to);
    return b > a ? { from: a, to: b, speaker: null, speakerText: null, speakerFrom: -1, speakerTo: -1, cue: cueText, hedged: true } : null;
  }
  if (cue.kind === "according") {
    const npTo = phraseAfter(ctx, h.to, s.to);
    const sp = speakerIn(ctx, h.to, npTo);
    const atStart = h.from <= s.from + 1;
    const [a, b] = atStart ? trimContent(ctx, npTo, s.to) : trimContent(ctx, s.from, h.from);
    if (b <= a) return null;
    return { from: a, to: b, speaker: sp?.key ?? null, speakerText: textOf(ctx, h.to, npTo), speakerFrom: h.to, speakerTo: npTo, cue: cueText, hedged: cue.hedged || isHedged(ctx, a, b) };
  }
  const prev = ctx.tokens[h.from - 1];
  if (prev && DETERMINERS.has(prev.lower)) return null;
  if (insideName(ctx, h.from, h.to)) return null;
  const next = ctx.tokens[h.to];
  if (cue.onlyBeforeQuote && !(next && (next.text === ":" || QUOTE_CHARS.test(next.text)))) return null;

  // "told ABC News that ...": what is said starts after the one it is told to
  const [ca, cb] = trimContent(ctx, addresseeEnd(ctx, h, s.to), s.to);
  let npEnd = skipFillersBack(ctx, h.from - 1, s.from);
  let npFrom = phraseBefore(ctx, npEnd, s.from);
  // "Jonathan Hoffman, the chief spokesman, said the targets ...": the appositive's comma
  if (npFrom > npEnd && ctx.tokens[npEnd]?.text === "," && !closesClause(ctx, h.to, s.to)) {
    npEnd -= 1;
    npFrom = phraseBefore(ctx, npEnd, s.from);
  }

  // "X spoke with Y on Saturday and said ...": the speaker is the subject the verbs share
  const shared = ctx.tokens[h.from - 1]?.lower === "and";
  if (shared || /^(saying|claiming|adding|insisting|warning|arguing|noting)$/.test(ctx.tokens[h.from]?.lower ?? "")) {
    const subject = candidatesBetween(ctx, s.from, h.from).find((c) => c.to <= h.from && AGENT_TYPES.has(c.type));
    if (cb <= ca) return null;
    return { from: ca, to: cb, speaker: subject?.key ?? null, speakerText: subject ? textOf(ctx, subject.from, subject.to) : null, speakerFrom: subject?.from ?? -1, speakerTo: subject?.to ?? -1, cue: cueText, hedged: cue.hedged || isHedged(ctx, ca, cb) };
  }

  const contentWords = ctx.tokens.slice(ca, cb).filter((t) => t.kind !== "punct").length;
  // "Michael Knights, a senior fellow, responded:" + the next paragraph
  if (next?.text === ":" && contentWords === 0 && npFrom <= npEnd) {
    const para = nextParagraph(ctx, next.end);
    if (para) {
      const sp = speakerOf(ctx, npFrom, npEnd + 1, s.from);
      return { from: para[0], to: para[1], speaker: sp.c?.key ?? null, speakerText: textOf(ctx, sp.from, sp.to), speakerFrom: sp.from, speakerTo: sp.to, cue: cueText, hedged: cue.hedged || isHedged(ctx, para[0], para[1]) };
    }
  }
  // ("Pakistan says nobody died": two words are enough when they tell a toll)
  const toll = contentWords === 2 && ctx.tokens.slice(ca, cb).some((t) => ctx.lexicon.numbers.deathWords.has(t.lower) || ctx.lexicon.numbers.injuryWords.has(t.lower));
  if (!closesClause(ctx, h.to, s.to) && (contentWords >= 3 || toll) && npFrom <= npEnd) {
    const sp = speakerOf(ctx, npFrom, npEnd + 1, s.from);
    return { from: ca, to: cb, speaker: sp.c?.key ?? null, speakerText: textOf(ctx, sp.from, sp.to), speakerFrom: sp.from, speakerTo: sp.to, cue: cueText, hedged: cue.hedged || isHedged(ctx, ca, cb) };
  }
  // inverted: "CONTENT, X said." or "CONTENT, said X."
  let spFrom = npFrom;
  let spTo = npEnd + 1;
  let contentEnd = npFrom;
  if (npFrom > npEnd) {
    // "CONTENT, said X" needs the comma or quotation mark before the cue; "called for a
    // strike and accused the League of ..." names no speaker after "accused"
    const before = ctx.tokens[h.from - 1]?.text ?? "";
    if (before !== "," && !QUOTE_CHARS.test(before)) return null;
    spFrom = h.to;
    spTo = phraseAfter(ctx, h.to, s.to);
    contentEnd = h.from;
  } else {
    // "CONTENT, X said" too; "the figure of 471 that Hamas announced" is a relative clause
    const before = ctx.tokens[npFrom - 1]?.text ?? "";
    if (npFrom > s.from && before !== "," && !QUOTE_CHARS.test(before) && before !== ":" && before !== "—" && before !== "-") return null;
  }
  const [a, b] = trimContent(ctx, s.from, contentEnd);
  if (b - a < 3 || spTo <= spFrom) return null;
  const sp = speakerOf(ctx, spFrom, spTo, s.from);
  return { from: a, to: b, speaker: sp.c?.key ?? null, speakerText: textOf(ctx, sp.from, sp.to), speakerFrom: sp.from, speakerTo: sp.to, cue: cueText, hedged: cue.hedged || isHedged(ctx, a, b) };
}

/** Words that, after a comma, set another statement beside the one before ("France said six were hurt, while the junta accused France"). */
const BESIDE = new Set(["while", "whereas"]);

/**
 * Pieces of a sentence between ellipses (a run-on "… " joins two reports) and before a
 * contrast after a comma (", while the junta accused ..." is not what the first speaker said).
 */
function pieces(ctx: DocContext, s: SentenceView): SentenceView[] {
  const out: SentenceView[] = [];
  let from = s.from;
  for (let i = s.from; i < s.to; i++) {
    const contrast = ctx.tokens[i]?.text === "," && BESIDE.has(ctx.tokens[i + 1]?.lower ?? "");
    if (ctx.tokens[i]?.text !== "…" && !contrast) continue;
    if (i > from) out.push({ ...s, from, to: i });
    from = i + 1;
  }
  if (s.to > from) out.push({ ...s, from });
  return out;
}

export function claimsInSentence(ctx: DocContext, whole: SentenceView): FoundClaim[] {
  return pieces(ctx, whole).flatMap((s) => claimsInPiece(ctx, s));
}

function claimsInPiece(ctx: DocContext, s: SentenceView): FoundClaim[] {
  const hits = longestNonOverlapping(findAll(ctx.lexicon.claimCues, ctx.tokens, s.from, s.to));
  const personal = hits.filter((h) => h.value.kind !== "impersonal");
  const out: FoundClaim[] = [];
  for (const h of personal.length ? personal : hits.slice(0, 1)) {
    const c = claimFromCue(ctx, s, h);
    if (c) out.push(c);
  }
  return out;
}
