/**
 * Turns what a user types into a safe full-text query: words are kept as quoted terms
 * (all must match), so no user text is ever read as query syntax. Returns "" when
 * nothing searchable is left.
 */
export function ftsTerms(input: string): string[] {
  return words(input).map((t) => t.replace(/['’]/g, ""));
}

function words(input: string): string[] {
  return (input.normalize("NFKC").match(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu) ?? []).slice(0, 16);
}

/**
 * The FTS5 MATCH expression. A word with an apostrophe matches as written (the
 * tokenizer splits "Kata'ib" into kata + ib, a phrase) or run together ("Kataib").
 */
export function ftsQuery(input: string): string {
  return words(input)
    .map((w) => {
      const joined = `"${w.replace(/['’]/g, "")}"`;
      return /['’]/.test(w) ? `("${w}" OR ${joined})` : joined;
    })
    .join(" AND ");
}
