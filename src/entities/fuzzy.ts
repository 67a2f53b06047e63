import { boundedDistance } from "./distance.js";
import type { AliasEntry, Knowledge } from "./knowledge/index.js";
import { skeleton } from "./normalize.js";

/**
 * A known actor's alias that a folded name misspells or transliterates differently:
 * same consonant skeleton and at most a third of its letters edited (at least 2), or,
 * for long names, one or two edits ("Spuntik", "Javad arif", "Netanyohu"). Null when
 * nothing is that close, or when two different actors are equally close. `maxEdits`
 * lowers the bound where a common word is likely ("Rioters" opening a sentence is two
 * edits from "Reuters").
 */
const memo = new WeakMap<Knowledge, Map<string, AliasEntry | null>>();
const MAX_CACHED = 50_000;

export function nearKnown(k: Knowledge, folded: string, maxEdits = Infinity): AliasEntry | null {
  const cache = memo.get(k) ?? new Map<string, AliasEntry | null>();
  memo.set(k, cache);
  const key = maxEdits === Infinity ? folded : `${maxEdits}|${folded}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const found = search(k, folded, maxEdits);
  // (bounded: a long ingest meets ever more distinct names)
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, found);
  return found;
}

function search(k: Knowledge, folded: string, maxEdits: number): AliasEntry | null {
  const letters = folded.replace(/ /g, "").length;
  if (letters < 6) return null;
  const sk = skeleton(folded);
  const words = folded.split(" ").length;
  let best: { d: number; entry: AliasEntry } | null = null;
  let tie = false;
  for (const e of k.fuzzy.get(sk.slice(0, 1)) ?? []) {
    if (Math.abs(e.folded.length - folded.length) > 4 || Math.abs(e.skeleton.length - sk.length) > 3 || e.words !== words) continue;
    const same = e.skeleton === sk;
    const max = Math.min(maxEdits, same ? Math.max(2, Math.floor(letters / 3)) : letters >= 10 ? 2 : letters >= 7 ? 1 : 0);
    if (max === 0) continue;
    const d = boundedDistance(folded, e.folded, max);
    if (d > max) continue;
    if (!best || d < best.d) {
      best = { d, entry: e.entry };
      tie = false;
    } else if (d === best.d && e.entry.id !== best.entry.id) tie = true;
  }
  return best && !tie ? best.entry : null;
}
