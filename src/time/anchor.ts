/**
 * The anchor of a document: the day (and, when known, the local time) it was
 * published. sitrep hands chrono the local wall-clock time as a UTC instant with
 * timezone "UTC", so "today" is the day the document states whatever the machine's zone.
 */
export interface Anchor {
  /** YYYY-MM-DD */
  day: string;
  instant: Date;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/;

export function parseAnchor(published: string | null): Anchor | null {
  if (!published) return null;
  const m = ISO.exec(published.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const instant = new Date(Date.UTC(year, month - 1, day, h ? Number(h) : 12, mi ? Number(mi) : 0));
  if (Number.isNaN(instant.getTime()) || instant.getUTCDate() !== day) return null;
  return { day: published.trim().slice(0, 10), instant };
}

/** The reference used when the publication date is unknown; only stated dates survive it. */
export const UNKNOWN_ANCHOR: Anchor = { day: "", instant: new Date(Date.UTC(2000, 0, 1, 12)) };
