/**
 * Property tests for feed parsing on hostile XML: never throws, deterministic, refuses
 * any DTD or entity declaration outside CDATA, never yields more items than the cap,
 * and each feed is read within its time budget.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { budgetMs, FUZZ_RUNS, FUZZ_TIMEOUT_MS, fuzzOptions, tick, piece, within } from "../../../test/hostile/fuzz.js";
import { MAX_ITEMS, parseFeed } from "./parse.js";

const xmlish = fc.constantFrom(
  "<item>", "</item>", "<entry>", "</entry>", "<title>", "</title>", "<link>", "</link>", '<link href="http://x/"/>', "<guid>g</guid>",
  "<description>", "</description>", "<content:encoded>", "</content:encoded>", "<![CDATA[", "]]>", "<!h<!h<", "<pubDate>Mon, 06 Jan 2020 10:00:00 +0300</pubDate>",
  "<published>2020-01-07T08:30:00Z</published>", "&lt;", "&amp;", "&#65;", "&#x1F600;", "&bogus;", "<?xml version=\"1.0\"?>", '<content type="xhtml">', "</content>",
);
const body = fc.array(fc.oneof(xmlish, piece), { maxLength: 60 }).map((p) => p.join(""));
const feed = fc.tuple(fc.constantFrom("rss", "atom", "rdf", "none"), body).map(([kind, b]) =>
  kind === "rss" ? `<rss version="2.0"><channel><title>T</title>${b}</channel></rss>` : kind === "atom" ? `<feed xmlns="http://www.w3.org/2005/Atom">${b}</feed>` : kind === "rdf" ? `<rdf:RDF>${b}</rdf:RDF>` : b,
);
const declaration = fc.constantFrom('<!DOCTYPE rss SYSTEM "file:///etc/passwd">', '<!DOCTYPE x [<!ENTITY a "b">]>', '<!ENTITY lol "lol">', "<!doctype html>");

describe("parseFeed (fuzz)", () => {
  it(`holds its properties on ${FUZZ_RUNS} hostile feeds`, async () => {
    await fc.assert(
      fc.asyncProperty(feed, async (xml) => {
        await tick();
        const r = within("parseFeed", budgetMs(xml.length), () => parseFeed(xml));
        expect(parseFeed(xml)).toEqual(r);
        if (r.ok) expect(r.feed.items.length).toBeLessThanOrEqual(MAX_ITEMS);
        else expect(r.code).toMatch(/^(bad-feed|unsupported-content|xml-entities-refused)$/);
      }),
      fuzzOptions(),
    );
  }, FUZZ_TIMEOUT_MS);

  it(`refuses a DTD or entity declaration wherever it sits outside CDATA (${FUZZ_RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(feed, declaration, fc.nat(), async (xml, decl, at) => {
        await tick();
        const outsideCdata = xml.replace(/<!\[CDATA\[[\s\S]*?(\]\]>|$)/g, "");
        fc.pre(outsideCdata === xml);
        const i = at % (xml.length + 1);
        const r = parseFeed(xml.slice(0, i) + decl + xml.slice(i));
        expect(r.ok ? "ok" : r.code).toBe("xml-entities-refused");
      }),
      fuzzOptions(),
    );
  }, FUZZ_TIMEOUT_MS);
});
