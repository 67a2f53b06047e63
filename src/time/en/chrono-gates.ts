import { readTimeData } from "../data-file.js";

/**
 * The gates of chrono's English parsers (data/en/time/chrono-gates.json): for each
 * parser class, the case-insensitive patterns that must all occur in a piece of text
 * before the parser is tried. Loaded once.
 */
let cached: ReadonlyMap<string, RegExp[]> | null = null;

export function chronoGates(): ReadonlyMap<string, RegExp[]> {
  if (cached) return cached;
  const file = readTimeData("en/time/chrono-gates.json") as { gates?: Record<string, string[]> };
  const out = new Map<string, RegExp[]>();
  for (const [name, patterns] of Object.entries(file.gates ?? {})) out.set(name, patterns.map((p) => new RegExp(p, "i")));
  cached = out;
  return out;
}
