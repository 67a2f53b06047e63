import { diagnostic, type Diagnostic } from "../../model/diagnostic.js";
import { sniffBom } from "./bom.js";
import { canonicalCharset } from "./charset-label.js";
import { mojibakeMarks } from "./mojibake.js";
import { prescanMetaCharset, xmlDeclaredEncoding } from "./prescan.js";
import { sniffUtf16 } from "./utf16.js";
import { utf8Fit } from "./utf8-check.js";
import { decodeWindows1252 } from "./windows-1252.js";

export interface DecodeOptions {
  /** The charset the transport declared (a Content-Type header's parameter), or null. */
  declared: string | null;
  /** Which in-document declaration to look for: an HTML `<meta>` or the XML declaration. */
  markup: "html" | "xml" | "none";
}

export interface Decoded {
  text: string;
  /** The WHATWG name of the charset used ("utf-8", "windows-1252", "utf-16le"). */
  charset: string;
  diagnostics: Diagnostic[];
}

const note = (code: string, message: string, severity: "info" | "warning" = "warning"): Diagnostic =>
  diagnostic({ code, stage: "ingest", message, severity });

/** Picks the charset in the WHATWG order: BOM > transport header > in-document declaration > sniffing. */
function chooseCharset(bytes: Uint8Array, options: DecodeOptions, notes: Diagnostic[]): string | null {
  const bom = sniffBom(bytes);
  if (bom) return bom;
  const header = canonicalCharset(options.declared);
  if (options.declared && !header) notes.push(note("charset-unknown", `Declared charset "${options.declared.slice(0, 40)}" is unknown; ignored.`, "info"));
  const inDocLabel = options.markup === "html" ? prescanMetaCharset(bytes) : options.markup === "xml" ? xmlDeclaredEncoding(bytes) : null;
  let inDoc = canonicalCharset(inDocLabel);
  // A meta tag readable as ASCII cannot really be UTF-16 (HTML standard): use UTF-8.
  if (options.markup === "html" && inDoc?.startsWith("utf-16")) inDoc = "utf-8";
  if (header && inDoc && header !== inDoc) {
    notes.push(note("charset-conflict", `The header says ${header} but the document declares ${inDoc}; the header wins.`, "info"));
  }
  if (header) return header;
  if (inDoc) return inDoc;
  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    notes.push(note("encoding-guessed", `No byte-order mark or declaration; the NUL-byte pattern suggests ${utf16}.`));
    return utf16;
  }
  return null;
}

/** Decodes bytes to text, recording the charset and anything doubtful as diagnostics. */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions): Decoded {
  const diagnostics: Diagnostic[] = [];
  let charset = chooseCharset(bytes, options, diagnostics);
  if (!charset) {
    const fit = utf8Fit(bytes);
    if (fit.invalid > 0 && fit.multiByte === 0) {
      charset = "windows-1252";
      diagnostics.push(note("encoding-guessed", "No charset declared and the bytes are not UTF-8; decoded as windows-1252."));
    } else charset = "utf-8";
  }
  if (charset === "utf-8") {
    const fit = utf8Fit(bytes);
    if (fit.invalid > 0) {
      diagnostics.push(note("invalid-bytes", `${fit.invalid} byte(s) are not valid UTF-8 and were replaced with U+FFFD.`));
    }
  }
  const text = charset === "windows-1252" ? decodeWindows1252(bytes) : new TextDecoder(charset).decode(bytes);
  if (mojibakeMarks(text) >= 2) {
    diagnostics.push(note("mojibake-suspected", `The text looks like UTF-8 read as ${charset}; check the declared charset.`));
  }
  return { text, charset, diagnostics };
}
