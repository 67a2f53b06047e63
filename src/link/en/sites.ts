/**
 * The site a report says its act struck (data/en/link/sites.json): "the consulate strike",
 * "the bombing of its consulate in Damascus", "a strike on the hospital". Read from the
 * word just before the trigger, or from the phrase after it that opens with a preposition
 * of place or target, a verb of striking or an article ("a strike hit the consulate",
 * "bombed the hospital").
 */
import { readFileSync } from "node:fs";
import { singular } from "../profile.js";

const DATA = new URL("../../../data/en/link/sites.json", import.meta.url);

/** (text, trigger start, trigger end) → the site noun, singular and lower-case, or null. */
export type SiteReader = (text: string, start: number, end: number) => string | null;

const OPENERS = new Set(["on", "of", "at", "against", "near", "in", "into", "outside"]);
/** Words after the trigger that lead to what it struck: "a strike hit the consulate", "bombed the hospital", "tore through the hospital". */
const STRUCK = new Set(["hit", "hits", "struck", "targeted", "destroyed", "damaged", "tore", "ripped", "shook", "the", "a", "an", "its", "their", "his", "her"]);
/** Words the phrase after the trigger may run over before its site noun ("on its consulate", "of the main railway station"). */
const PHRASE_WORDS = 5;

export function loadSites(): SiteReader {
  const words = new Set((JSON.parse(readFileSync(DATA, "utf8")) as { words: string[] }).words);
  const site = (w: string | undefined): string | null => {
    if (!w) return null;
    const s = singular(w.toLowerCase());
    return words.has(s) ? s : null;
  };
  return (text, start, end) => {
    const before = /([\p{L}-]+)\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
    const compound = site(before?.[1]);
    if (compound) return compound;
    const after = text.slice(end, end + 120).split(/[^\p{L}'’-]+/u).filter(Boolean);
    const first = (after[0] ?? "").toLowerCase();
    if (!OPENERS.has(first) && !STRUCK.has(first)) return null;
    for (const w of after.slice(1, 1 + PHRASE_WORDS)) {
      const s = site(w);
      if (s) return s;
    }
    return null;
  };
}
