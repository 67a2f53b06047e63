import { alternation, timeLexicon } from "./lexicon.js";

/**
 * Which way does an incomplete date point? Looks at a short window of the sentence
 * around the expression for future or past cue words (data/en/time/cues.json).
 */
const BEFORE = 60;
const AFTER = 40;

let patterns: { future: RegExp; past: RegExp; forward: RegExp } | null = null;

function compiled(): { future: RegExp; past: RegExp; forward: RegExp } {
  if (patterns) return patterns;
  const lex = timeLexicon();
  patterns = {
    future: new RegExp(`(?<![\\p{L}])(?:${alternation(lex.futureCues)})(?![\\p{L}])`, "giu"),
    past: new RegExp(`(?<![\\p{L}])(?:${alternation(lex.pastCues)}|\\p{L}{2,}ed)(?![\\p{L}])`, "giu"),
    forward: new RegExp(`(?<![\\p{L}])(?:${alternation(lex.forwardModifiers)})\\s+$`, "iu"),
  };
  return patterns;
}

/** The tense of the nearest cue word around the expression, or null when there is none. */
export function tenseAt(text: string, start: number, end: number): "future" | "past" | null {
  const from = Math.max(0, start - BEFORE);
  const window = text.slice(from, Math.min(text.length, end + AFTER));
  const distance = (re: RegExp): number => {
    const global = re;
    global.lastIndex = 0;
    let best = Infinity;
    for (let m = global.exec(window); m; m = global.exec(window)) {
      const s = from + m.index;
      const e = s + m[0].length;
      if (s >= start && e <= end) continue; // inside the expression itself
      best = Math.min(best, e <= start ? start - e : Math.max(0, s - end));
      if (m[0].length === 0) global.lastIndex++;
    }
    return best;
  };
  const p = compiled();
  const future = distance(p.future);
  const past = distance(p.past);
  if (future === Infinity && past === Infinity) return null;
  return future <= past ? "future" : "past";
}

/** "next Monday", "this coming Friday": a forward modifier right before the expression. */
export function hasForwardModifier(text: string, start: number): boolean {
  return compiled().forward.test(text.slice(Math.max(0, start - 24), start));
}
