/** How far into the bytes the prescan looks (the HTML standard's 1024). */
export const PRESCAN_BYTES = 1024;

const latin1 = (bytes: Uint8Array, limit: number): string => new TextDecoder("latin1").decode(bytes.subarray(0, limit));

function attribute(tag: string, name: string): string | null {
  const re = new RegExp(`[\\s/]${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>/]+))`, "i");
  const m = re.exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? null) : null;
}

function charsetFromContent(content: string): string | null {
  const m = /charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))/i.exec(content);
  return m ? (m[1] ?? m[2] ?? m[3] ?? null) : null;
}

/**
 * The charset a `<meta charset>` or `<meta http-equiv="content-type">` declares in the
 * first 1024 bytes, skipping comments; null when none does. A meta that starts after
 * byte 1024 is not seen, as in browsers.
 */
export function prescanMetaCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes, PRESCAN_BYTES).replace(/<!--[\s\S]*?(-->|$)/g, " ");
  const metas = head.match(/<meta[\s/][^>]*>/gi) ?? [];
  for (const tag of metas) {
    const direct = attribute(tag, "charset");
    if (direct) return direct;
    const equiv = attribute(tag, "http-equiv");
    const content = attribute(tag, "content");
    if (equiv?.toLowerCase() === "content-type" && content) {
      const found = charsetFromContent(content);
      if (found) return found;
    }
  }
  return null;
}

/** The encoding an XML declaration names (`<?xml version="1.0" encoding="…"?>`), or null. */
export function xmlDeclaredEncoding(bytes: Uint8Array): string | null {
  const head = latin1(bytes, 200);
  const m = /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  return m?.[1] ?? null;
}
