/**
 * Cuts every sentence into segments at causal cues ("in retaliation for", "after") and
 * semicolons or ellipses, so that cause and response stay two events; the cause a cue
 * introduces ends at ", and" or ", but" joining a new clause; a second clause of
 * what was said (", and that ...") starts a segment of its own; a conditional's
 * consequent (", then ...") starts a segment of its own, out of the condition's scope.
 * A sentence-initial cue ("After the strikes, militias stormed ...") also cuts at the
 * first comma after it, a cleft ("It was after these attacks that a campaign began") at its
 * "that", and a cue right after a reporting verb ("said before Thursday's strike that he
 * planned ...") at the "that" opening what was said.
 */
import type { DocContext } from "./context.js";
import { CONSEQUENT } from "./en/grammar.js";
import type { RelationCue } from "./lexicon.js";
import { findAll, longestNonOverlapping, type PatternHit } from "./pattern.js";
import type { EventState, Segment } from "./state.js";

const CLAUSE_BREAKS = new Set([";", "…"]);
/** Conjunctions after a comma that join a new clause to the sentence, ending a cause's scope. */
const JOINED_CLAUSE = new Set(["and", "but", "while", "whereas"]);
/** Words before a cue that make its noun a thing talked about ("the response to the crisis"); a possessive does not: "its response to a drone attack" is the owner's act in response. */
const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those", "my", "your"]);

/** "It was after ...", "It is because of ...": a cleft whose cue opens the cause. */
function cleftOpening(ctx: DocContext, from: number, cue: number): boolean {
  const words = ctx.tokens.slice(from, cue).map((t) => t.lower);
  return words.length === 2 && words[0] === "it" && (words[1] === "was" || words[1] === "is" || words[1] === "'s");
}

/** Only a short time phrase stands before the cue ("In the week following ..."). */
function leadIn(ctx: DocContext, from: number, cue: number): boolean {
  if (cue - from > 4) return false;
  for (let i = from; i < cue; i++) if (!ctx.lexicon.relationLeadIns.has(ctx.tokens[i]?.lower ?? "")) return false;
  return true;
}

/**
 * The "that" opening what was said, when a cue stands between a reporting verb and it
 * ("said before Thursday's strike that ...", "said in response to the raid that ..."); or -1.
 */
function reportedAfter(ctx: DocContext, cueFrom: number, cueTo: number, end: number): number {
  const verb = ctx.tokens[cueFrom - 1];
  if (!verb || verb.kind === "punct") return -1;
  if (!findAll(ctx.lexicon.claimCues, ctx.tokens, cueFrom - 1, cueFrom).some((h) => h.to === cueFrom)) return -1;
  for (let i = cueTo + 1; i < end && i < cueTo + 12; i++) {
    const t = ctx.tokens[i];
    if (t?.lower === "that") return i;
    if (t?.kind === "punct" && t.text !== "'" && t.text !== "’") return -1;
  }
  return -1;
}

/**
 * The first token after the handles a comment opens by addressing ("@Dmitri The blast
 * killed three", "@Olena, @Dmitri: ..."): whom a reply is to takes no part in what it says.
 */
function afterAddressees(ctx: DocContext, from: number, to: number): number {
  const { tokens } = ctx;
  let i = from;
  while (i + 1 < to && tokens[i]?.text === "@" && tokens[i + 1]?.start === tokens[i]?.end && tokens[i + 1]?.kind === "word") {
    i += 2;
    // the rest of the handle ("@jane_doe"): whatever touches it
    while (i < to && tokens[i]?.start === tokens[i - 1]?.end && tokens[i]?.text !== "," && tokens[i]?.text !== ":") i++;
    while (i < to && (tokens[i]?.text === "," || tokens[i]?.text === ":")) i++;
  }
  return i < to ? i : from;
}

