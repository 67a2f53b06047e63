import { isUtcName, cityZone, zoneAfter } from "./zones.js";
import type { Zone } from "../common/zone-offset.js";

/**
 * The local zone a stretch of English text is written in, when the text says so:
 * - a wire dateline at the start of a line ("BAGHDAD (Reuters) -", "Tehran (AFP) —")
 *   puts the text after it in the city's zone;
 * - a document that names exactly one regional zone for its clock times ("now, prior
 *   to 5pm Pacific") is written in that zone. UTC and GMT never count: sites stamp
 *   comments in UTC whatever their writers' zone.
 * The time stage reads "today", weekdays and other relative dates from the publication
 * instant's local day in that zone (only for stamps that give a time of day).
 */
export interface LocalZone {
  /** Offset in the text from which the zone holds. */
  from: number;
  /** The name as written ("BAGHDAD", "Pacific"). */
  name: string;
  zone: Zone;
  source: "dateline" | "named";
}

const DATELINE =
  /^[ \t"“]*(\p{Lu}[\p{L}'’.\- ]{1,30}?)(?:,\s*\p{Lu}[\p{L}.\- ]{1,30}?)?\s*(\(\s*[\p{L}\p{N}&.\- ]{2,40}\))?\s*(?:-|—|–|--)\s+(?=\S)/gmu;
const CLOCK = /(?<![\p{L}\p{N}])(?:\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?|\d{1,2}:\d{2}|noon|midnight)(?![\p{L}\p{N}])/giu;

function datelines(text: string): LocalZone[] {
  const out: LocalZone[] = [];
  DATELINE.lastIndex = 0;
  for (let m = DATELINE.exec(text); m; m = DATELINE.exec(text)) {
    const city = (m[1] ?? "").trim();
    const capitals = city === city.toUpperCase();
    if (!capitals && !m[2]) continue; // "Baghdad — " alone may be any sentence; wire style needs capitals or "(Agency)"
    const zone = cityZone(city);
    if (zone) out.push({ from: m.index, name: city, zone, source: "dateline" });
  }
  return out;
}

function namedZone(text: string): LocalZone | null {
  const seen = new Map<string, LocalZone>();
  CLOCK.lastIndex = 0;
  for (let m = CLOCK.exec(text); m; m = CLOCK.exec(text)) {
    const mention = zoneAfter(text.slice(m.index + m[0].length));
    if (!mention || isUtcName(mention.name)) continue;
    const key = JSON.stringify(mention.zone);
    if (!seen.has(key)) seen.set(key, { from: 0, name: mention.name, zone: mention.zone, source: "named" });
  }
  return seen.size === 1 ? ([...seen.values()][0] ?? null) : null;
}

/** The local zones of the text, by position: the one in force at offset i is the last with from ≤ i. */
export function localZones(text: string): LocalZone[] {
  const named = namedZone(text);
  return [...(named ? [named] : []), ...datelines(text)];
}

export function zoneAt(zones: LocalZone[], at: number): LocalZone | null {
  let found: LocalZone | null = null;
  for (const z of zones) if (z.from <= at) found = z;
  return found;
}
