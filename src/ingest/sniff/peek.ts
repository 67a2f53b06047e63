import { sniffBom } from "../decode/bom.js";
import { sniffUtf16 } from "../decode/utf16.js";

/** The first few KB as text, good enough to recognise markup before the real decode. */
export function peekText(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 4096);
  const charset = sniffBom(head) ?? sniffUtf16(head) ?? "utf-8";
  return new TextDecoder(charset).decode(head);
}
