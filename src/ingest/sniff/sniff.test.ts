import { describe, expect, it } from "vitest";
import { extensionOf, formatFromName, sniffFormat } from "./format.js";
import { binaryKind } from "./magic.js";

const bytes = (...b: number[]) => Uint8Array.from(b);

describe("binaryKind", () => {
  it.each([
    [bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), "PNG image data"],
    [bytes(0xff, 0xd8, 0xff, 0xe0), "JPEG image data"],
    [new TextEncoder().encode("GIF89a..."), "GIF image data"],
    [new TextEncoder().encode("%PDF-1.4"), "PDF document"],
    [bytes(0x7f, 0x45, 0x4c, 0x46), "ELF executable"],
    [bytes(0x50, 0x4b, 0x03, 0x04), "ZIP archive"],
    [bytes(0x1f, 0x8b, 0x08), "gzip data"],
    [bytes(0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00), "binary data"],
  ])("names %s", (input, name) => {
    expect(binaryKind(input)).toBe(name);
  });

  it("lets text through, including UTF-16 and text that starts like a short signature", () => {
    for (const text of ["<html>", "MZ is a town.", "ID3 tags", "Plain\ttext\r\n"]) expect(binaryKind(new TextEncoder().encode(text))).toBeNull();
    expect(binaryKind(bytes(0x3c, 0, 0x70, 0, 0x3e, 0, 0x68, 0, 0x69, 0))).toBeNull();
  });
});

describe("format", () => {
  it("reads extensions, ignoring .gz and query strings", () => {
    expect(extensionOf("dir/page.HTML.gz")).toBe("html");
    expect(formatFromName("/a/b/feed.rss?x=1")).toBe("feed");
    expect(formatFromName("notes")).toBeNull();
  });

  it("sniffs feeds, HTML, JSONL and text", () => {
    expect(sniffFormat('<?xml version="1.0"?>\n<!-- c --><rss version="2.0">')).toBe("feed");
    expect(sniffFormat("<feed xmlns='http://www.w3.org/2005/Atom'>")).toBe("feed");
    expect(sniffFormat("\uFEFF  <!DOCTYPE html><html>")).toBe("html");
    expect(sniffFormat("<p>fragment</p>")).toBe("html");
    expect(sniffFormat('{"id":"a","text":"b"}\n{"id":"c","text":"d"}')).toBe("jsonl");
    expect(sniffFormat("Monday 3 May\n\nA <b> in text is not HTML here")).toBe("text");
  });
});
