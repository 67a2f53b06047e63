import { leadingDateline, leadingFurniture, leadingWireDateline } from "./en/datelines.js";
import type { RawSpan } from "./wink.js";

/**
 * A sentence that starts with a glued header ("date 2019-12-31 Early this morning, …",
 * "January 2, 2020 — The siege …", a wire dateline "BAGHDAD, Jan 3 (Reuters) - The
 * siege …" opening a paragraph) is split after the header, so the header is a
 * sentence of its own (a dateline's dash belongs to neither sentence); site furniture
 * right after the header ("Loading...") is left out of every sentence rather than
 * starting one. Spans stay offsets into the text.
 */
/** `start` follows a line break with at most three blanks after it, or only blanks. */
function opensParagraph(text: string, start: number): boolean {
  let i = start - 1;
  for (; i >= 0 && /\s/.test(text[i] ?? ""); i--) if (text[i] === "\n" && start - i <= 4) return true;
  return i < 0;
}

export function splitHeaders(text: string, spans: RawSpan[]): RawSpan[] {
  const out: RawSpan[] = [];
  for (const span of spans) {
    const body = text.slice(span.start, span.end);
    // a wire dateline ("BAGHDAD, Jan 3 (Reuters) -") only opens a paragraph
    const dateline = leadingDateline(body) ?? (opensParagraph(text, span.start) ? leadingWireDateline(body) : null);
    if (!dateline) {
      out.push(span);
      continue;
    }
    out.push({ start: span.start, end: span.start + dateline.header });
    const after = span.start + dateline.length;
    const rest = after + leadingFurniture(text.slice(after, span.end));
    if (rest < span.end && /[\p{L}\p{N}]/u.test(text.slice(rest, span.end))) out.push({ start: rest, end: span.end });
  }
  return out;
}
