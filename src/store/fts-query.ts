/**
 * Turns what a user types into a safe full-text query: words are kept as quoted terms
 * (all must match), so no user text is ever read as query syntax. Returns "" when
 * nothing searchable is left.
 */
export function ftsTerms(input: string): string[] {
  return (input.normalize("NFKC").match(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu) ?? []).slice(0, 16).map((t) => t.replace(/['’]/g, ""));
}

export function ftsQuery(input: string): string {
  return ftsTerms(input)
    .filter((t) => t.length > 0)
    .map((t) => `"${t.replace(/"/g, "")}"`)
    .join(" ");
}
