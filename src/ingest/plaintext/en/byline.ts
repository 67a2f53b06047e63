import type { DateParts } from "../date-parts.js";
import { parseDateText } from "./date-text.js";
import { layoutWords, startsWithWord } from "./layout-words.js";
import { isNameLike } from "./names.js";

/** An article byline: "Posted by b on January 2, 2020 at 18:45 UTC | Permalink", "By Jane Doe". */
export interface Byline {
  author: string | null;
  date: DateParts | null;
}

const MAX_BYLINE = 200;
const MAX_TAIL_FIELD = 40;

/** Parses a whole trimmed line as a byline, or returns null. Prose sentences never pass. */
export function parseByline(trimmed: string): Byline | null {
  if (trimmed.length === 0 || trimmed.length > MAX_BYLINE) return null;
  const fields = trimmed.split("|").map((f) => f.trim());
  const core = fields[0]!;
  // Fields after a pipe are page links ("Permalink", "Comments (12)"), short by nature.
  if (fields.slice(1).some((f) => f.length > MAX_TAIL_FIELD)) return null;
  return postedOn(core) ?? byNameDate(core);
}

/** "Posted on January 2, 2020 by Jane Doe", "Published on 2020-01-02". */
function postedOn(core: string): Byline | null {
  const m = /^(?:posted|published)(?:\s+on)?:?\s+(.{6,80}?)(?:\s+by\s+(.{1,60}))?$/i.exec(core);
  if (!m) return null;
  const date = parseDateText(m[1]!);
  if (!date) return null;
  const author = m[2] !== undefined && isNameLike(m[2]) ? m[2].trim() : null;
  return { author, date };
}

/** "Posted by NAME on DATE", "By NAME, DATE", "By NAME". */
function byNameDate(core: string): Byline | null {
  const prefix = startsWithWord(core, layoutWords().bylinePrefixes);
  if (prefix === null || prefix.endsWith(":")) return null;
  const rest = core.slice(prefix.length).trim();
  if (rest === "" || rest.startsWith(":")) return null;
  const withOn = /^(.{1,60}?)\s+on\s+(.{6,80})$/i.exec(rest) ?? /^(.{1,60}?)\s*[,—–·]\s*(.{6,80})$/.exec(rest);
  if (withOn) {
    const date = parseDateText(withOn[2]!);
    if (date && isNameLike(withOn[1]!)) return { author: withOn[1]!.trim(), date };
    return null;
  }
  // A name alone, and only after a plain "By": "By Jane Doe".
  if (prefix.toLowerCase() === "by" && /^\p{Lu}/u.test(rest) && isNameLike(rest, 5) && !/\d/.test(rest)) {
    return { author: rest, date: null };
  }
  return null;
}
