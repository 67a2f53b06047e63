/** Share of the longer words a title-cased line capitalises, at least. */
const TITLE_CASE_SHARE = 0.6;

/**
 * A line in title case, as headlines are written ("Riots Erupt Following Death of
 * Brooklyn Teen Killed By Police"): at least three words of four letters or more, most
 * of them capitalised.
 */
export function titleCased(line: string): boolean {
  const words = line.match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= TITLE_CASE_SHARE * words.length;
}
