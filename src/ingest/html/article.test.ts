import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseHtmlPage } from "./article.js";
import { MAX_ELEMENTS } from "./dom.js";

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/ingest/${name}`, import.meta.url), "utf8");

function page(html: string) {
  const r = parseHtmlPage(html, { url: null });
  if (!r.ok) throw new Error(r.message);
  return r.parsed;
}

describe("parseHtmlPage: metadata", () => {
  it("reads meta tags (og:site_name, article:published_time, author)", () => {
    const p = page(fixture("wordpress-comments.html"));
    expect(p).toMatchObject({
      title: "Rocket attack hits base near the river",
      outlet: "Riverside Ledger",
      published: "2021-05-04T09:30:00-04:00",
      author: "Maria Okafor",
    });
  });

  it("reads JSON-LD: headline, datePublished, authors, publisher by @id", () => {
    const p = page(fixture("jsonld-article.html"));
    expect(p).toMatchObject({ title: "Talks resume in the capital", outlet: "Harbor Wire", published: "2022-11-08T07:15:00Z", author: "Lena Brandt, Tomas Ruiz" });
  });

  it("falls back to the byline for author and date, application-name for outlet", () => {
    const p = page(fixture("byline-only.html"));
    expect(p).toMatchObject({ title: "Flooding forces evacuations", outlet: "Valley Courier", published: "2023-03-03", author: "Sam Whitfield" });
  });

  it("uses <time datetime> when no meta tag gives the date", () => {
    const p = page('<html><body><article><p class="meta">Posted <time datetime="2019-12-31T10:00:00+03:00">Tuesday</time></p><p>Text of the post.</p></article></body></html>');
    expect(p.published).toBe("2019-12-31T10:00:00+03:00");
  });
});

describe("parseHtmlPage: body and comments", () => {
  const p = page(fixture("wordpress-comments.html"));

  it("keeps the article body as paragraphs, without navigation, footer or comments", () => {
    const paragraphs = p.text.split("\n\n");
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^Several rockets struck/);
    for (const junk of ["Home", "Copyright", "Leave a Reply", "thoughts on", "Quietreader", "nobody knows", "aloud"]) {
      expect(p.text).not.toContain(junk);
    }
  });

  it("splits the WordPress comments with author, UTC time and the nested reply", () => {
    expect(p.comments).toHaveLength(2);
    expect(p.comments[0]).toMatchObject({ author: "Quietreader", published: "2021-05-04T15:02:00Z", replyTo: null, text: "Third attack this month and still nobody knows who is behind it." });
    expect(p.comments[1]).toMatchObject({ author: "Old Hand", published: "2021-05-04T14:45:00Z", replyTo: 0, text: "Everyone in town knows.\n\nThey just will not say it aloud." });
  });

  it("reads <article class=comment> items with numbers and Disqus-style threads", () => {
    const html = `<html><body><article><p>${"Main story text. ".repeat(30)}</p></article>
      <section class="reader-replies">
        <article class="comment"><span class="comment-number">17</span><span class="author">Ada</span>
          <p class="comment-date">Jan 2 2020 19:01 utc</p><div class="comment-text"><p>First!</p></div></article>
        <article class="comment"><span class="comment-number">18</span><span class="author">Bo</span><div class="comment-text"><p>Second.</p></div></article>
      </section>
      <div id="disqus_thread"><ul id="post-list"><li class="post"><div class="post-content"><span class="author">Cy</span>
        <a class="time-ago" title="2020-01-03T05:00:00Z">1d</a><div class="post-message"><p>Top.</p></div></div>
        <ul class="children"><li class="post"><span class="author">Di</span><div class="post-message"><p>Reply.</p></div></li></ul></li></ul></div>
      </body></html>`;
    const q = page(html);
    expect(q.comments.map((c) => [c.author, c.number, c.published, c.replyTo, c.text])).toEqual([
      ["Ada", 17, "2020-01-02T19:01:00Z", null, "First!"],
      ["Bo", 18, null, null, "Second."],
      ["Cy", null, "2020-01-03T05:00:00Z", null, "Top."],
      ["Di", null, null, 2, "Reply."],
    ]);
    expect(q.text).toContain("Main story text.");
    expect(q.text).not.toMatch(/First!|Second\.|Top\.|Reply\./);
  });

  it("does not remove the article when its wrapper is named like a comment area", () => {
    const story = "The council met on Monday to discuss the water supply. ".repeat(40);
    const q = page(`<html><body><div class="post has-comments"><article><p>${story}</p></article>
      <ol class="commentlist"><li class="comment"><p>Nice.</p></li></ol></div></body></html>`);
    expect(q.text).toContain("The council met on Monday");
    expect(q.comments.map((c) => c.text)).toEqual(["Nice."]);
  });
});

describe("parseHtmlPage: hostile and broken input", () => {
  it("keeps text from tag soup and drops scripts, styles, handlers and link targets", () => {
    const p = page(fixture("hostile.html"));
    expect(p.title).toBe("Hostile markup test");
    for (const kept of ["First paragraph is unclosed", "link text", "Cell paragraph inside a table", "Closing paragraph"]) expect(p.text).toContain(kept);
    for (const dropped of ["SCRIPT-TEXT", "STYLE-TEXT", "ONERROR", "SVG-TEXT", "NOSCRIPT-TEXT", "javascript", "<", ">"]) expect(p.text).not.toContain(dropped);
  });

  it("caps a 10,000-deep <div> without crashing and keeps its text", () => {
    const html = `<html><body><p>start</p>${"<div>".repeat(10_000)}deep text${"</div>".repeat(10_000)}</body></html>`;
    const p = page(html);
    expect(p.text).toContain("deep text");
    expect(p.diagnostics.map((d) => d.code)).toContain("html-depth-capped");
  });

  it("refuses pages with more elements than the cap before parsing", () => {
    const r = parseHtmlPage(`<html><body>${"<p>x</p>".repeat(MAX_ELEMENTS + 1)}</body></html>`, { url: null });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe("too-large");
  });

  it.each(["", "   \n\t ", "<html><head><title>Only a head</title></head></html>", "<!-- nothing -->"])("gives empty text for %j", (html) => {
    const p = page(html);
    expect(p.text).toBe("");
    expect(p.comments).toEqual([]);
  });

  it("strips markup from titles and metadata", () => {
    const p = page('<html><head><meta property="og:title" content="<b>Bold</b>   title"><meta property="og:site_name" content="A &amp; B"></head><body><p>x</p></body></html>');
    expect(p.title).toBe("Bold title");
    expect(p.outlet).toBe("A & B");
  });
});
