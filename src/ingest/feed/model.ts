/** A feed as sitrep reads it: its title and items, with values still as the feed wrote them. */
export interface Feed {
  format: "rss" | "atom" | "rdf";
  title: string | null;
  items: FeedItem[];
}

export interface FeedItem {
  title: string | null;
  link: string | null;
  guid: string | null;
  /** The publication date as written (Atom: <published>, else <updated>). */
  published: string | null;
  author: string | null;
  /** The item's content, and whether it is HTML or plain text. */
  content: string | null;
  contentIsHtml: boolean;
}
