/** Whether a short field looks like a person's or a handle's name rather than a phrase. */
export function isNameLike(s: string, maxWords = 6): boolean {
  const t = s.trim();
  if (t.length === 0 || t.length > 60) return false;
  if (/[.,;:!?]$/.test(t) && !/\b[A-Z]\.$/.test(t)) return false;
  // "Posted by: Marek", "Note: ..." are labels, not names.
  if (t.includes(": ")) return false;
  const words = t.split(/\s+/);
  if (words.length > maxWords) return false;
  if (!/[\p{L}\p{N}]/u.test(t)) return false;
  // A phrase of several words starting in lower case ("the ministry") is not a name.
  if (words.length > 1 && /^\p{Ll}/u.test(t)) return false;
  return true;
}
