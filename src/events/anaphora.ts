/**
 * Resolves "he", "they", "the group", "the militia" ... to an earlier entity mention.
 * Salience rule: going back from the anaphor (same sentence first, then up to
 * `anaphorWindow` sentences back) over mentions whose entity type the anaphor allows and
 * which are not place phrases ("in Iraq", "from Syria"): the nearest one that opens its
 * sentence or clause (a subject), else the nearest one. A resolved
 * anaphor never serves as the antecedent of another. Words already covered by an
 * entity mention are left to the entity stage.
 */
import type { EntityType } from "../model/analysis.js";
import type { Candidate, DocContext } from "./context.js";
import { findAll } from "./pattern.js";

const LOCATIVE = new Set(["in", "at", "near", "from", "into", "inside", "across", "throughout", "to"]);
const EVALUATIVE = new Set(["likely", "unlikely", "clear", "unclear", "possible", "impossible", "important", "true", "false", "hard", "difficult", "easy", "time", "not", "said", "believed", "thought", "expected", "reported", "feared", "a", "an", "the", "quite", "very", "also", "now", "after", "because", "that", "worth", "obvious", "known"]);
const NOT_REFERRING_AFTER_IT = new Set(["is", "was", "'s", "seems", "seemed", "appears", "appeared", "remains", "remained", "takes", "took", "makes", "made"]);

const CLAUSE_OPENERS = new Set(["and", "but", "that", "when", "while", "as", "because", "after", "before", "then"]);

/** A mention that opens its sentence or clause: most likely a subject. */
function subjectLike(ctx: DocContext, c: Candidate): boolean {
  const s = ctx.sentences[c.sentence];
  if (!s) return false;
  let j = c.from - 1;
  while (j >= s.from && ctx.tokens[j]?.kind === "word" && /^(the|a|an)$/.test(ctx.tokens[j]?.lower ?? "")) j--;
  if (j < s.from) return true;
  const prev = ctx.tokens[j];
  return !!prev && ((prev.kind === "punct" && /[,;:“"(—–]/.test(prev.text)) || CLAUSE_OPENERS.has(prev.lower));
}

export function resolveAnaphors(ctx: DocContext): Candidate[] {
  const out: Candidate[] = [];
  const named = ctx.candidates;
  for (const s of ctx.sentences) {
    const hits = findAll(ctx.lexicon.anaphors, ctx.tokens, s.from, s.to);
    for (const h of hits) {
      const first = ctx.tokens[h.from];
      const last = ctx.tokens[h.to - 1];
      if (!first || !last) continue;
      if (named.some((c) => c.start < last.end && first.start < c.end)) continue;
      if (first.lower === "it" && NOT_REFERRING_AFTER_IT.has(ctx.tokens[h.to]?.lower ?? "") && EVALUATIVE.has(ctx.tokens[h.to + 1]?.lower ?? "")) continue;
      const types = new Set(h.value as EntityType[]);
      let antecedent: Candidate | undefined;
      let recent: Candidate | undefined;
      for (let i = named.length - 1; i >= 0; i--) {
        const c = named[i] as Candidate;
        if (c.start >= first.start) continue;
        if (c.sentence < s.index - ctx.lexicon.anaphorWindow) break;
        // salience: subjects first, then the most recent; never a place after "in/at/from"
        if (!types.has(c.type) || LOCATIVE.has(ctx.tokens[c.from - 1]?.lower ?? "")) continue;
        recent ??= c;
        if (subjectLike(ctx, c)) {
          antecedent = c;
          break;
        }
      }
      antecedent ??= recent;
      if (!antecedent) continue;
      out.push({ start: first.start, end: last.end, key: antecedent.key, type: antecedent.type, from: h.from, to: h.to, sentence: s.index, anaphor: true });
    }
  }
  return out;
}
