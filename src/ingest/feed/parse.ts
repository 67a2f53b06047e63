import { XMLParser } from "fast-xml-parser";
import { entityRefusal } from "./guard.js";
import type { Feed, FeedItem } from "./model.js";
import { attributeOf, rawInner, textOf } from "./xml-text.js";

/** Items read per feed at most. */
export const MAX_ITEMS = 10_000;

const CONTENT_NODES = ["content", "content:encoded", "description", "summary"];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  cdataPropName: "__cdata",
  stopNodes: CONTENT_NODES.map((n) => `*.${n}`),
  isArray: (name) => ["item", "entry", "link", "author", "category"].includes(name),
});

type Node = Record<string, unknown>;
const obj = (v: unknown): Node | null => (v && typeof v === "object" && !Array.isArray(v) ? (v as Node) : null);
const list = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

/** A stop node's content: its raw inner XML decoded, and whether it is HTML (Atom type="text" is not). */
function content(node: unknown): { text: string; html: boolean } | null {
  const raw = typeof node === "string" ? node : textOfStop(node);
  if (raw === null || raw.trim() === "") return null;
  const type = attributeOf(node, "type")?.toLowerCase() ?? "html";
  if (type === "xhtml") return { text: raw, html: true };
  return { text: rawInner(raw), html: type !== "text" && type !== "text/plain" };
}

function textOfStop(node: unknown): string | null {
  const o = obj(node);
  return o && typeof o["#text"] === "string" ? o["#text"] : null;
}

function rssAuthor(item: Node): string | null {
  const raw = textOf(item["dc:creator"]) ?? textOf(item["author"]);
  if (!raw) return null;
  const named = /\(([^)]+)\)\s*$/.exec(raw);
  return named?.[1] ?? raw;
}

function rssItem(item: Node): FeedItem {
  const atomLink = list(item["atom:link"]).map((l) => attributeOf(l, "href")).find(Boolean) ?? null;
  const body = content(item["content:encoded"]) ?? content(item["description"]);
  return {
    title: textOf(item["title"]),
    link: textOf(list(item["link"])[0]) ?? atomLink,
    guid: textOf(item["guid"]),
    published: textOf(item["pubDate"]) ?? textOf(item["dc:date"]) ?? textOf(item["published"]),
    author: rssAuthor(item),
    content: body?.text ?? null,
    contentIsHtml: body?.html ?? true,
  };
}

function atomLink(entry: Node): string | null {
  const links = list(entry["link"]).map(obj).filter((l): l is Node => l !== null);
  const alternate = links.find((l) => (attributeOf(l, "rel") ?? "alternate") === "alternate") ?? links[0];
  return alternate ? attributeOf(alternate, "href") : null;
}

function atomEntry(entry: Node): FeedItem {
  const body = content(entry["content"]) ?? content(entry["summary"]);
  const authors = list(entry["author"]).map((a) => textOf(obj(a)?.["name"] ?? a)).filter((a): a is string => !!a);
  return {
    title: textOf(entry["title"]),
    link: atomLink(entry),
    guid: textOf(entry["id"]),
    // <updated> changes with every edit; only use it when <published> is missing.
    published: textOf(entry["published"]) ?? textOf(entry["issued"]) ?? textOf(entry["updated"]),
    author: authors.length > 0 ? authors.join(", ") : null,
    content: body?.text ?? null,
    contentIsHtml: body?.html ?? true,
  };
}

export type FeedOutcome = { ok: true; feed: Feed } | { ok: false; code: string; message: string };

/** Reads an RSS 2.0, RSS 1.0 (RDF) or Atom document; refuses DTDs and entity declarations. */
export function parseFeed(xml: string): FeedOutcome {
  const refusal = entityRefusal(xml);
  if (refusal) return { ok: false, code: "xml-entities-refused", message: refusal };
  let tree: Node;
  try {
    tree = parser.parse(xml) as Node;
  } catch (error) {
    return { ok: false, code: "bad-feed", message: `not well-formed XML (${(error as Error).message.slice(0, 80)})` };
  }
  const rss = obj(obj(tree["rss"])?.["channel"]);
  if (rss) return { ok: true, feed: { format: "rss", title: textOf(rss["title"]), items: list(rss["item"]).slice(0, MAX_ITEMS).map((i) => rssItem(obj(i) ?? {})) } };
  const atom = obj(tree["feed"]);
  if (atom) return { ok: true, feed: { format: "atom", title: textOf(atom["title"]), items: list(atom["entry"]).slice(0, MAX_ITEMS).map((e) => atomEntry(obj(e) ?? {})) } };
  const rdf = obj(tree["rdf:RDF"]);
  if (rdf) return { ok: true, feed: { format: "rdf", title: textOf(obj(rdf["channel"])?.["title"]), items: list(rdf["item"]).slice(0, MAX_ITEMS).map((i) => rssItem(obj(i) ?? {})) } };
  return { ok: false, code: "unsupported-content", message: "XML without an RSS, RDF or Atom root element" };
}
