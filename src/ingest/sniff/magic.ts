import { BINARY_SIGNATURES } from "./signatures.js";
import { sniffBom } from "../decode/bom.js";
import { sniffUtf16 } from "../decode/utf16.js";

const SIGNATURES = BINARY_SIGNATURES.map((s) => ({
  bytes: (s.hex.match(/../g) ?? []).map((h) => parseInt(h, 16)),
  at: s.at ?? 0,
  name: s.name,
}));

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Names the binary format the bytes start with ("PNG image data"), or "binary data" when
 * they hold control bytes that no text has; null when they may be text.
 */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const s of SIGNATURES) {
    if (bytes.length < s.at + s.bytes.length) continue;
    if (s.bytes.every((b, i) => bytes[s.at + i] === b)) return s.name;
  }
  if (sniffBom(bytes) || sniffUtf16(bytes)) return null;
  const n = Math.min(bytes.length, 1024);
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    // NUL and the C0 controls other than tab, newlines, form feed and escape never appear in text.
    if (b < 0x09 || (b > 0x0d && b < 0x1b && b !== 0x0c) || (b > 0x1b && b < 0x20)) return "binary data";
  }
  return null;
}
