import type { RawSpan } from "./wink.js";

/** Paragraphs: stretches of text between blank lines, trimmed. */
export function paragraphs(text: string): RawSpan[] {
  const out: RawSpan[] = [];
  const re = /\n[ \t\r]*\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push(text, start, m.index, out);
    start = m.index + m[0].length;
  }
  push(text, start, text.length, out);
  return out;
}

function push(text: string, start: number, end: number, out: RawSpan[]): void {
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  if (end > start) out.push({ start, end });
}
