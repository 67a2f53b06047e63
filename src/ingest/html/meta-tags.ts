/** The page's `<meta>` values by lower-cased property, name or itemprop; the first value of each wins. */
export function metaTags(document: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll("meta"))) {
    const content = meta.getAttribute("content");
    if (content === null || content.trim() === "") continue;
    for (const attr of ["property", "name", "itemprop"]) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content);
    }
  }
  return map;
}

export function firstMeta(tags: Map<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key);
    if (value !== undefined) return value;
  }
  return null;
}
