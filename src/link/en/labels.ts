/**
 * English patterns for the descriptive phrases a text puts next to an actor's name:
 * "the Iranian-backed militia Kataib Hezbollah", "Kataib Hezbollah, an Iraqi militia,",
 * "Iran-backed Kataib Hezbollah". Structural only: determiners, hyphenated compounds and
 * appositive commas — no word lists of opinions.
 */
const DETERMINER = "the|a|an|this|these|those|its|their|his|her|our|so-called";
const STOP = new Set(
  "of in on by to and or but that which who whom whose with for from at as is was were are be been said says has have had not than into over after before against".split(
    " ",
  ),
);
const WORD = "[\\p{L}\\p{N}'’-]+";
const BEFORE_DET = new RegExp(`(?:^|[\\s(“"])(?:${DETERMINER})\\s+((?:${WORD}\\s+){0,4}?${WORD})\\s+$`, "iu");
const BEFORE_COMPOUND = new RegExp(`((?:\\p{L}+-[\\p{L}-]+\\s+)+)$`, "u");
const AFTER_APPOSITIVE = new RegExp(`^\\s*,\\s+((?:an?|the)\\s+[^,.;:()"“”]{3,80}?)\\s*[,.;)]`, "iu");

function acceptable(phrase: string, maxWords: number): boolean {
  const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > maxWords) return false;
  return !words.some((w) => STOP.has(w));
}

/** Descriptive phrases around the mention at [start, end) within [from, to) (its sentence). */
export function labelsAround(text: string, start: number, end: number, from: number, to: number): string[] {
  const out: string[] = [];
  const before = text.slice(Math.max(from, start - 120), start);
  const det = BEFORE_DET.exec(before);
  if (det?.[1] && acceptable(det[1], 5)) out.push(det[1]);
  else {
    const comp = BEFORE_COMPOUND.exec(before);
    if (comp?.[1] && acceptable(comp[1], 3)) out.push(comp[1].trim());
  }
  const after = text.slice(end, Math.min(to, end + 120));
  const app = AFTER_APPOSITIVE.exec(after);
  if (app?.[1]) {
    const phrase = app[1].replace(/^(?:an?|the)\s+/i, "");
    if (acceptable(phrase, 8)) out.push(phrase);
  }
  return out.map((p) => p.replace(/\s+/g, " ").trim()).filter(Boolean);
}
