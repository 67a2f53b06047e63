import { normaliseDate } from "../dates/normalise.js";
import { BYLINE_DATE_TAIL, BYLINE_PREFIX, BYLINE_TAIL } from "./en/byline.js";
import { plainInline } from "./inline.js";
import { readJsonLd, type JsonLdArticle } from "./jsonld.js";
import { firstMeta, metaTags } from "./meta-tags.js";

export interface PageMetadata {
  title: string | null;
  outlet: string | null;
  published: string | null;
  author: string | null;
}

const PUBLISHED_META = [
  "article:published_time", "og:published_time", "article:published", "datepublished", "pubdate", "publishdate",
  "publish-date", "publication_date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
  "dcterms.created", "sailthru.date", "parsely-pub-date", "date",
];
const AUTHOR_META = ["author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl"];
const BYLINE_SELECTOR = "[class*=byline], [class*=dateline], [class*=date], [class*=published], [class*=timestamp], [class*=posted-on], [class*=post-meta], [class*=entry-meta]";
const AUTHOR_SELECTOR = "[rel~=author], [itemprop~=author], [class*=byline-name], [class*=author-name], [class~=author], [class*=byline]";

/** A byline as a name: "By Jane Doe | January 2" → "Jane Doe"; null for URLs and long text. */
export function cleanAuthor(raw: string | null | undefined): string | null {
  const line = plainInline(raw);
  if (!line || /^https?:\/\//i.test(line)) return null;
  const name = line.replace(BYLINE_PREFIX, "").replace(BYLINE_TAIL, "").replace(BYLINE_DATE_TAIL, "").trim();
  return name !== "" && name.length <= 120 ? name : null;
}

function stripSiteSuffix(title: string, outlet: string | null): string {
  if (!outlet) return title;
  const parts = title.split(/\s+[|\-–—:]{1,2}\s+/);
  if (parts.length < 2) return title;
  const lower = outlet.toLowerCase();
  const kept = parts.filter((p) => p.trim().toLowerCase() !== lower);
  return kept.length > 0 && kept.length < parts.length ? kept.join(" - ") : title;
}

function publishedFromMarkup(document: Document): string | null {
  const candidates: Array<string | null> = [];
  for (const el of Array.from(document.querySelectorAll("[itemprop~=datePublished]"))) {
    candidates.push(el.getAttribute("content") ?? el.getAttribute("datetime") ?? el.textContent);
  }
  for (const el of Array.from(document.querySelectorAll("time[pubdate]"))) candidates.push(el.getAttribute("datetime") ?? el.textContent);
  for (const el of Array.from(document.querySelectorAll("time[datetime]"))) candidates.push(el.getAttribute("datetime"));
  for (const c of candidates) {
    const date = normaliseDate(c, { utc: false });
    if (date) return date;
  }
  return null;
}

function publishedFromBylines(document: Document): string | null {
  for (const el of Array.from(document.querySelectorAll(BYLINE_SELECTOR)).slice(0, 50)) {
    const date = normaliseDate((el.textContent ?? "").slice(0, 300), { utc: false, search: true });
    if (date) return date;
  }
  return null;
}

function authorFromMarkup(document: Document): string | null {
  for (const el of Array.from(document.querySelectorAll(AUTHOR_SELECTOR)).slice(0, 50)) {
    const named = el.querySelector("[itemprop~=name], [class~=fn], [class~=name]");
    const author = cleanAuthor((named ?? el).textContent);
    if (author) return author;
  }
  return null;
}

function jsonLdOf(document: Document): JsonLdArticle | null {
  const blocks = Array.from(document.querySelectorAll('script[type="application/ld+json"]')).map((s) => s.textContent ?? "");
  return blocks.length > 0 ? readJsonLd(blocks) : null;
}

/**
 * Title, outlet, publication date and author as the page's meta tags, JSON-LD and
 * bylines state them, each tried in that order. Read before Readability changes the DOM.
 */
export function readMetadata(document: Document): PageMetadata {
  const tags = metaTags(document);
  const ld = jsonLdOf(document);
  const outlet = plainInline(firstMeta(tags, ["og:site_name"]) ?? ld?.publisher ?? firstMeta(tags, ["application-name"]));
  const titleTag = plainInline(document.querySelector("title")?.textContent);
  const title =
    plainInline(firstMeta(tags, ["og:title", "twitter:title"]) ?? ld?.headline) ??
    (titleTag ? stripSiteSuffix(titleTag, outlet) : null) ??
    plainInline(document.querySelector("h1")?.textContent);
  const published =
    normaliseDate(firstMeta(tags, PUBLISHED_META.slice(0, 3)), { utc: false }) ??
    normaliseDate(ld?.datePublished, { utc: false }) ??
    normaliseDate(firstMeta(tags, PUBLISHED_META.slice(3)), { utc: false }) ??
    publishedFromMarkup(document) ??
    publishedFromBylines(document);
  const author =
    cleanAuthor(firstMeta(tags, AUTHOR_META)) ??
    (ld && ld.authors.length > 0 ? plainInline(ld.authors.join(", ")) : null) ??
    authorFromMarkup(document);
  return { title, outlet, published, author };
}
