/**
 * Property tests for HTML extraction on hostile markup: never throws, deterministic, no
 * tag of the input survives into the text, comments answer earlier comments only, and
 * each page is read within its time budget.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { budgetMs, calibrated, FUZZ_RUNS, FUZZ_TIMEOUT_MS, fuzzOptions, tick, piece } from "../../../test/hostile/fuzz.js";
import { parseHtmlPage } from "./article.js";

// The reference (also a warm-up): an ordinary article page of a few hundred elements.
const REFERENCE = `<html><head><title>Reference</title></head><body><nav><a href="/">Home</a></nav><article>${Array.from({ length: 200 }, (_, i) => `<p>Paragraph ${i} of the article, with <b>some</b> <a href="/x">markup</a>.</p>`).join("")}</article><ol>${Array.from({ length: 50 }, (_, i) => `<li class="comment"><cite class="fn">R${i}</cite><p>Comment ${i}.</p></li>`).join("")}</ol></body></html>`;
const { within } = calibrated(() => parseHtmlPage(REFERENCE, { url: null }));

// RCDATA elements (title, textarea) are left out: their content is text by definition.
const TAGS = ["p", "div", "table", "td", "tr", "li", "ol", "ul", "article", "section", "span", "b", "i", "a", "pre", "noscript", "template", "math", "svg", "style", "script", "iframe", "time", "cite", "footer", "nav"];
const tag = fc.oneof(
  fc.constantFrom(...TAGS).map((t) => `<${t}>`),
  fc.constantFrom(...TAGS).map((t) => `</${t}>`),
  fc.constantFrom('<li class="comment">', '<div class="comment-content">', '<cite class="fn">', '<a href="javascript:alert(1)">', '<img src=x onerror=alert(1)>', '<meta charset="utf-8">', '<meta property="og:title" content="<b>x</b>">', '<script type="application/ld+json">{"@type":"NewsArticle","headline":"</script><script>alert(1)</script>"}</script>', "<html>", "<body>", "<head>"),
);
const page = fc.oneof(
  { weight: 9, arbitrary: fc.array(fc.oneof(tag, piece), { maxLength: 80 }).map((p) => p.join("")) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("div", "li", "p", "table", "b"), fc.integer({ min: 50, max: 3_000 })).map(([t, n]) => `${`<${t}>`.repeat(n)}deep text${`</${t}>`.repeat(n)}`) },
);

describe("parseHtmlPage (fuzz)", () => {
  it(`holds its properties on ${FUZZ_RUNS} hostile pages`, async () => {
    await fc.assert(
      fc.asyncProperty(page, async (html) => {
        await tick();
        // DOM building and Readability cost about 0.1–0.2 ms per element, linearly: the
        // budget allows 0.3 ms per tag on top of the per-megabyte one.
        const tags = html.split("<").length - 1;
        const r = within("parseHtmlPage", budgetMs(html.length, 5_000) + tags * 0.3, () => parseHtmlPage(html, { url: null }));
        expect(parseHtmlPage(html, { url: null })).toEqual(r);
        if (!r.ok) {
          expect(r.code).toMatch(/^[a-z-]+$/);
          return;
        }
        const { text, comments } = r.parsed;
        for (const s of [text, ...comments.map((c) => `${c.author ?? ""} ${c.text}`)]) expect(s).not.toMatch(/<\/?(p|div|script|table|td|iframe|img|svg)[\s>]/i);
        comments.forEach((c, i) => {
          if (c.replyTo !== null) expect(c.replyTo).toBeLessThan(i);
        });
      }),
      fuzzOptions(true),
    );
  }, FUZZ_TIMEOUT_MS);
});
