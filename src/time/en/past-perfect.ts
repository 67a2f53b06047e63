/**
 * Is the clause leading up to a position told in the past perfect ("who had been
 * holed up … for", "had lasted for") or the past progressive ("were fighting for")?
 * Such a clause looks back from a past moment of the story, not from the publication.
 * The nearest auxiliary before the position within the clause decides: "had" (or
 * "’d been") → past perfect; "was"/"were" followed by an -ing word → past progressive;
 * "has"/"have"/"is"/anything else → no.
 */
const WINDOW = 100;
const AUXILIARY = /(?:(?<![\p{L}])(?:had|has|have|was|were|is|are|am|will|would)|['’](?:d\s+been|ve|s\s+been))(?![\p{L}])/giu;

export function isPastPerfectBefore(text: string, index: number): boolean {
  let window = text.slice(Math.max(0, index - WINDOW), index);
  const boundary = Math.max(window.lastIndexOf("."), window.lastIndexOf(";"), window.lastIndexOf("!"), window.lastIndexOf("?"));
  if (boundary >= 0) window = window.slice(boundary + 1);
  let last: RegExpExecArray | null = null;
  AUXILIARY.lastIndex = 0;
  for (let m = AUXILIARY.exec(window); m; m = AUXILIARY.exec(window)) last = m;
  if (!last) return false;
  const aux = last[0].toLowerCase();
  if (aux === "had" || /^['’]d/.test(aux)) return true;
  if (aux === "was" || aux === "were") {
    return /^\s+(?:\p{L}+\s+)?\p{L}+ing(?![\p{L}])/u.test(window.slice(last.index + last[0].length));
  }
  return false;
}
