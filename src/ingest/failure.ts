import type { IngestFailure } from "./types.js";

function oneLine(s: string, max: number): string {
  let line = "";
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    // Control characters and line separators become spaces: the message is one terminal line.
    line += c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 ? " " : ch;
  }
  line = line.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/**
 * A failure naming the input, a reason code and a one-line detail. Shown as
 * `${input}: ${code}: ${message}`, e.g. "page.html: unsupported-content: PNG image data, not HTML".
 */
export function failure(input: string, code: string, detail: string): IngestFailure {
  return { failed: true, input: oneLine(input, 300), code, message: oneLine(detail, 300) };
}
