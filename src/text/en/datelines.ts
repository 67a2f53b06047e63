import { alternation, timeLexicon } from "../../time/en/lexicon.js";
import { readFileSync } from "node:fs";

/**
 * A header glued to the first sentence of a text copied from a page: a metadata date
 * ("date 2019-12-31 Early this morning, …") or a dateline ("January 2, 2020 — The
 * siege …", "2 January 2020 – …"), possibly followed by site furniture ("date
 * 2020-01-03 Loading..."; data/en/text/furniture.json).
 */
let patterns: { dateline: RegExp; wire: RegExp; furniture: RegExp } | null = null;

function compiled(): { dateline: RegExp; wire: RegExp; furniture: RegExp } {
  if (patterns) return patterns;
  const months = alternation(timeLexicon().months.flat());
  const weekday = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?";
  const dash = "\\s*(?:—|–|--|-)";
  const written = `${weekday}(?:(?:${months})\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+(?:${months})\\.?,?\\s+\\d{4})`;
  const iso = "\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?Z?)?";
  const raw = JSON.parse(readFileSync(new URL("../../../data/en/text/furniture.json", import.meta.url), "utf8")) as { words: string[] };
  patterns = {
    // "date 2019-12-31" (no dash needed: the label marks it) or a written date and a dash
    dateline: new RegExp(`^(?:date:?\\s+(?:${iso}|${written})(?=\\s)|(?:${written}|${iso})${dash}(?=\\s))`, "iu"),
    // "BAGHDAD, Jan 3 (Reuters) -", "KYIV, Ukraine (AP) —", "GAZA CITY —": a place in
    // capitals, then a region or a date after commas, an agency in brackets, and a dash
    wire: new RegExp(
      `^\\p{Lu}[\\p{Lu}.'’-]+(?:[ /]\\p{Lu}[\\p{Lu}.'’-]+)*` +
        `(?:,\\s+(?:(?:${months})\\.?\\s+\\d{1,2}(?:,\\s+\\d{4})?|\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2})){0,2}` +
        `(?:\\s+\\([\\p{L}][\\p{L}&. -]{0,30}\\))?${dash}(?=\\s)`,
      "u",
    ),
    furniture: new RegExp(`^\\s*(?:${alternation(raw.words)})(?:\\.{2,}|…|\\.)?(?![\\p{L}\\p{N}])`, "iu"),
  };
  return patterns;
}

/**
 * A dateline at the start of `text`: `header` is the length of the date itself,
 * `length` that of the date with the dash after it. Null when there is none.
 */
export function leadingDateline(text: string): { header: number; length: number } | null {
  return headerOf(compiled().dateline.exec(text));
}

/** A matched header's length without its dash, and with it. */
function headerOf(m: RegExpExecArray | null): { header: number; length: number } | null {
  if (!m) return null;
  const header = m[0].replace(/\s*(?:—|–|--|-)$/u, "").length;
  return { header, length: m[0].length };
}

/**
 * A wire dateline at the start of a paragraph ("BAGHDAD, Jan 3 (Reuters) - The ..."):
 * where and when the report was filed, not where what it tells happened. The same
 * shape as leadingDateline's answer, or null.
 */
export function leadingWireDateline(text: string): { header: number; length: number } | null {
  return headerOf(compiled().wire.exec(text));
}

/** Length of the site-furniture words at the start of `text` (with blanks before them), or 0. */
export function leadingFurniture(text: string): number {
  let length = 0;
  for (let m = compiled().furniture.exec(text); m && m[0].length > 0; m = compiled().furniture.exec(text.slice(length))) {
    length += m[0].length;
  }
  return length;
}
