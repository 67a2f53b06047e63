/** English byline wording around a name: "By Jane Doe", "Jane Doe says:". */
export const BYLINE_PREFIX = /^\s*(?:written\s+|posted\s+|reported\s+)?by[:\s]+/i;
export const COMMENT_SAYS_SUFFIX = /\s*(?:says|said|wrote)\s*:?\s*$/i;
/** Words that join a byline's names to its date or place ("By Jane Doe | January 2"). */
export const BYLINE_TAIL = /\s*(?:[|•·]|\bupdated\b|\bpublished\b|\bon\s+(?=[A-Z0-9])).*$/i;
/** A date trailing a byline: "Jane Doe, January 2, 2020" or "Jane Doe 02/01/2020". */
export const BYLINE_DATE_TAIL = /[,\s]+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d).*$/i;
