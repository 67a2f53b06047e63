/**
 * A time zone as sitrep uses it: an IANA zone id (its offset follows daylight saving
 * time, from the platform's Intl data) or a fixed offset in minutes east of UTC.
 */
export type Zone = { iana: string } | { fixed: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(iana: string): Intl.DateTimeFormat {
  let f = formatters.get(iana);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone: iana, timeZoneName: "longOffset" });
    formatters.set(iana, f);
  }
  return f;
}

/** Is this an IANA zone id the platform knows? */
export function isKnownIana(iana: string): boolean {
  try {
    formatter(iana);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC, in minutes, in force at the instant `utcMs`. */
export function offsetAt(zone: Zone, utcMs: number): number {
  if ("fixed" in zone) return zone.fixed;
  const name = formatter(zone.iana).formatToParts(new Date(utcMs)).find((p) => p.type === "timeZoneName")?.value ?? "";
  const m = /([+-])(\d{1,2})(?::(\d{2}))?/.exec(name);
  if (!m) return 0; // "GMT" alone: UTC
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === "-" ? -minutes : minutes;
}

/**
 * The UTC instant of a wall-clock time in the zone (the wall clock given as a UTC
 * instant). Around a daylight-saving change the offset is taken at the first guess.
 */
export function instantOfWallClock(zone: Zone, wallMs: number): number {
  const guess = wallMs - offsetAt(zone, wallMs) * 60_000;
  return wallMs - offsetAt(zone, guess) * 60_000;
}

/** "+03:00", "-08:00", "Z". */
export function formatOffset(minutes: number): string {
  if (minutes === 0) return "Z";
  const abs = Math.abs(minutes);
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${minutes < 0 ? "-" : "+"}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
