/**
 * Text from documents is untrusted: before it reaches a terminal, ANSI escapes and
 * control characters (other than newline and tab) are removed.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b[@-Z\\-_]|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function clean(text: string | null | undefined): string {
  return String(text ?? "").replace(CONTROL, "");
}

/** One line: newlines folded to spaces, cut to `width` characters with an ellipsis. */
export function oneLine(text: string | null | undefined, width = 100): string {
  const s = clean(text).replace(/\s+/g, " ").trim();
  return s.length > width ? s.slice(0, Math.max(0, width - 1)) + "…" : s;
}

/** Pads or cuts to an exact width (for tables). */
export function cell(text: string | null | undefined, width: number): string {
  const s = oneLine(text, width);
  return s.padEnd(width);
}
