import { decodeBytes } from "./decode/decode.js";
import { parseContentType } from "./decode/content-type.js";
import { readFeedItems } from "./feed/read.js";
import { parseHtmlPage } from "./html/article.js";
import { failure } from "./failure.js";
import { makeItem, withDiagnostics } from "./item.js";
import { readJsonlText } from "./jsonl/read.js";
import { emptyDocument } from "./outcome.js";
import { parsePlainText } from "./plaintext/index.js";
import type { ReadContext } from "./context.js";
import { formatFromMime, formatFromName, sniffFormat, type Format } from "./sniff/format.js";
import { binaryKind, isGzip } from "./sniff/magic.js";
import { peekText } from "./sniff/peek.js";
import { gunzipCapped } from "./source/gzip.js";
import type { ReadResult } from "./types.js";

/** Bytes from a file or a response, with what is known about them. */
export interface ByteInput {
  /** How results name this input: the path or URL as the user gave it. */
  source: string;
  /** A name whose extension hints at the format (file path or URL path). */
  name: string;
  bytes: Uint8Array;
  /** The Content-Type header, for fetched inputs. */
  contentType: string | null;
  url: string | null;
  /** A page fetched for a feed item: a feed found there is not expanded again. */
  nested: boolean;
}

const MEDIA: Record<Format, string> = { html: "text/html", text: "text/plain", feed: "application/rss+xml", jsonl: "application/x-ndjson" };
const LABEL: Record<Format, string> = { html: "HTML", text: "text", feed: "a feed", jsonl: "JSONL" };

/** Chooses the parser: a file's extension, else the sniffed content, else the server's media type. */
function chooseFormat(input: ByteInput, mime: string | null, text: string): Format {
  const byName = input.url === null ? formatFromName(input.name) : null;
  if (byName) return byName;
  const sniffed = sniffFormat(text);
  if (sniffed !== "text") return sniffed;
  return formatFromMime(mime) ?? formatFromName(input.name) ?? "text";
}

/** Turns one input's bytes into results: guards first, then decode, then the parser for its format. */
export async function* dispatchBytes(input: ByteInput, context: ReadContext): AsyncGenerator<ReadResult> {
  let bytes = input.bytes;
  let name = input.name;
  if (isGzip(bytes)) {
    const inflated = gunzipCapped(bytes, context.maxBytes);
    if (!inflated.ok) return yield failure(input.source, inflated.code, inflated.message);
    bytes = inflated.bytes;
    name = name.replace(/\.gz$/i, "");
  }
  const header = parseContentType(input.contentType);
  const expected = input.url === null ? formatFromName(name) : formatFromMime(header.mime);
  const binary = binaryKind(bytes);
  if (binary) return yield failure(input.source, "unsupported-content", `${binary}, not ${LABEL[expected ?? "text"]}`);
  const format = chooseFormat({ ...input, name }, header.mime, peekText(bytes));
  if (format === "jsonl") return yield* readJsonlText(bytes, input.source);
  const decoded = decodeBytes(bytes, { declared: header.charset, markup: format === "html" ? "html" : format === "feed" ? "xml" : "none" });
  const base = { source: input.source, contentType: MEDIA[format], charset: decoded.charset, raw: bytes };
  if (decoded.text.trim() === "") {
    return yield makeItem({ ...base, charset: bytes.length === 0 ? null : decoded.charset, parsed: emptyDocument({ url: input.url, diagnostics: decoded.diagnostics }) });
  }
  if (format === "feed") {
    if (input.nested) return yield failure(input.source, "unsupported-content", "a feed item's link leads to another feed");
    const readPage = (link: string) => readUrl(link, context, { nested: true });
    return yield* readFeedItems(decoded.text, { source: input.source, charset: decoded.charset, readPage, diagnostics: decoded.diagnostics });
  }
  if (format === "html") {
    const page = parseHtmlPage(decoded.text, { url: input.url });
    if (!page.ok) return yield failure(input.source, page.code, page.message);
    return yield makeItem({ ...base, parsed: withDiagnostics(page.parsed, decoded.diagnostics) });
  }
  const plain = parsePlainText(decoded.text, { source: input.source });
  const parsed = { ...plain, url: plain.url ?? input.url };
  yield makeItem({ ...base, parsed: withDiagnostics(parsed, decoded.diagnostics) });
}

/** Fetches a URL safely and reads what comes back like any other input. */
export async function* readUrl(url: string, context: ReadContext, options: { nested: boolean }): AsyncGenerator<ReadResult> {
  const fetched = await context.fetch(url);
  if (!fetched.ok) return yield failure(url, fetched.code, fetched.message);
  const { response } = fetched;
  yield* dispatchBytes(
    { source: url, name: new URL(response.finalUrl).pathname, bytes: response.bytes, contentType: response.contentType, url: response.finalUrl, nested: options.nested },
    context,
  );
}
