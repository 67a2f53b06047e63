/** Time-zone abbreviations RFC 822 and news sites use, as minutes east of UTC. */
export const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  z: 0, ut: 0, utc: 0, gmt: 0,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
};

/** "+0530", "+05:30", "-08", "Z", "UTC" → minutes east of UTC; null when unknown. */
export function zoneOffset(zone: string | undefined): number | null {
  if (!zone) return null;
  const named = ZONE_OFFSETS[zone.toLowerCase()];
  if (named !== undefined) return named;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === "-" ? -minutes : minutes;
}
