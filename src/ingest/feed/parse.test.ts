import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dedupeItems } from "./dedupe.js";
import { parseFeed } from "./parse.js";

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/ingest/${name}`, import.meta.url), "utf8");

function feedOf(xml: string) {
  const r = parseFeed(xml);
  if (!r.ok) throw new Error(r.message);
  return r.feed;
}

describe("parseFeed", () => {
  it("reads RSS 2.0: content:encoded over description, dc:creator, pubDate", () => {
    const feed = feedOf(fixture("rss2.xml"));
    expect(feed.title).toBe("Northern Dispatch");
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]).toMatchObject({
      title: "Convoy reaches the border & unloads",
      link: "https://dispatch.example/convoy",
      guid: "dispatch-1001",
      published: "Tue, 07 Jan 2020 06:45:00 -0500",
      author: "Ana Lindqvist",
      contentIsHtml: true,
    });
    expect(feed.items[0]?.content).toContain("<p>The aid convoy reached");
    expect(feed.items[1]?.content).toBe("<p>Officials postponed the talks by a week &amp; gave no reason.</p>");
  });

  it("reads Atom: <published> before <updated>, alternate link, author name, xhtml content", () => {
    const feed = feedOf(fixture("atom.xml"));
    expect(feed.format).toBe("atom");
    expect(feed.items[0]).toMatchObject({ title: "Storm <em>damages</em> harbour", link: "https://coastal.example/storm", published: "2020-02-01T08:00:00Z", author: "Priya Nair" });
    expect(feed.items[1]).toMatchObject({ published: "2020-02-02T10:30:00Z", link: "https://coastal.example/ferry" });
    expect(feed.items[1]?.content).toContain("<p>The ferry sailed again on Sunday morning.</p>");
  });

  it("refuses DOCTYPE and ENTITY declarations, external or internal", () => {
    const cases = [
      fixture("entities.xml"),
      '<?xml version="1.0"?><!DOCTYPE rss SYSTEM "file:///etc/passwd"><rss><channel><title>x</title></channel></rss>',
      `<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ""};`.repeat(10)}">`).join("")}]><rss><channel><title>&lol9;</title></channel></rss>`,
      '<rss><channel><!ENTITY x "y"><title>x</title></channel></rss>',
    ];
    for (const xml of cases) {
      const r = parseFeed(xml);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.code).toBe("xml-entities-refused");
    }
  });

  it("allows DOCTYPE-like text inside CDATA and decodes a million numeric references linearly", () => {
    const quoted = feedOf('<rss><channel><title>t</title><item><title>x</title><description><![CDATA[<!DOCTYPE html><p>quoted page</p><!h<!h<]]></description></item></channel></rss>');
    expect(quoted.items[0]?.content).toContain("quoted page");
    const started = Date.now();
    const many = feedOf(`<rss><channel><title>${"&#65;".repeat(1_000_000)}</title></channel></rss>`);
    expect(many.title).toHaveLength(1_000_000);
    expect(many.title?.startsWith("AAAA")).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("reports malformed XML and non-feed XML as failures, not throws", () => {
    const broken = parseFeed("<rss><channel><item><title>x</ti");
    expect(broken.ok).toBe(false);
    const other = parseFeed("<?xml version='1.0'?><svg><g/></svg>");
    expect(other.ok).toBe(false);
    if (!other.ok) expect(other.code).toBe("unsupported-content");
  });

  it("drops exact duplicates and flags a reused GUID with different content", () => {
    const kept = dedupeItems(feedOf(fixture("duplicate-guids.xml")).items);
    expect(kept.map((k) => [k.position, k.item.title])).toEqual([
      [1, "Market fire"],
      [3, "Market fire update"],
      [4, "Bridge closed"],
    ]);
    expect(kept[0]?.diagnostics.map((d) => d.code)).toEqual(["feed-duplicate-item"]);
    expect(kept[1]?.diagnostics.map((d) => d.code)).toEqual(["feed-duplicate-guid"]);
  });
});
