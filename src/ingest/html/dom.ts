import { parseHTML } from "linkedom";

/** Pages with more start tags than this are refused before parsing (memory stays bounded). */
export const MAX_ELEMENTS = 60_000;

export type ParsedDom = { ok: true; document: Document } | { ok: false; code: string; message: string };

function countStartTags(html: string): number {
  let count = 0;
  for (let i = html.indexOf("<"); i >= 0 && i < html.length; i = html.indexOf("<", i + 1)) {
    const c = html.charCodeAt(i + 1);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) count++;
  }
  return count;
}

/**
 * Parses HTML into a DOM. A fragment without an `<html>` element is wrapped in a full
 * document first so that `head` and `body` exist.
 */
export function parseDom(html: string, options: { maxElements?: number } = {}): ParsedDom {
  const max = options.maxElements ?? MAX_ELEMENTS;
  const tags = countStartTags(html);
  if (tags > max) return { ok: false, code: "too-large", message: `${tags} elements, more than the cap of ${max}` };
  const whole = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  let { document } = parseHTML(whole);
  if (!document.documentElement || document.documentElement.tagName.toUpperCase() !== "HTML" || !document.body) {
    document = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document;
  }
  return { ok: true, document };
}
