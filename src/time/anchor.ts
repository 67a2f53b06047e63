/**
 * The anchor of a document: the day (and, when known, the local time) it was
 * published. sitrep hands chrono the local wall-clock time as a UTC instant with
 * timezone "UTC", so "today" is the day the document states whatever the machine's zone.
 */
export interface Anchor {
  /** YYYY-MM-DD */
  day: string;
  /** The wall-clock time of publication as a UTC instant (noon when no time is given). */
  instant: Date;
  /** True when the publication stamp gives a time of day, not just a date. */
  timed: boolean;
  /** The stamp's offset from UTC in minutes ("Z" → 0), or null when it names none. */
  offset: number | null;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i;

function offsetOf(suffix: string | undefined): number | null {
  if (!suffix) return null;
  if (/^z$/i.test(suffix)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(suffix);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === "-" ? -minutes : minutes;
}

export function parseAnchor(published: string | null): Anchor | null {
  if (!published) return null;
  const m = ISO.exec(published.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, , suffix] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const instant = new Date(Date.UTC(year, month - 1, day, h ? Number(h) : 12, mi ? Number(mi) : 0));
  if (Number.isNaN(instant.getTime()) || instant.getUTCDate() !== day) return null;
  return { day: published.trim().slice(0, 10), instant, timed: h !== undefined, offset: h ? offsetOf(suffix) : null };
}

/** The real instant of publication: the wall clock less the stamp's offset (UTC when it names none). */
export function anchorUtcMs(anchor: Anchor): number {
  return anchor.instant.getTime() - (anchor.offset ?? 0) * 60_000;
}

/** The reference used when the publication date is unknown; only stated dates survive it. */
export const UNKNOWN_ANCHOR: Anchor = { day: "", instant: new Date(Date.UTC(2000, 0, 1, 12)), timed: false, offset: null };

/**
 * The anchor of words inside a quote that states its own date (an embedded tweet's
 * "December 31, 2019"): that date, when it is a day other than the document's; else the
 * document's own anchor, which may know the time of day and zone.
 */
export function quoteAnchor(document: Anchor | null, quoteDate: string | null): Anchor | null {
  const own = parseAnchor(quoteDate);
  if (!own || own.day === document?.day) return document;
  return own;
}
