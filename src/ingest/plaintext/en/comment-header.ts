import type { DateParts } from "../date-parts.js";
import { parseDateText } from "./date-text.js";
import { escapeRegExp, layoutWords } from "./layout-words.js";
import { isNameLike } from "./names.js";

/**
 * A comment header that precedes its comment: "1. Per says", "Jane Doe says:",
 * "Jane Doe said...", "Jane Doe on January 3, 2020 at 4:15 pm said:", "Jane Doe — January 3,
 * 2020", or a bare name.
 */
export interface CommentHeader {
  number: number | null;
  author: string;
  /** Offset (in the trimmed line) where the author's name starts: the comment text starts there. */
  nameOffset: number;
  /** "verb": NAME says; "dated": NAME + date-time on the line; "day-dated": NAME + a day without a time ("Amna K. — April 16, 2025"); "bare": the name alone. */
  form: "verb" | "dated" | "day-dated" | "bare";
  date: DateParts | null;
}

let verbPattern: RegExp | null = null;

function verbRegex(): RegExp {
  verbPattern ??= new RegExp(
    `^(?:(\\d{1,5})[.)]\\s+)?(.{1,60}?)\\s+(?:${layoutWords().headerVerbs.map(escapeRegExp).join("|")})$`,
    "i",
  );
  return verbPattern;
}

const NUMBER = /^(\d{1,5})[.)]\s+/;
const SEPARATOR = /\s+(?:on|\||·|—|–|-)\s+/gi;
const TRAILING_VERB = /\s+(?:said|says|wrote):?$/i;

/** "NAME on DATE said:", "NAME | DATE": the name and the date (with or without a time), split at the first separator that works. */
function splitDated(rest: string): { author: string; date: DateParts } | null {
  const body = rest.replace(TRAILING_VERB, "");
  SEPARATOR.lastIndex = 0;
  let tries = 0;
  for (let m = SEPARATOR.exec(body); m !== null && m.index <= 60 && tries < 4; m = SEPARATOR.exec(body), tries++) {
    const date = parseDateText(body.slice(m.index + m[0].length));
    const author = body.slice(0, m.index).trim();
    if (date && isNameLike(author)) return { author, date };
  }
  return null;
}

function endsWithVerb(lower: string): boolean {
  return layoutWords().headerVerbs.some((v) => lower.endsWith(v));
}

export function parseCommentHeader(trimmed: string): CommentHeader | null {
  if (trimmed.length === 0 || trimmed.length > 160) return null;
  const verb = endsWithVerb(trimmed.toLowerCase()) ? verbRegex().exec(trimmed) : null;
  if (verb) {
    const author = verb[2]!.trim();
    if (!isNameLike(author)) return null;
    const number = verb[1] === undefined ? null : Number(verb[1]);
    return { number, author, nameOffset: trimmed.indexOf(verb[2]!, verb[1]?.length ?? 0), form: "verb", date: null };
  }
  const numbered = NUMBER.exec(trimmed);
  const nameOffset = numbered ? numbered[0].length : 0;
  const rest = trimmed.slice(nameOffset);
  const dated = splitDated(rest);
  if (dated) return { number: numbered ? Number(numbered[1]) : null, ...dated, nameOffset, form: dated.date.hour !== null ? "dated" : "day-dated" };
  if (isNameLike(rest, 4) && !/\d{3,}/.test(rest)) {
    return { number: numbered ? Number(numbered[1]) : null, author: rest, nameOffset, form: "bare", date: null };
  }
  return null;
}
