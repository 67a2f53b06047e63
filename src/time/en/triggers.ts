import { alternation, timeLexicon } from "./lexicon.js";

/**
 * A quick test run before any parser: does this piece of text contain a digit or a
 * time word (data/en/time/triggers.json)? Text without one
 * holds no time expression and is skipped. Parsers use `keywordGate` the same way for
 * their own words.
 */
let trigger: RegExp | null = null;

export function mayHoldTime(text: string): boolean {
  trigger ??= new RegExp(`\\d|(?<![\\p{L}])(?:${alternation(timeLexicon().triggers)})s?(?![\\p{L}])`, "iu");
  return trigger.test(text);
}

/** A pattern that fails at once, for a parser whose keywords are absent. */
export const NEVER = /^(?!)/;

/** Returns `pattern` when `keywords` occurs in the text, NEVER otherwise. */
export function keywordGate(text: string, keywords: RegExp, pattern: RegExp): RegExp {
  return keywords.test(text) ? pattern : NEVER;
}
