/**
 * Step: claims — attributed statements. Quotations and embedded tweets that carry a
 * speaker (from the text stage) are claims by that speaker; sentences with a reporting
 * cue give claims by the rules in en/claims.ts. A cue claim that repeats a quote claim
 * only lends it a speaker. A claim whose telling the text dates carries that day
 * (telling-day.ts).
 */
import type { Claim, QuoteSpan } from "../model/analysis.js";
import { diagnostic } from "../model/diagnostic.js";
import { firstCandidateAt, type Candidate, type DocContext } from "./context.js";
import { claimsInSentence } from "./en/claims.js";
import { BE, MODALS } from "./en/grammar.js";
import { findAll } from "./pattern.js";
import { tokenAt } from "./tokens.js";
import type { EventState } from "./state.js";
import { withTellingDays } from "./telling-day.js";

const norm = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();

function wholeWord(hay: string, needle: string): boolean {
  if (!needle) return false;
  const i = ` ${hay} `.indexOf(` ${needle} `);
  return i >= 0;
}

function speakerOfQuote(ctx: DocContext, q: QuoteSpan): string | null {
  const written = norm((q.speakerText ?? "").replace(/[()]/g, " "));
  const handle = q.handle ? norm(q.handle.replace(/^@/, "")) : null;
  let best: { key: string; len: number } | null = null;
  for (const e of ctx.entities.values()) {
    for (const alias of [e.name, ...e.aliases]) {
      const a = norm(alias);
      const hit = (handle && (a === `@${handle}` || a === handle)) || (a.length > 1 && wholeWord(written, a));
      if (hit && (!best || a.length > best.len)) best = { key: e.key, len: a.length };
    }
  }
  if (best) return best.key;
  if (/^(he|she)$/.test(written)) {
    let person: Candidate | undefined;
    for (let i = firstCandidateAt(ctx.candidates, tokenAt(ctx.tokens, q.start)) - 1; i >= 0 && !person; i--) {
      const c = ctx.candidates[i] as Candidate;
      if (c.start < q.start && c.type === "PERSON") person = c;
    }
    return person?.key ?? null;
  }
  return null;
}

function quoteClaims(ctx: DocContext): Claim[] {
  const out: Claim[] = [];
  for (const q of ctx.quotes) {
    if (q.kind === "byline" || !q.speakerText || q.end <= q.start) continue;
    const from = tokenAt(ctx.tokens, q.start);
    const to = tokenAt(ctx.tokens, q.end);
    out.push({
      start: q.start,
      end: q.end,
      text: ctx.text.slice(q.start, q.end),
      speaker: speakerOfQuote(ctx, q),
      speakerText: q.speakerText,
      cue: q.kind === "tweet" ? "tweeted" : "said",
      hedged: findAll(ctx.lexicon.hedges, ctx.tokens, from, to).length > 0,
      event: null,
    });
  }
  return out;
}

/** How far back, in characters, a speaker who goes on may have spoken before ("... in a statement. She continued: ..."). */
const GOING_ON_REACH = 600;

/**
 * "The Pentagon ... said in a statement that ... She continued: “...”": a quotation given
 * to "he" or "she" with a verb of going on (data/en/events/claims.json) is the last named
 * speaker's, when one spoke just before, not the last person the text named.
 */
