import { readDataFile, stringList } from "../data-file.js";
import type { Line } from "../lines.js";

/** "line": dropped wherever it stands; "section-end": closes the article body. */
export type FurnitureKind = "line" | "section-end";

interface FurnitureData {
  line: Set<string>;
  sectionEnd: Set<string>;
  linePatterns: RegExp[];
  sectionEndPatterns: RegExp[];
  gluedTail: string[];
}

/** Longest line the furniture patterns are tried on. */
const MAX_FURNITURE_LINE = 120;

let cached: FurnitureData | null = null;

function furnitureData(): FurnitureData {
  if (cached) return cached;
  const raw = readDataFile("en/plaintext/page-furniture.json") as Record<string, unknown>;
  const lower = (name: string): string[] => stringList(raw[name], name).map((s) => normalise(s));
  const regexes = (name: string): RegExp[] => stringList(raw[name], name).map((p) => new RegExp(p, "i"));
  cached = {
    line: new Set(lower("line")),
    sectionEnd: new Set(lower("sectionEnd")),
    linePatterns: regexes("linePatterns"),
    sectionEndPatterns: regexes("sectionEndPatterns"),
    gluedTail: stringList(raw["gluedTail"], "gluedTail"),
  };
  return cached;
}

function normalise(s: string): string {
  const t = s.trim().toLowerCase();
  return /\s\s|[\t\u00a0]/.test(t) ? t.replace(/\s+/g, " ") : t;
}

const byLine = new WeakMap<Line, FurnitureKind | "none">();

/** `furnitureKind` of a line's trimmed text, worked out once per line. */
export function lineFurniture(line: Line): FurnitureKind | null {
  const known = byLine.get(line);
  if (known !== undefined) return known === "none" ? null : known;
  const kind = furnitureKind(line.trimmed);
  byLine.set(line, kind ?? "none");
  return kind;
}

/** What kind of furniture a whole trimmed line is, or null when it is content. */
/** The next comment-section marker after line `from`, or the end of the page. */
export function sectionEndAfter(lines: readonly Line[], from: number): number {
  for (let i = from + 1; i < lines.length; i++) if (lineFurniture(lines[i]!) === "section-end") return i;
  return lines.length;
}

export function furnitureKind(trimmed: string): FurnitureKind | null {
  if (trimmed.length === 0 || trimmed.length > MAX_FURNITURE_LINE) return null;
  const data = furnitureData();
  const key = normalise(trimmed);
  if (data.sectionEnd.has(key)) return "section-end";
  if (data.line.has(key)) return "line";
  if (data.sectionEndPatterns.some((r) => r.test(key))) return "section-end";
  if (data.linePatterns.some((r) => r.test(key))) return "line";
  return null;
}

/**
 * A furniture token glued to the end of a short line (" date 2020-01-03 Loading..."):
 * returns the length of the line's content without it, or null when there is none.
 */
export function gluedTailStart(trimmed: string): number | null {
  if (trimmed.length > MAX_FURNITURE_LINE) return null;
  for (const tail of furnitureData().gluedTail) {
    if (trimmed.length > tail.length && trimmed.toLowerCase().endsWith(tail.toLowerCase())) {
      const before = trimmed.slice(0, trimmed.length - tail.length);
      if (/\s$/.test(before)) return before.trimEnd().length;
    }
  }
  return null;
}
