import type { Knowledge } from "./knowledge/index.js";
import type { Candidate } from "./candidate.js";

const bodiesOf = new WeakMap<Knowledge, Map<string, string[]>>();

/** Known facility → the country bodies it is ("us_embassy_baghdad" → ["united_states_embassy"]). */
function facilityBodies(k: Knowledge): Map<string, string[]> {
  let map = bodiesOf.get(k);
  if (!map) {
    map = new Map();
    for (const [body, facilities] of k.specific) {
      for (const f of facilities) map.set(f, [...(map.get(f) ?? []), body]);
    }
    bodiesOf.set(k, map);
  }
  return map;
}

/**
 * The generic keys a resolved candidate is (see EntityInfo.generics): those a step
 * recorded (an office from a title, a sect group from a backed group's description),
 * and, for a known facility, the body every country has that it is.
 */
export function genericsOf(k: Knowledge, c: Candidate & { key: string }): string[] {
  return [...(c.generics ?? []), ...(facilityBodies(k).get(c.key) ?? [])].filter((g) => g !== c.key);
}
