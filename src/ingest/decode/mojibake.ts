/**
 * Counts the marks UTF-8 text leaves when decoded as a single-byte charset
 * ("Ã©" for "é", "â€™" for "’"). Two or more suggest the wrong charset was used.
 */
export function mojibakeMarks(text: string): number {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  return (sample.match(/[ÂÃ][\u0080-\u00bf]|â€[\u0080-\u00bf\u2013-\u203a\u02dc\u0153\u0161\u017e\u2122]/g) ?? []).length;
}
