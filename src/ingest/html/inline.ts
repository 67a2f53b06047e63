import { parseHTML } from "linkedom";

const MAX_INLINE = 500;

/**
 * A short field (title, outlet, author) as one line of plain text: markup stripped,
 * character references decoded, control characters removed, whitespace collapsed.
 * Null when nothing is left.
 */
export function plainInline(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  let s = value.length > 20_000 ? value.slice(0, 20_000) : value;
  if (/[<&]/.test(s)) {
    const { document } = parseHTML(`<!doctype html><html><body>${s}</body></html>`);
    document.querySelectorAll("script,style").forEach((el) => el.remove());
    s = document.body?.textContent ?? "";
  }
  // C0 and C1 control characters never belong in a one-line field.
  // eslint-disable-next-line no-control-regex
  s = s.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ").replace(/\s+/g, " ").trim();
  if (s.length > MAX_INLINE) s = s.slice(0, MAX_INLINE).trimEnd() + "…";
  return s === "" ? null : s;
}
