import { readDataFile, stringList } from "../data-file.js";

/** English words of comment headers, signatures and bylines (data/en/comment-layout.json). */
export interface LayoutWords {
  headerVerbs: string[];
  signaturePrefixes: string[];
  bylinePrefixes: string[];
  datePrefixes: string[];
  updatePrefixes: string[];
}

let cached: LayoutWords | null = null;

export function layoutWords(): LayoutWords {
  if (cached) return cached;
  const raw = readDataFile("en/plaintext/comment-layout.json") as Record<string, unknown>;
  const list = (name: string): string[] =>
    stringList(raw[name], name)
      .map((s) => s.toLowerCase())
      .sort((a, b) => b.length - a.length);
  cached = {
    headerVerbs: list("headerVerbs"),
    signaturePrefixes: list("signaturePrefixes"),
    bylinePrefixes: list("bylinePrefixes"),
    datePrefixes: list("datePrefixes"),
    updatePrefixes: list("updatePrefixes"),
  };
  return cached;
}

/** The prefix of `words` that `text` starts with (case-insensitive), followed by a space or end. */
export function startsWithWord(text: string, words: readonly string[]): string | null {
  const lower = text.toLowerCase();
  for (const w of words) {
    if (!lower.startsWith(w)) continue;
    const after = text.charAt(w.length);
    if (after === "" || /\s/.test(after) || /[:]$/.test(w)) return text.slice(0, w.length);
  }
  return null;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
