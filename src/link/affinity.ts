/**
 * When two entity keys may name the same participant: the same key, one part of the
 * other (Kataib Hezbollah ⊂ PMF), a place inside a country, a state organ (government,
 * military) and its country, or two organs of one state.
 */
import type { EntityTable } from "./entity-table.js";

export interface Affinity {
  compatible(a: string, b: string): boolean;
  /** The key and everything it belongs to, for blocking. */
  widen(key: string): string[];
  /** Some key of `as` is compatible with some key of `bs`. */
  overlaps(as: Iterable<string>, bs: Iterable<string>): boolean;
  /** Some key of `as`, or what it belongs to, is compatible with some of `bs` or theirs: one side (a president and his state's military). */
  sameSide(as: Iterable<string>, bs: Iterable<string>): boolean;
  /** "state:US" for a country or one of its organs (government, military), else null: a blocking key they share. */
  stateOf(key: string): string | null;
}

const PLACE_TYPES = new Set(["PLACE", "FACILITY"]);
/** Organs of a state: they act for their country ("U.S. military" for "United States"). */
const STATE_ORGANS = new Set(["GOVERNMENT", "MILITARY"]);
const COUNTRY = new Set(["COUNTRY"]);

export function createAffinity(table: EntityTable): Affinity {
  const cache = new Map<string, string[]>();
  const widen = (key: string): string[] => {
    let hit = cache.get(key);
    if (!hit) cache.set(key, (hit = [key, ...table.ancestors(key)]));
    return hit;
  };
  const isA = (key: string, types: ReadonlySet<string>): boolean => types.has(table.typeOf(key) ?? "");
  const sameCountry = (a: string, b: string): boolean => {
    const c = table.countryOf(a);
    return c !== null && c === table.countryOf(b);
  };
  const placeInCountry = (place: string, country: string): boolean => isA(place, PLACE_TYPES) && isA(country, COUNTRY) && sameCountry(place, country);
  const organOf = (organ: string, country: string): boolean => isA(organ, STATE_ORGANS) && isA(country, COUNTRY) && sameCountry(organ, country);
  /** Two organs of one state (its government and its military) act for the same side. */
  const sameStateOrgans = (a: string, b: string): boolean => isA(a, STATE_ORGANS) && isA(b, STATE_ORGANS) && sameCountry(a, b);
  const pairs = new Map<string, Map<string, boolean>>();
  const compatible = (a: string, b: string): boolean => {
    if (a === b) return true;
    let row = pairs.get(a);
    if (!row) pairs.set(a, (row = new Map()));
    let hit = row.get(b);
    if (hit === undefined) row.set(b, (hit = related(a, b)));
    return hit;
  };
  const related = (a: string, b: string): boolean =>
    widen(a).includes(b) ||
    widen(b).includes(a) ||
    placeInCountry(a, b) ||
    placeInCountry(b, a) ||
    organOf(a, b) ||
    organOf(b, a) ||
    sameStateOrgans(a, b);
  const stateOf = (key: string): string | null => {
    const type = table.typeOf(key) ?? "";
    if (type !== "COUNTRY" && !STATE_ORGANS.has(type)) return null;
    const c = table.countryOf(key);
    return c ? `state:${c}` : null;
  };
  return {
    compatible,
    widen,
    stateOf,
    overlaps(as, bs) {
      for (const a of as) for (const b of bs) if (compatible(a, b)) return true;
      return false;
    },
    sameSide(as, bs) {
      const wide = [...bs].flatMap(widen);
      for (const a of as) for (const x of widen(a)) for (const y of wide) if (compatible(x, y)) return true;
      return false;
    },
  };
}
