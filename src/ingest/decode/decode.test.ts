import { describe, expect, it } from "vitest";
import { decodeBytes } from "./decode.js";
import { parseContentType } from "./content-type.js";

const utf8 = (s: string) => new TextEncoder().encode(s);
const latin = (s: string) => Uint8Array.from(Array.from(s, (c) => c.charCodeAt(0)));
const codes = (d: { diagnostics: { code: string }[] }) => d.diagnostics.map((x) => x.code);

function utf16(s: string, endian: "le" | "be", bom: boolean): Uint8Array {
  const out: number[] = bom ? (endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.push(...(endian === "le" ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return Uint8Array.from(out);
}

describe("decodeBytes", () => {
  it("lets a BOM win over the header and the meta tag", () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('<meta charset="windows-1252"><p>café</p>')]);
    const d = decodeBytes(bytes, { declared: "iso-8859-2", markup: "html" });
    expect(d.charset).toBe("utf-8");
    expect(d.text).toBe('<meta charset="windows-1252"><p>café</p>');
  });

  it("decodes UTF-16 with a BOM and without one (NUL-byte pattern)", () => {
    const text = "<p>Résumé of the talks</p>";
    expect(decodeBytes(utf16(text, "le", true), { declared: null, markup: "html" })).toMatchObject({ charset: "utf-16le", text });
    const le = decodeBytes(utf16(text, "le", false), { declared: null, markup: "html" });
    expect(le).toMatchObject({ charset: "utf-16le", text });
    expect(codes(le)).toContain("encoding-guessed");
    expect(decodeBytes(utf16(text, "be", false), { declared: null, markup: "none" })).toMatchObject({ charset: "utf-16be", text });
  });

  it("takes the header charset before the meta prescan, and notes the conflict", () => {
    const bytes = latin('<meta charset="utf-8"><p>caf\u00e9</p>');
    const d = decodeBytes(bytes, { declared: parseContentType("text/html; charset=ISO-8859-1").charset, markup: "html" });
    expect(d.charset).toBe("windows-1252");
    expect(d.text).toContain("café");
    expect(codes(d)).toContain("charset-conflict");
  });

  it("finds <meta charset> after a comment, but not past byte 1024", () => {
    const early = latin('<!-- <meta charset="utf-8"> --><meta charset="windows-1252"><p>na\u00efve</p>');
    expect(decodeBytes(early, { declared: null, markup: "html" })).toMatchObject({ charset: "windows-1252" });
    const late = utf8(`<!-- ${"x".repeat(1100)} --><meta charset="windows-1252"><p>naïve</p>`);
    const d = decodeBytes(late, { declared: null, markup: "html" });
    expect(d.charset).toBe("utf-8");
    expect(d.text).toContain("naïve");
  });

  it("reads http-equiv content-type and the XML declaration", () => {
    const equiv = latin('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>\u00cf\u00f0\u00e8</p>');
    expect(decodeBytes(equiv, { declared: null, markup: "html" })).toMatchObject({ charset: "windows-1251", text: expect.stringContaining("При") });
    const xml = latin('<?xml version="1.0" encoding="ISO-8859-15"?><rss>\u00a4</rss>');
    expect(decodeBytes(xml, { declared: null, markup: "xml" })).toMatchObject({ charset: "iso-8859-15", text: expect.stringContaining("€") });
  });

  it("guesses windows-1252 for undeclared single-byte text", () => {
    const d = decodeBytes(latin("Caf\u00e9 \u0093quoted\u0094 na\u00efve"), { declared: null, markup: "none" });
    expect(d.charset).toBe("windows-1252");
    expect(d.text).toBe("Café “quoted” naïve");
    expect(codes(d)).toContain("encoding-guessed");
  });

  it("replaces invalid UTF-8 with U+FFFD and says so, keeping the rest", () => {
    const bytes = Uint8Array.from([...utf8("ok é "), 0xc3, 0x28, ...utf8(" end")]);
    const d = decodeBytes(bytes, { declared: null, markup: "none" });
    expect(d.charset).toBe("utf-8");
    expect(d.text).toBe("ok é \uFFFD( end");
    expect(codes(d)).toContain("invalid-bytes");
  });

  it("warns about mojibake", () => {
    const d = decodeBytes(utf8("Iraqâ€™s parliament votedâ€”again"), { declared: null, markup: "none" });
    expect(codes(d)).toContain("mojibake-suspected");
    expect(codes(decodeBytes(utf8("Iraq’s parliament voted—again"), { declared: null, markup: "none" }))).not.toContain("mojibake-suspected");
  });
});