export function segmentSentences(ctx: DocContext, state: EventState): EventState {
  const segments: Segment[] = [];
  for (const sentence of ctx.sentences) {
    const s = { ...sentence, from: afterAddressees(ctx, sentence.from, sentence.to) };
    const cues = longestNonOverlapping(findAll(ctx.lexicon.relations, ctx.tokens, s.from, s.to)).filter(
      (h) => !DETERMINERS.has(ctx.tokens[h.from - 1]?.lower ?? "") || h.from === s.from,
    );
    const cuts: { at: number; resume: number; cue: PatternHit<RelationCue> | null; leading: boolean; cleft?: boolean; joined?: boolean }[] = [];
    for (const c of cues) {
      // "set the building on fire after lawmakers passed a bill, and police opened fire":
      // the cause ends where a new clause is joined to the sentence
      if (c.value.direction === "effect-first") {
        for (let i = c.to + 1; i < s.to - 1; i++) {
          const t = ctx.tokens[i];
          if (t?.text === "," && JOINED_CLAUSE.has(ctx.tokens[i + 1]?.lower ?? "") && ctx.tokens[i + 2]?.lower !== "that") {
            cuts.push({ at: i, resume: i + 2, cue: null, leading: false, joined: true });
            break;
          }
        }
      }
      const initial = c.from === s.from || (c.from === s.from + 1 && ctx.tokens[s.from]?.kind === "punct") || leadIn(ctx, s.from, c.from);
      const cleft = cleftOpening(ctx, s.from, c.from);
      cuts.push({ at: c.from, resume: c.to, cue: c, leading: (initial || cleft) && c.value.direction === "effect-first", cleft });
      // "Esper said before Thursday's strike that he planned ...": what was said starts at "that"
      const said = reportedAfter(ctx, c.from, c.to, s.to);
      if (said >= 0) cuts.push({ at: said, resume: said + 1, cue: null, leading: false });
    }
    for (let i = s.from; i < s.to; i++) {
      if (CLAUSE_BREAKS.has(ctx.tokens[i]?.text ?? "")) cuts.push({ at: i, resume: i + 1, cue: null, leading: false });
      // "if X ..., then Y": the condition's scope ends where its consequent begins
      else if (ctx.tokens[i]?.text === "," && ctx.tokens[i + 1]?.lower === CONSEQUENT) cuts.push({ at: i, resume: i + 1, cue: null, leading: false });
      // "said X had struck targets in retaliation for Tuesday's raid, and that jets had been
      // shot down": a second clause of what was said is an act of its own, out of the cue's scope
      else if (ctx.tokens[i]?.text === "," && ctx.tokens[i + 1]?.lower === "and" && ctx.tokens[i + 2]?.lower === "that") cuts.push({ at: i, resume: i + 3, cue: null, leading: false });
    }
    let cleftCut = false;
    cuts.sort((a, b) => a.at - b.at);
    let from = s.from;
    let cue: PatternHit<RelationCue> | null = null;
    let leading = false;
    let joined = false;
    const mark = (seg: Segment): Segment => (joined ? { ...seg, joined: true } : seg);
    for (const cut of cuts) {
      if (cut.at < from) continue;
      if (cut.at > from) segments.push(mark({ sentence: s.index, from, to: cut.at, cue, leading: false }));
      from = cut.resume;
      cue = cut.cue;
      leading = cut.leading;
      joined = cut.joined ?? false;
      cleftCut = cut.cleft ?? false;
      if (leading) {
        // "After X, Y": the cause ends at the comma; "It was after X that Y": at "that"
        const end = cleftCut ? "that" : ",";
        let comma = -1;
        for (let i = from + 1; i < s.to; i++) if (ctx.tokens[i]?.lower === end) { comma = i; break; }
        if (comma > 0) {
          segments.push({ sentence: s.index, from, to: comma, cue, leading: true });
          from = comma + 1;
          cue = null;
        }
      }
    }
    if (s.to > from) segments.push(mark({ sentence: s.index, from, to: s.to, cue, leading: false }));
  }
  return { ...state, segments };
}
