/** Rough shapes of a trimmed line: prose paragraph or headline. */

function wordCount(s: string): number {
  let n = 0;
  for (const w of s.split(/\s+/)) if (w !== "") n++;
  return n;
}

/** A line of running text: long, or a sentence ending in a full stop or colon. */
export function isProse(trimmed: string): boolean {
  if (trimmed.length > 250) return true;
  const words = wordCount(trimmed);
  if (words >= 25) return true;
  if (words >= 4 && /[.:;]["”’)\]]?$/.test(trimmed)) return true;
  if (words >= 20 && /[?!]["”’)\]]?$/.test(trimmed)) return true;
  return false;
}

/** A line that could be a headline or a site name: a short run of words, not a sentence. */
export function isHeadlineLike(trimmed: string): boolean {
  if (trimmed.length < 4 || trimmed.length > 220) return false;
  if (isProse(trimmed)) return false;
  const words = wordCount(trimmed);
  if (words < 2 || words > 30) return false;
  if (!/\p{L}/u.test(trimmed)) return false;
  if (/^\p{Ll}/u.test(trimmed)) return false;
  return !/[,;]$/.test(trimmed);
}
