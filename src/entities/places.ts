import { gazetteer, type City } from "./knowledge/gazetteer.js";
import type { Lexicon } from "./en/lexicon.js";
import { boundedDistance } from "./distance.js";
import { foldName, skeleton } from "./normalize.js";

/** Cities large enough that a misspelling of their name still means them ("Bagdad"). */
const BIG = 1_000_000;
let big: { key: string; skeleton: string; city: City }[] | null = null;

function nearBigCity(key: string): City | null {
  if (key.replace(/ /g, "").length < 6) return null;
  big ??= [...gazetteer().byName.entries()].flatMap(([k, cities]) => {
    const top = cities[0];
    return top && top.population >= BIG ? [{ key: k, skeleton: skeleton(k), city: top }] : [];
  });
  const sk = skeleton(key);
  const hits = big.filter((b) => b.skeleton === sk && boundedDistance(key, b.key, 1) <= 1);
  return hits.length === 1 ? (hits[0]?.city ?? null) : null;
}

/** Populations above which a GeoNames place is accepted without other evidence. */
const ALWAYS = 100_000;
const IN_MENTIONED_COUNTRY = 5_000;

/** A place large enough (or a capital) to be read as itself, never as a misspelling of another name ("Colombo" is not "Colombia"). */
export function notablePlace(folded: string): boolean {
  const own = gazetteer().byName.get(folded)?.[0];
  return own !== undefined && (own.population >= ALWAYS || own.capital);
}

/**
 * A GeoNames place for a capitalised name, or null. Names on the stop list, English
 * stop words and given names never match; among same-name places, one in a country the
 * document mentions wins (if it has 5,000 people, and the most populous is not a capital
 * or a city of a million ten times its size), else the most populous (if it has 100,000
 * or is a capital). A name one edit away from a city of a million, with the
 * same consonant skeleton, is that city.
 */
export function lookupPlace(name: string, lexicon: Lexicon, docCountries: ReadonlySet<string>): City | null {
  const g = gazetteer();
  const key = foldName(name);
  if (!key || g.stoplist.has(key) || lexicon.stopwords.has(key) || lexicon.givenNames.has(key)) return null;
  const cities = g.byName.get(key);
  if (!cities || cities.length === 0) return nearBigCity(key);
  const local = cities.find((c) => docCountries.has(c.country));
  const top = cities[0];
  // a capital or a city of a million keeps its name against a town a tenth its size in a
  // country the document happens to mention ("Dhaka" in a story that names only India)
  const famous = top !== undefined && top !== local && (top.capital || top.population >= BIG) && (local?.population ?? 0) * 10 < top.population;
  if (local && local.population >= IN_MENTIONED_COUNTRY && !famous) return local;
  if (top && (top.population >= ALWAYS || top.capital)) return top;
  return null;
}
