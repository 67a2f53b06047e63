/**
 * The WHATWG name of a charset label ("latin1" → "windows-1252", "UTF8" → "utf-8"),
 * or null when no decoder knows the label.
 */
export function canonicalCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}
