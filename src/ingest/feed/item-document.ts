import type { ParsedDocument } from "../../model/document.js";
import { normaliseDate } from "../dates/normalise.js";
import { fragmentText } from "../html/fragment.js";
import { plainInline } from "../html/inline.js";
import type { ParseOutcome } from "../outcome.js";
import type { Feed, FeedItem } from "./model.js";

/** The metadata a feed gives an item, whatever its text comes from. */
export function itemMetadata(item: FeedItem, feed: Feed): Pick<ParsedDocument, "title" | "outlet" | "published" | "author" | "url"> {
  return {
    title: plainInline(item.title),
    outlet: plainInline(feed.title),
    published: normaliseDate(item.published, { utc: false }),
    author: plainInline(item.author),
    url: item.link,
  };
}

/** A feed item with content as a document: the content as plain text, the feed's metadata. */
export function itemDocument(item: FeedItem, feed: Feed): ParseOutcome {
  let text = "";
  let diagnostics: ParsedDocument["diagnostics"] = [];
  if (item.content) {
    if (item.contentIsHtml) {
      const fragment = fragmentText(item.content);
      if (!fragment.ok) return fragment;
      text = fragment.text;
      diagnostics = fragment.diagnostics;
    } else {
      text = item.content.replace(/\r\n?/g, "\n").trim();
    }
  }
  return { ok: true, parsed: { kind: "article", ...itemMetadata(item, feed), text, comments: [], diagnostics } };
}
