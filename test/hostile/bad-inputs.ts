/**
 * The inputs of BAD-INPUT.md (rows 1–13 and 16) as files generated on the fly, each with
 * what must happen to it. Large inputs are built at a small scale against a small byte
 * cap (CAP): a 2 MB file against a 1 MB cap exercises the same guard as 200 MB against
 * 20 MB. The CLI and the API tests feed the same list and check the same expectations.
 */
import { gzipSync, crc32 } from "node:zlib";

/** The byte cap the hostile runs use (--max-bytes / read.maxBytes). */
export const CAP = 1024 * 1024;

export interface Expectation {
  /** The input fails with this reason code (the others still go through). */
  code?: string;
  /** Or it is stored: its status, charset, diagnostics codes and text fragments. */
  status?: "ok" | "empty";
  charset?: string;
  diagnostics?: string[];
  includes?: string[];
  excludes?: string[];
  /** Comments stored under it: at least / at most. */
  minComments?: number;
  maxComments?: number;
  /** The raw input is kept byte for byte (the bytes given here). */
  raw?: Uint8Array;
  /** The stored text is no longer than this (no expansion). */
  maxTextLength?: number;
  /** Stored as a duplicate of another input (row 16). */
  duplicate?: boolean;
}

export interface BadInput {
  row: number;
  /** File name; also how the CLI and the API name the input. */
  name: string;
  bytes: Uint8Array;
  expect: Expectation;
  /** For JSONL: results are named by record id or "name:LINE", listed here. */
  records?: { input: string; expect: Expectation }[];
}

const enc = (s: string) => new TextEncoder().encode(s);
const latin1 = (s: string) => new Uint8Array(Buffer.from(s, "latin1"));
const cat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

/** A short, ordinary news text: the inputs that must survive beside the hostile ones. */
export const GOOD_TEXT = [
  "Harbour Watch",
  "July 21, 2022",
  "",
  "Ferry Strike Enters Second Week",
  "",
  "The ferry unions said on Monday that the strike would go on until the ministry returns to talks.",
  "Police arrested 12 protesters at the port of Split on July 20, 2022, officials said.",
  "",
].join("\n");

/** A zip archive whose one entry is named ../../evil-<tag>.txt and claims a 4 GB size. */
function traversalZip(tag: string): Uint8Array {
  const name = Buffer.from(`../../evil-${tag}.txt`);
  const data = Buffer.from("escaped!");
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(0xfffffff0, 22); // uncompressedSize lies: must be ignored
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(0xfffffff0, 24);
  central.writeUInt16LE(name.length, 28);
  const centralOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return cat(local, name, data, central, name, end);
}

/** A Typepad-style page whose comments answer themselves and each other by number. */
function selfReferentialThread(count: number): string {
  const lines = ["Moon Notes", "January 2, 2020", "", "Open thread", "", "Use this thread for news not covered elsewhere.", "", "Posted by b on January 2, 2020 at 18:00 UTC | Permalink", "", "Comments", ""];
  for (let n = 1; n <= count; n++) {
    const time = `${19 + Math.floor(n / 60)}:${String(n % 60).padStart(2, "0")}`;
    // Numbers repeat and point forward: "@n" names the comment itself, "@n+1" a later one.
    lines.push(`@${n} @${n + 1} replying to myself and to the next one, comment ${n}.`, "", `Posted by: reader ${n} | Jan 2 2020 ${time} utc | ${n % 7 === 0 ? n - 1 : n}`, "");
  }
  return lines.join("\n");
}

/** A WordPress-style comment list nested `depth` levels deep. */
function deepCommentThread(depth: number): string {
  const open = Array.from({ length: depth }, (_, i) => `<ol><li class="comment"><cite class="fn">R${i}</cite><p>Reply ${i}.</p>`).join("");
  const close = "</li></ol>".repeat(depth);
  return `<!doctype html><html><head><title>Deep thread</title></head><body><article><h1>Deep thread</h1><p>The embassy in Baghdad was attacked on January 1, 2020, officials said. The article body is long enough to be the main content of this page, which Readability needs.</p></article><div id="comments" class="comments-area"><h2>Comments</h2>${open}${close}</div></body></html>`;
}

/**
 * Every file-based hostile input. `port` is a local server that must receive no
 * request (an external DTD pointing at it proves no fetch happened).
 */
