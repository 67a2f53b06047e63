/** Tells names apart from trigger and cue words. */
import { candidatesBetween, sentenceOfToken, type DocContext } from "./context.js";

/** Words that may end a trigger pattern and begin the name after it ("storm the embassy"). */
export const OPENERS: ReadonlySet<string> = new Set(["the", "a", "an", "into", "on", "at", "in", "against"]);

/** A word inside an entity mention, or capitalised mid-sentence ("United States", "Operation Strike"), is a name. */
export function insideName(ctx: DocContext, from: number, to: number): boolean {
  const a = ctx.tokens[from];
  const b = ctx.tokens[to - 1];
  if (!a || !b) return false;
  const overlaps = (t: { start: number; end: number }, i: number) => candidatesBetween(ctx, i - 24, i + 1).some((c) => !c.anaphor && c.start < t.end && t.start < c.end);
  // "closed the Rafah Crossing", "surrounded the U.S. embassy compound": a name that begins
  // inside the phrase's gap and runs to its last word, or past it, is the phrase's object, named
  const namedObject = () => to - from > 1 && candidatesBetween(ctx, from + 1, to).some((c) => !c.anaphor && c.from > from && c.to >= to);
  // only the pattern's own first and last words count: a gap may hold a name ("give Tanzania a grant");
  // a closing article or preposition ("storm the", "break into") may open the name that follows
  if (overlaps(a, from) || (!OPENERS.has(b.lower) && overlaps(b, to - 1) && !namedObject())) return true;
  const s = ctx.sentences[sentenceOfToken(ctx.sentences, from)];
  const first = s ? s.from : from;
  const prev = ctx.tokens[from - 1];
  const sentenceStart = from === first || (prev !== undefined && prev.kind === "punct" && /["“(:—–]/.test(prev.text));
  return !sentenceStart && /^\p{Lu}\p{Ll}/u.test(a.text) && isTitleCaseRun(ctx, from);
}

/** A capitalised word next to other capitalised words (a name), not a headline. */
function isTitleCaseRun(ctx: DocContext, i: number): boolean {
  const cap = (k: number) => /^\p{Lu}/u.test(ctx.tokens[k]?.text ?? "");
  const s = ctx.sentences[sentenceOfToken(ctx.sentences, i)];
  if (s) {
    const words = ctx.tokens.slice(s.from, s.to).filter((t) => t.kind === "word");
    const capitalised = words.filter((t) => /^\p{Lu}/u.test(t.text)).length;
    if (words.length >= 4 && capitalised / words.length > 0.6) return false;
  }
  return cap(i - 1) || cap(i + 1);
}
