import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "./decode/decode.js";
import { parseFeed } from "./feed/parse.js";
import { parseHtmlPage } from "./html/article.js";
import { normaliseDate } from "./dates/normalise.js";

const tag = fc.constantFrom("<p>", "</p>", "<div>", "</div>", "<table>", "<td>", "<script>", "</script>", "<!--", "-->", "<li class=comment>", "<time datetime=2020-01-01>", "<![CDATA[", "]]>", "<!DOCTYPE", "&amp;", "&#0;", "&#xD800;", "<br>", "<pre>");
const soup = fc.array(fc.oneof(tag, fc.string({ maxLength: 12 })), { maxLength: 60 }).map((parts) => parts.join(""));

describe("hostile input never throws", () => {
  it("parseHtmlPage on tag soup gives plain text without markup from tags", () => {
    fc.assert(
      fc.property(soup, (html) => {
        const r = parseHtmlPage(html, { url: null });
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.parsed.text).not.toMatch(/<\/?(p|div|script|table|td)>/);
      }),
      { numRuns: 150 },
    );
  });

  it("parseFeed on XML-like soup returns a value", () => {
    fc.assert(
      fc.property(soup, (body) => {
        const r = parseFeed(`<rss><channel>${body}</channel></rss>`);
        expect(typeof r.ok).toBe("boolean");
      }),
      { numRuns: 150 },
    );
  });

  it("decodeBytes on random bytes is deterministic and reports a charset", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom("html", "xml", "none") as fc.Arbitrary<"html" | "xml" | "none">, (bytes, markup) => {
        const a = decodeBytes(bytes, { declared: null, markup });
        expect(a).toEqual(decodeBytes(bytes, { declared: null, markup }));
        expect(a.charset.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it("normaliseDate finishes quickly on long adversarial strings", () => {
    const started = Date.now();
    for (const s of ["(".repeat(500_000), `second${" ".repeat(4000)}fourth${" ".repeat(4000)}jum`, "9".repeat(1_000_000), `January ${"1".repeat(100_000)}`]) {
      normaliseDate(s, { utc: false, search: true });
    }
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