export function badInputs(options: { port: number; tag: string }): BadInput[] {
  const { port, tag } = options;
  const utf16 = (s: string, bom: boolean) => cat(bom ? Uint8Array.from([0xff, 0xfe]) : new Uint8Array(), new Uint8Array(Buffer.from(s, "utf16le")));
  const list: BadInput[] = [
    // Row 1: tag soup and 10k-deep nesting.
    {
      row: 1,
      name: "r01-soup.html",
      bytes: enc(`<html><body><p>Unclosed <b>bold <i>italic</p></p></p><table><tr><td><p>Soup marker alpha in a cell<table><td>inner cell</table></p></td></tr><p>after the table</div></span></html></body>`),
      expect: { status: "ok", includes: ["Soup marker alpha"] },
    },
    {
      row: 1,
      name: "r01-deep.html",
      bytes: enc(`<html><body>${"<div>".repeat(10_000)}Deep marker bravo held ten thousand levels down.${"</div>".repeat(10_000)}</body></html>`),
      expect: { status: "ok", diagnostics: ["html-depth-capped"], includes: ["Deep marker bravo"] },
    },
    // Row 2: nothing to read.
    { row: 2, name: "r02-empty.txt", bytes: new Uint8Array(), expect: { status: "empty" } },
    { row: 2, name: "r02-blank.txt", bytes: enc("  \n\t\n   \r\n"), expect: { status: "empty" } },
    { row: 2, name: "r02-nobody.html", bytes: enc("<html><head><title>No body here</title></head></html>"), expect: { status: "empty" } },
    // Row 3: charsets.
    {
      row: 3,
      name: "r03-nocharset.html",
      bytes: latin1("<html><body><p>Caf\xe9 owners \x93closed\x94 their doors in Beirut.</p></body></html>"),
      expect: { status: "ok", charset: "windows-1252", diagnostics: ["encoding-guessed"], includes: ["Café owners “closed”"] },
    },
    {
      row: 3,
      name: "r03-late-meta.html",
      // The declaration sits after byte 1024: the prescan must not see it; the bytes are UTF-8.
      bytes: enc(`<html><head><!-- ${"padding ".repeat(160)} --><meta charset="iso-8859-2"></head><body><p>Late meta: café in Zürich.</p></body></html>`),
      expect: { status: "ok", charset: "utf-8", includes: ["café in Zürich"] },
    },
    {
      row: 3,
      name: "r03-bom.html",
      bytes: cat(Uint8Array.from([0xef, 0xbb, 0xbf]), enc(`<html><head><meta charset="windows-1252"></head><body><p>BOM wins: naïve café.</p></body></html>`)),
      expect: { status: "ok", charset: "utf-8", includes: ["naïve café"], excludes: ["Ã"] },
    },
    { row: 3, name: "r03-utf16-bom.txt", bytes: utf16("UTF-16 with a BOM: Erbil, Kirkuk and Mosul.\n", true), expect: { status: "ok", charset: "utf-16le", includes: ["Erbil, Kirkuk"] } },
    {
      row: 3,
      name: "r03-utf16-nobom.txt",
      bytes: utf16("UTF-16 without a BOM: Basra and Najaf reported calm streets.\n", false),
      expect: { status: "ok", charset: "utf-16le", diagnostics: ["encoding-guessed"], includes: ["Basra and Najaf"] },
    },
    {
      row: 3,
      name: "r03-mojibake.html",
      bytes: enc(`<html><head><meta charset="windows-1252"></head><body><p>Mojibake: café, naïve, “quoted” and crème brûlée were served.</p></body></html>`),
      expect: { status: "ok", charset: "windows-1252", diagnostics: ["mojibake-suspected"] },
    },
    // Row 4: invalid UTF-8 and lone surrogates.
    ((bytes: Uint8Array): BadInput => ({
      row: 4,
      name: "r04-invalid-utf8.txt",
      bytes,
      expect: { status: "ok", charset: "utf-8", diagnostics: ["invalid-bytes"], includes: ["\uFFFD", "Police said 3 people"], raw: bytes },
    }))(cat(enc("Valid café start. "), Uint8Array.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]), enc(" Police said 3 people were hurt on March 3, 2020.\n"))),
    {
      row: 4,
      name: "r04-surrogates.jsonl",
      bytes: enc(`{"id":"lone-${tag}","text":"Before \\ud800 and \\udfff after. The army said 4 soldiers died."}\n{not json at all\n`),
      expect: {},
      records: [
        { input: `lone-${tag}`, expect: { status: "ok", diagnostics: ["invalid-bytes"], includes: ["Before \uFFFD and \uFFFD after"] } },
        { input: "r04-surrogates.jsonl:2", expect: { code: "bad-json" } },
      ],
    },
    // Row 5: too big.
    { row: 5, name: "r05-huge.html", bytes: enc(`<html><body><p>${"x".repeat(2 * CAP)}</p></body></html>`), expect: { code: "too-large" } },
    { row: 5, name: "r05-many-elements.html", bytes: enc(`<html><body>${"<p>".repeat(70_000)}</body></html>`), expect: { code: "too-large" } },
    {
      row: 5,
      name: "r05-long-line.txt",
      bytes: enc(`${"Long line marker. ".repeat(8_000)}\n`),
      expect: { status: "ok", includes: ["Long line marker."] },
    },
    {
      row: 5,
      name: "r05-long-record.jsonl",
      bytes: enc(`{"id":"short-${tag}","text":"A short record beside a long one. Rebels shelled the town."}\n{"id":"long","text":"${"y".repeat(CAP + 10)}"}\n`),
      expect: {},
      records: [
        { input: `short-${tag}`, expect: { status: "ok" } },
        { input: "r05-long-record.jsonl:2", expect: { code: "too-large" } },
      ],
    },
    // Row 6: binary under a text name.
    { row: 6, name: "r06-png.html", bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), expect: { code: "unsupported-content" } },
    { row: 6, name: "r06-pdf.html", bytes: latin1("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), expect: { code: "unsupported-content" } },
    { row: 6, name: "r06-elf.txt", bytes: cat(Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), new Uint8Array(64)), expect: { code: "unsupported-content" } },
    // Row 7: bombs and archives.
    { row: 7, name: "r07-bomb.html.gz", bytes: new Uint8Array(gzipSync(Buffer.alloc(8 * CAP, 0x20))), expect: { code: "too-large" } },
    { row: 7, name: "r07-traversal.zip", bytes: traversalZip(tag), expect: { code: "unsupported-content" } },
    { row: 7, name: "r07-fine.txt.gz", bytes: new Uint8Array(gzipSync(Buffer.from("Compressed but fine: the militia withdrew from the town.\n"))), expect: { status: "ok", includes: ["Compressed but fine"] } },
    // Row 8: XML entities and DTDs.
    {
      row: 8,
      name: "r08-xxe.xml",
      bytes: enc(`<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>T</title><item><title>&xxe;</title><description>leak &xxe;</description></item></channel></rss>`),
      expect: { code: "xml-entities-refused" },
    },
    {
      row: 8,
      name: "r08-external-dtd.xml",
      bytes: enc(`<?xml version="1.0"?><!DOCTYPE rss SYSTEM "http://127.0.0.1:${port}/evil.dtd"><rss version="2.0"><channel><title>T</title><item><title>x</title><description>y</description></item></channel></rss>`),
      expect: { code: "xml-entities-refused" },
    },
    {
      row: 8,
      name: "r08-laughs.xml",
      bytes: enc(
        `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? "" : i};`.repeat(10)}">`).join("")}]><rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>`,
      ),
      expect: { code: "xml-entities-refused" },
    },
    {
      row: 8,
      name: "r08-big-entity.xml",
      bytes: enc(`<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "${"B".repeat(10_000)}">]><rss version="2.0"><channel><title>T</title><item><title>t</title><description>${"&big;".repeat(1000)}</description></item></channel></rss>`),
      expect: { code: "xml-entities-refused" },
    },
    {
      // 10^6 character references do not fit under the 1 MB cap: 150,000 of them do, and
      // must not expand past the input's own size.
      row: 8,
      name: "r08-char-refs.xml",
      bytes: enc(`<?xml version="1.0"?><rss version="2.0"><channel><title>Refs</title><item><title>Character references</title><guid>refs</guid><description>Start ${`${"&#65;".repeat(30)} `.repeat(5_000)} end.</description></item></channel></rss>`),
      expect: {},
      records: [{ input: "r08-char-refs.xml#refs", expect: { status: "ok", includes: ["Start AAAA", "A end."], maxTextLength: 160_000 } }],
    },
    // Row 9: odd but readable feeds.
    {
      row: 9,
      name: "r09-odd.xml",
      bytes: enc(`<?xml version="1.0"?><rss version="2.0"><channel><title>Odd Wire ${tag}</title>
<item><title>CDATA soup</title><guid>g-cdata</guid><description><![CDATA[<!h<!h< Rebels shelled the airport on Monday.]]></description><pubDate>Mon, 06 Jan 2020 10:00:00 +0300</pubDate></item>
<item><title>ISO date</title><guid>g-iso</guid><description>The ministry condemned the strike.</description><pubDate>2020-01-07T08:30:00Z</pubDate></item>
<item><title>No link at all</title><description>Protesters gathered outside the embassy.</description></item>
<item><title>Twin</title><guid>g-twin</guid><description>Same item twice.</description></item>
<item><title>Twin</title><guid>g-twin</guid><description>Same item twice.</description></item>
<item><title>Nothing</title><guid>g-empty</guid></item>
</channel></rss>`),
      expect: {},
      records: [
        { input: "r09-odd.xml#g-cdata", expect: {} },
        { input: "r09-odd.xml#g-iso", expect: { status: "ok", includes: ["ministry condemned"] } },
        { input: "r09-odd.xml#3", expect: { status: "ok", includes: ["Protesters gathered"] } },
        { input: "r09-odd.xml#g-twin", expect: { status: "ok", diagnostics: ["feed-duplicate-item"] } },
        { input: "r09-odd.xml#g-empty", expect: { status: "empty" } },
      ],
    },
    // Row 10 / 11: markup and template syntax in the text stays inert text.
    {
      row: 10,
      name: "r10-markup.txt",
      bytes: enc(`Markup marker. <script>window.__xss=1</script> <img src=x onerror=alert(1)> </script><!-- {{constructor.constructor('alert(1)')()}} \${alert(2)} <a href="java\tscript:alert(3)">x</a>\n`),
      expect: { status: "ok", includes: ["<script>window.__xss=1</script>", "{{constructor.constructor('alert(1)')()}}", "${alert(2)}"] },
    },
    {
      row: 10,
      name: "r10-markup.html",
      bytes: enc(`<html><head><title>Scripted</title><style>p{color:red}</style></head><body><article><p>Visible words of the article, long enough to count as its body text here.</p><script>document.title="pwned"</script><p><img src=x onerror=alert(1)><a href="javascript:alert(2)">link text</a></p></article></body></html>`),
      expect: { status: "ok", includes: ["Visible words"], excludes: ["pwned", "color:red", "<img", "javascript:"] },
    },
    {
      // Row 11: JSON escapes carry terminal control sequences into a record's fields.
      row: 11,
      name: "r11-terminal.jsonl",
      bytes: enc(`${JSON.stringify({ id: `term-${tag}`, title: `Title \u001b[31mred\u001b[0m`, outlet: "Bell\u0007 Outlet", author: "Esc\u001b]0;owned\u0007 Author", text: `Terminal marker \u001b[31mred\u001b[0m bell\u0007 title\u001b]0;owned\u0007 back\u0008space \u009b31m csi.` })}\n`),
      expect: {},
      records: [{ input: `term-${tag}`, expect: { status: "ok", includes: ["Terminal marker \u001b[31mred", "bell\u0007"] } }],
    },
    // Row 12: threads.
    { row: 12, name: "r12-self-thread.txt", bytes: enc(selfReferentialThread(120)), expect: { status: "ok", minComments: 100, maxComments: 120 } },
    { row: 12, name: "r12-deep-thread.html", bytes: enc(deepCommentThread(10_000)), expect: { status: "ok", diagnostics: ["html-depth-capped"], maxComments: 200 } },
    // Row 13: ReDoS probes (the whole pipeline runs on them).
    { row: 13, name: "r13-parens.txt", bytes: enc("(".repeat(500_000)), expect: { status: "ok" } },
    { row: 13, name: "r13-spaces.txt", bytes: enc(`second${" ".repeat(4000)}fourth${" ".repeat(4000)}jum\n`), expect: { status: "ok" } },
    { row: 13, name: "r13-digits.txt", bytes: enc("9".repeat(1_000_000)), expect: { status: "ok" } },
    // Row 16 and the control: an ordinary text, and the same text under another name.
    { row: 0, name: "good.txt", bytes: enc(GOOD_TEXT), expect: { status: "ok", includes: ["Ferry Strike"] } },
    { row: 16, name: "good-copy.txt", bytes: enc(GOOD_TEXT), expect: { duplicate: true } },
  ];
  return list;
}
