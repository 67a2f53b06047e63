/** What an input holds, as far as choosing its parser goes. */
export type Format = "html" | "text" | "feed" | "jsonl";

const EXTENSIONS: Record<string, Format> = {
  html: "html",
  htm: "html",
  xhtml: "html",
  shtml: "html",
  txt: "text",
  text: "text",
  md: "text",
  jsonl: "jsonl",
  ndjson: "jsonl",
  xml: "feed",
  rss: "feed",
  atom: "feed",
  rdf: "feed",
};

const MIME: Record<string, Format> = {
  "text/html": "html",
  "application/xhtml+xml": "html",
  "application/rss+xml": "feed",
  "application/atom+xml": "feed",
  "application/rdf+xml": "feed",
  "application/feed+xml": "feed",
  "application/x-ndjson": "jsonl",
  "application/jsonl": "jsonl",
  "application/x-jsonlines": "jsonl",
  "text/plain": "text",
};

/** The extension of a file name or URL path, without a trailing ".gz", lower-cased. */
export function extensionOf(name: string): string {
  const base = name.replace(/[?#].*$/, "").split(/[\\/]/).pop() ?? "";
  const parts = base.toLowerCase().split(".");
  if (parts.length > 2 && parts[parts.length - 1] === "gz") parts.pop();
  return parts.length > 1 ? (parts[parts.length - 1] ?? "") : "";
}

export function formatFromName(name: string): Format | null {
  return EXTENSIONS[extensionOf(name)] ?? null;
}

export function formatFromMime(mime: string | null): Format | null {
  return mime ? (MIME[mime] ?? null) : null;
}

/** Every extension a folder walk picks up. */
export const KNOWN_EXTENSIONS: ReadonlySet<string> = new Set(Object.keys(EXTENSIONS));

/**
 * Guesses the format from the start of the text: a feed root element, HTML tags, or
 * JSON records one per line; anything else is plain text.
 */
export function sniffFormat(text: string): Format {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, "").replace(/<!--[\s\S]*?-->/g, "").trimStart();
  if (head.startsWith("<")) {
    if (/<(rss|feed|rdf:RDF)[\s>]/.test(head)) return "feed";
    if (/^<(!doctype\s+html|html|head|body|meta|title|div|p|article|section|main|h[1-6]|table|span|a|ul|script|style)[\s>/]/i.test(head)) return "html";
    if (/<(html|body|p|div|article)[\s>]/i.test(head)) return "html";
    if (/^<\?xml/i.test(head)) return "feed";
  }
  if (head.startsWith("{")) {
    const firstLine = head.split("\n", 1)[0] ?? "";
    try {
      const record: unknown = JSON.parse(firstLine);
      if (record && typeof record === "object" && "text" in record) return "jsonl";
    } catch {
      // not a JSON line: plain text
    }
  }
  return "text";
}
