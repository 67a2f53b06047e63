import type { QuoteSpan } from "../../model/analysis.js";
import { isoDateOf } from "./dates.js";

/**
 * Byline and signature lines: "Posted by X on DATE", "Posted by: X | DATE | 8",
 * "—With additional reporting by A and B", "By NAME" (optionally ", Outlet" or a date).
 * One span per line; speakerText is the name(s) as written.
 */
const MAX_LINE = 200;
const NAME = "\\p{Lu}[\\p{L}\\p{M}'’.\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’.\\-]*|de|van|von|al-[\\p{L}]+|bin)){0,5}";
const POSTED = /^\s*Posted\s+by:?\s+(.{1,60}?)\s+(?:on|at|\||-)\s+(.{4,60}?)(?:\s+\|.*)?\s*$/iu;
const REPORTING = /^\s*(?:—|–|--|-)?\s*(?:With\s+)?additional\s+reporting\s+by\s+(.{2,150}?)\.?\s*$/iu;
const BY = new RegExp(`^\\s*By\\s+(${NAME}(?:\\s*(?:,|and|&)\\s*${NAME})*)\\s*(?:[,|]\\s*(.{0,60}))?$`, "u");

export function findBylines(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const line = m[0];
    if (line.length > MAX_LINE) continue;
    const hit = match(line);
    if (!hit) continue;
    let start = m.index;
    let end = m.index + line.length;
    while (start < end && /\s/.test(text[start] ?? "")) start++;
    while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
    out.push({ start, end, text: text.slice(start, end), kind: "byline", speakerText: hit.name, handle: null, date: hit.date });
  }
  return out;
}

function match(line: string): { name: string; date: string | null } | null {
  const posted = POSTED.exec(line);
  if (posted?.[1]) return { name: posted[1].trim(), date: posted[2] ? isoDateOf(posted[2]) : null };
  const reporting = REPORTING.exec(line);
  if (reporting?.[1]) return { name: reporting[1].trim(), date: null };
  const by = BY.exec(line);
  if (by?.[1]) return { name: by[1].trim(), date: by[2] ? isoDateOf(by[2]) : null };
  return null;
}
