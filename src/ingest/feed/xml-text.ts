const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function codePoint(n: number): string {
  const valid = Number.isInteger(n) && n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff);
  return valid ? String.fromCodePoint(n) : "\uFFFD";
}

/** Decodes XML's five named references and numeric character references, in one pass. */
export function decodeXml(s: string): string {
  return s.replace(/&(?:#(\d{1,8})|#x([0-9a-f]{1,8})|(lt|gt|amp|quot|apos));/gi, (whole, dec, hex, name) => {
    if (dec !== undefined) return codePoint(Number(dec));
    if (hex !== undefined) return codePoint(parseInt(hex, 16));
    return NAMED[String(name).toLowerCase()] ?? whole;
  });
}

/** The raw inner XML of an element kept unparsed: CDATA unwrapped, the rest decoded. */
export function rawInner(raw: string): string {
  let out = "";
  let at = 0;
  const re = /<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    out += decodeXml(raw.slice(at, m.index)) + (m[1] ?? "");
    at = re.lastIndex;
    if (m[0] === "") re.lastIndex++;
  }
  return out + decodeXml(raw.slice(at));
}

/**
 * The text of a parsed XML node: a string, or an object with "#text" and "__cdata"
 * parts, or nested markup (Atom xhtml), whose string leaves are joined.
 */
export function textOf(node: unknown, depth = 0): string | null {
  if (depth > 20 || node === null || node === undefined) return null;
  if (typeof node === "string") return decodeXml(node);
  if (typeof node === "number" || typeof node === "boolean") return String(node);
  if (Array.isArray(node)) return textOf(node[0], depth + 1);
  if (typeof node !== "object") return null;
  const parts: string[] = [];
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key.startsWith("@_")) continue;
    if (key === "__cdata") parts.push([value].flat().map(String).join(""));
    else {
      const t = textOf(value, depth + 1);
      if (t) parts.push(t);
    }
  }
  return parts.length > 0 ? parts.join(" ") : null;
}

export function attributeOf(node: unknown, name: string): string | null {
  if (!node || typeof node !== "object" || Array.isArray(node)) return null;
  const value = (node as Record<string, unknown>)[`@_${name}`];
  return typeof value === "string" ? decodeXml(value) : null;
}
