import { readTimeData } from "../data-file.js";
import { isKnownIana, type Zone } from "../common/zone-offset.js";

/**
 * English names of time zones (data/en/time/zones.json) and the cities of the IANA
 * zone ids ("Asia/Baghdad" → "baghdad"), for clock times written with a zone ("5pm
 * Pacific", "9am ET", "14:00 Baghdad time") and for datelines ("BAGHDAD (Reuters) -").
 */
interface ZoneData {
  names: Map<string, Zone>;
  short: Map<string, Zone>;
  utc: Set<string>;
  cities: Map<string, Zone>;
}

let cached: ZoneData | null = null;

function zoneOf(spec: string): Zone {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(spec);
  if (!m) return { iana: spec };
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return { fixed: m[1] === "-" ? -minutes : minutes };
}

function zoneData(): ZoneData {
  if (cached) return cached;
  const raw = readTimeData("en/time/zones.json") as { names: Record<string, string>; utc: string[]; cities: Record<string, string> };
  const names = new Map<string, Zone>();
  const short = new Map<string, Zone>();
  for (const [name, spec] of Object.entries(raw.names)) {
    if (name.length <= 4) short.set(name.toUpperCase(), zoneOf(spec));
    else names.set(name.toLowerCase(), zoneOf(spec));
  }
  const cities = new Map<string, Zone>();
  for (const id of Intl.supportedValuesOf("timeZone")) {
    const city = id.split("/").pop();
    if (city && id.includes("/")) cities.set(city.replace(/_/g, " ").toLowerCase(), { iana: id });
  }
  for (const [city, id] of Object.entries(raw.cities)) if (isKnownIana(id)) cities.set(city.toLowerCase(), { iana: id });
  cached = { names, short, utc: new Set(raw.utc.map((n) => n.toLowerCase())), cities };
  return cached;
}

/** The zone a name denotes ("Pacific", "ET", "Eastern Standard Time"), or null. Short names only in capitals. */
export function zoneNamed(name: string): Zone | null {
  const data = zoneData();
  const folded = name.replace(/\s+/g, " ").trim();
  if (folded.length <= 4) return /^[A-Z]+$/.test(folded) ? (data.short.get(folded) ?? null) : null;
  return data.names.get(folded.toLowerCase()) ?? null;
}

/** Is the name one of UTC itself ("GMT", "UTC")? */
export function isUtcName(name: string): boolean {
  return zoneData().utc.has(name.replace(/\s+/g, " ").trim().toLowerCase());
}

/** The zone of a city ("Baghdad", "WASHINGTON", "New Delhi"), or null. */
export function cityZone(name: string): Zone | null {
  return zoneData().cities.get(name.replace(/\s+/g, " ").trim().toLowerCase()) ?? null;
}

export interface ZoneMention {
  /** Characters from the end of the clock time to the end of the zone name. */
  length: number;
  /** The name as written ("Pacific", "Baghdad"). */
  name: string;
  zone: Zone;
}

/** "<name>" of one to three words, optionally in brackets: longest tried first. */
const NAMED = [3, 2, 1].map(
  (words) => new RegExp(`^(\\s*\\(?\\s*)(\\p{L}+(?:\\s+\\p{L}+){${words - 1}})(\\s*\\))?(?![\\p{L}\\p{N}])`, "u"),
);
const CITY = /^\s+(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)\s+(?:local\s+)?time(?![\p{L}])/u;

/** A zone name written right after a clock time ("5pm| Pacific", "14:00| Baghdad time"), or null. */
export function zoneAfter(text: string): ZoneMention | null {
  const head = text.slice(0, 48);
  const city = CITY.exec(head);
  if (city?.[1]) {
    const zone = cityZone(city[1]);
    if (zone) return { length: city[0].length, name: city[1], zone };
  }
  for (const re of NAMED) {
    const m = re.exec(head);
    if (!m?.[2]) continue;
    const zone = zoneNamed(m[2]);
    if (!zone) continue;
    const open = m[1]?.includes("(") ?? false;
    if (open !== Boolean(m[3])) continue; // "(ET)" needs both brackets
    return { length: m[0].length, name: m[2], zone };
  }
  return null;
}
