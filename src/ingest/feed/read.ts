import type { Diagnostic } from "../../model/diagnostic.js";
import { failure } from "../failure.js";
import { isFailure, type ReadResult } from "../types.js";
import { makeItem, withDiagnostics } from "../item.js";
import { dedupeItems, type KeptItem } from "./dedupe.js";
import { itemDocument, itemMetadata } from "./item-document.js";
import type { Feed } from "./model.js";
import { parseFeed } from "./parse.js";

export interface FeedReadOptions {
  source: string;
  charset: string;
  /** Fetches and reads the page an item links to (a feed found there is not expanded). */
  readPage: (url: string) => AsyncGenerator<ReadResult>;
  /** Diagnostics from decoding the feed, given to every item. */
  diagnostics: Diagnostic[];
}

const MEDIA = { rss: "application/rss+xml", atom: "application/atom+xml", rdf: "application/rdf+xml" } as const;

/** How an item is named: its link, else the feed and its GUID, else the feed and its position. */
function itemSource(kept: KeptItem, feedSource: string): string {
  const link = kept.item.link;
  if (link && /^https?:\/\//i.test(link)) return link;
  return kept.item.guid ? `${feedSource}#${kept.item.guid}` : `${feedSource}#${kept.position}`;
}

/** A page fetched for an item that has no content of its own, with the feed's metadata filling its gaps. */
async function* fetchedItem(kept: KeptItem, feed: Feed, link: string, options: FeedReadOptions): AsyncGenerator<ReadResult> {
  const page = options.readPage(link);
  const meta = itemMetadata(kept.item, feed);
  for await (const result of page) {
    if (isFailure(result)) {
      yield result;
      continue;
    }
    const p = result.parsed;
    const parsed = { ...p, title: p.title ?? meta.title, outlet: p.outlet ?? meta.outlet, published: p.published ?? meta.published, author: p.author ?? meta.author };
    yield { ...result, parsed: withDiagnostics(parsed, [...options.diagnostics, ...kept.diagnostics]) };
  }
}

/** One result per feed item: its own content, or the page its link leads to when it has none. */
export async function* readFeedItems(xml: string, options: FeedReadOptions): AsyncGenerator<ReadResult> {
  const outcome = parseFeed(xml);
  if (!outcome.ok) return yield failure(options.source, outcome.code, outcome.message);
  const { feed } = outcome;
  for (const kept of dedupeItems(feed.items)) {
    const source = itemSource(kept, options.source);
    const link = kept.item.link;
    if ((kept.item.content ?? "").trim() === "" && link && /^https?:\/\//i.test(link)) {
      yield* fetchedItem(kept, feed, link, options);
      continue;
    }
    const doc = itemDocument(kept.item, feed);
    if (!doc.ok) {
      yield failure(source, doc.code, doc.message);
      continue;
    }
    yield makeItem({
      source,
      contentType: MEDIA[feed.format],
      charset: options.charset,
      raw: new TextEncoder().encode(kept.item.content ?? ""),
      parsed: withDiagnostics(doc.parsed, [...options.diagnostics, ...kept.diagnostics]),
    });
  }
}
