import { anchorUtcMs, type Anchor } from "./anchor.js";

/**
 * A publication stamp in UTC near midnight leaves the writer's own day open: sites stamp
 * comments in UTC wherever their writers live, so "tomorrow" written at 00:45 UTC is the
 * next day for a writer in Europe but the same day for one in the Americas, where it is
 * still evening. Returns -1 when the writer may still be on the day before the stamp's,
 * +1 when already on the day after, null when the stamp settles the day: no time of
 * day, an offset other than UTC, a zone the text names for itself, or far from midnight.
 */
export function writerDaySpread(anchor: Anchor | null, zoneKnown: boolean, hoursNearMidnight: number): -1 | 1 | null {
  if (!anchor?.timed || anchor.offset !== 0 || zoneKnown || hoursNearMidnight <= 0) return null;
  const stamp = new Date(anchorUtcMs(anchor));
  const minutes = stamp.getUTCHours() * 60 + stamp.getUTCMinutes();
  if (minutes < hoursNearMidnight * 60) return -1;
  if (minutes >= (24 - hoursNearMidnight) * 60) return 1;
  return null;
}