function withGoingOn(ctx: DocContext, claims: Claim[]): Claim[] {
  return claims.map((c, i) => {
    if (!/^(he|she)$/i.test(c.speakerText ?? "")) return c;
    const lead = /\b(?:he|she)\s+([a-z]+(?:\s+on)?)\s*[:,]?\s*["“]?\s*$/i.exec(ctx.text.slice(Math.max(0, c.start - 40), c.start));
    if (!lead || !ctx.lexicon.continuing.has((lead[1] ?? "").toLowerCase())) return c;
    const before = claims.slice(0, i).reverse().find((p) => p.speaker !== null && p.end <= c.start && c.start - p.end <= GOING_ON_REACH);
    return before && before.speaker !== c.speaker ? { ...c, speaker: before.speaker } : c;
  });
}

/**
 * A quotation with no speaker of its own that follows a claim in the same paragraph
 * continues it: "'Everyone is relieved,' said Maj. Dietz. 'A situation that ...'".
 */
function withContinuations(ctx: DocContext, claims: Claim[]): Claim[] {
  const out = [...claims];
  for (const q of ctx.quotes) {
    if (q.kind !== "quotation" || q.speakerText || q.end <= q.start) continue;
    if (out.some((c) => c.start < q.end && q.start < c.end)) continue;
    const before = out.filter((c) => c.end <= q.start && c.speakerText !== null).sort((a, b) => b.end - a.end)[0];
    if (!before || ctx.text.slice(before.end, q.start).includes("\n")) continue;
    const from = tokenAt(ctx.tokens, q.start);
    const to = tokenAt(ctx.tokens, q.end);
    const continued: Claim = { start: q.start, end: q.end, text: ctx.text.slice(q.start, q.end), speaker: before.speaker, speakerText: before.speakerText, cue: before.cue, hedged: findAll(ctx.lexicon.hedges, ctx.tokens, from, to).length > 0, event: null };
    if (before.date) continued.date = before.date;
    out.push(continued);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A speaker phrase with no verb in it ("Hamas", "the Doctors' Syndicate"; not "Aristide has been" before "accused"). */
function plainSpeaker(ctx: DocContext, from: number, to: number): boolean {
  if (from < 0 || to <= from) return false;
  return ctx.tokens.slice(from, to).every((t) => !BE.has(t.lower) && !MODALS.has(t.lower));
}

export function findClaims(ctx: DocContext, state: EventState): EventState {
  const fromQuotes = quoteClaims(ctx);
  const speakerTokens = new Set<number>();
  const sayerTokens = new Set<number>();
  const fromCues: Claim[] = [];
  for (const s of ctx.sentences) {
    for (const f of claimsInSentence(ctx, s)) {
      // a speaker named after its content ("..., the Pentagon said") is no participant of it
      if (f.speakerFrom >= f.to) for (let i = f.speakerFrom; i < f.speakerTo; i++) speakerTokens.add(i);
      // one named before ("Hamas said 97 civilians had been killed") is no one who suffered it
      else if (plainSpeaker(ctx, f.speakerFrom, f.speakerTo)) for (let i = f.speakerFrom; i < f.speakerTo; i++) sayerTokens.add(i);
      const a = ctx.tokens[f.from];
      const b = ctx.tokens[f.to - 1];
      if (!a || !b) continue;
      fromCues.push({ start: a.start, end: b.end, text: ctx.text.slice(a.start, b.end), speaker: f.speaker, speakerText: f.speakerText, cue: f.cue, hedged: f.hedged, event: null });
    }
  }
  const merged = fromQuotes.map((q) => ({ ...q }));
  const kept: Claim[] = [];
  for (const c of fromCues) {
    const same = merged.find((q) => c.start < q.end && q.start < c.end && (q.speaker === null || c.speaker === null || q.speaker === c.speaker));
    if (!same) {
      kept.push(c);
      continue;
    }
    if (same.speaker === null && c.speaker !== null) {
      same.speaker = c.speaker;
      same.speakerText = c.speakerText;
      same.cue = c.cue;
    }
  }
  const claims = withContinuations(ctx, withGoingOn(ctx, withTellingDays(ctx, [...merged, ...kept].sort((a, b) => a.start - b.start || a.end - b.end))));
  const diagnostics = claims
    .filter((c) => c.speaker === null && c.speakerText === null)
    .map((c) => diagnostic({ code: "claim-without-speaker", stage: "events", severity: "info", message: `A claim cued by "${c.cue}" names no speaker.`, start: c.start, end: c.end }));
  return { ...state, claims, speakerTokens, sayerTokens, diagnostics: [...state.diagnostics, ...diagnostics] };
}
