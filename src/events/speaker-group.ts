/**
 * "We" in a quotation from a group's member or spokesman: "“They killed our brothers,”
 * said Kataib Hezbollah fighter Saad Ali", "“We will respond,” a Hamas spokesman said".
 * The group the attribution names stands for "we" and "us" inside the quotation, and for
 * "our" before its members or forces ("our brothers", "our fighters") or an event word
 * ("our attacks"); not for "our country", which is another thing.
 *
 * The group is a name of a group, a government, an armed force or an organisation in the
 * attribution (a country, as in "an Iranian official", when it names no other). An
 * attribution that is a bare pronoun ("he said") or a quotation with none that continues
 * another takes the group of the quotation just before, within a few paragraphs.
 */
import type { EntityType, QuoteSpan } from "../model/analysis.js";
import { sentenceOfToken, type Candidate, type DocContext } from "./context.js";
import { findAll } from "./pattern.js";
import { tokenAt } from "./tokens.js";

const GROUPS: ReadonlySet<EntityType> = new Set(["ARMED_GROUP", "GOVERNMENT", "MILITARY", "ORGANIZATION", "GROUP"]);
const LOCATIVE = new Set(["in", "at", "near", "from", "into", "across"]);
/** How far back (characters) a quotation with no group of its own looks for the one before. */
const CONTINUES_WITHIN = 800;

/** Where the attribution of `q` stands in the text: its speaker's words nearest the quotation, outside it. */
function attributionSpan(ctx: DocContext, q: QuoteSpan): { start: number; end: number } | null {
  const written = q.speakerText?.trim();
  if (written) {
    const after = ctx.text.indexOf(written, q.end);
    const before = ctx.text.lastIndexOf(written, q.start - written.length);
    const options = [
      after >= 0 && after - q.end < 300 ? { start: after, end: after + written.length, gap: after - q.end } : null,
      before >= 0 && q.start - (before + written.length) < 300 ? { start: before, end: before + written.length, gap: q.start - (before + written.length) } : null,
    ].filter((x): x is { start: number; end: number; gap: number } => x !== null);
    options.sort((a, b) => a.gap - b.gap);
    if (options[0]) return options[0];
  }
  return reportingClause(ctx, q);
}

/**
 * The reporting clause beside a quotation the text stage gave no speaker: after it in its
 * sentence ("“...,” said X on Wednesday.") up to what else is said ("that", a second
 * reporting verb), or before it ("X said: “...”").
 */
function reportingClause(ctx: DocContext, q: QuoteSpan): { start: number; end: number } | null {
  const { tokens } = ctx;
  const sentence = ctx.sentences.find((s) => s.sentence.start < q.end && q.end <= s.sentence.end);
  if (sentence && q.end < sentence.sentence.end) {
    let from = tokenAt(tokens, q.end);
    while (from < tokens.length && tokens[from]!.start < q.end) from++;
    const cues = findAll(ctx.lexicon.claimCues, tokens, from, sentence.to);
    const cue = cues[0];
    if (cue && cue.from - from <= 6) {
      let to = sentence.to;
      for (let i = cue.to; i < sentence.to; i++) {
        if (tokens[i]?.lower === "that" || tokens[i]?.text === ";" || cues.some((c) => c !== cue && c.from === i)) {
          to = i;
          break;
        }
      }
      return { start: tokens[from]?.start ?? q.end, end: tokens[to - 1]?.end ?? q.end };
    }
  }
  const opening = ctx.sentences.find((s) => s.sentence.start <= q.start && q.start < s.sentence.end);
  if (opening) {
    const lead = ctx.text.slice(opening.sentence.start, q.start);
    let to = opening.from;
    while (to < tokens.length && tokens[to]!.end <= q.start) to++;
    if (/[:,]\s*$/.test(lead) && findAll(ctx.lexicon.claimCues, tokens, opening.from, to).length > 0) return { start: opening.sentence.start, end: q.start };
  }
  return null;
}

/** The group the attribution names, or null. */
function groupNamed(ctx: DocContext, span: { start: number; end: number }): Candidate | null {
  const inside = ctx.candidates.filter((c) => c.start >= span.start && c.end <= span.end && !c.anaphor && !LOCATIVE.has(ctx.tokens[c.from - 1]?.lower ?? ""));
  return inside.find((c) => GROUPS.has(c.type)) ?? inside.find((c) => c.type === "COUNTRY") ?? null;
}

export function speakerGroupPronouns(ctx: DocContext): Candidate[] {
  const lex = ctx.lexicon.firstPerson;
  const out: Candidate[] = [];
  let last: { group: Candidate; end: number } | null = null;
  const quotes = ctx.quotes.filter((q) => q.kind === "quotation" && q.end > q.start).sort((a, b) => a.start - b.start);
  for (const q of quotes) {
    const span = attributionSpan(ctx, q);
    let group = span ? groupNamed(ctx, span) : null;
    const bare = !q.speakerText || /^(?:he|she|they)$/i.test(q.speakerText.trim());
    if (!group && bare && last && q.start - last.end <= CONTINUES_WITHIN) group = last.group;
    if (!group) {
      if (!bare) last = null;
      continue;
    }
    last = { group, end: q.end };
    for (let i = tokenAt(ctx.tokens, q.start); i < ctx.tokens.length; i++) {
      const t = ctx.tokens[i]!;
      if (t.start < q.start) continue;
      if (t.end > q.end) break;
      const next = ctx.tokens[i + 1]?.lower ?? "";
      const stands =
        lex.pronouns.has(t.lower) ||
        (lex.possessives.has(t.lower) && (lex.members.has(next) || ctx.lexicon.possessiveForces.has(next) || findAll(ctx.lexicon.triggers, ctx.tokens, i + 1, i + 3).some((h) => h.from === i + 1)));
      if (!stands || ctx.candidates.some((c) => c.start < t.end && t.start < c.end)) continue;
      out.push({ start: t.start, end: t.end, key: group.key, type: group.type, from: i, to: i + 1, sentence: sentenceOfToken(ctx.sentences, i), anaphor: true });
    }
  }
  return out;
}
