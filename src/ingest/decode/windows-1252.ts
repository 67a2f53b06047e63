/**
 * Bytes 0x80–0x9F of windows-1252 (WHATWG index). Node 20's TextDecoder decodes the
 * "windows-1252" label as ISO-8859-1, turning curly quotes into C1 controls, so
 * sitrep maps this range itself; undefined positions stay C1 as in the standard.
 */
const HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  const step = 8192;
  for (let i = 0; i < bytes.length; i += step) {
    const chunk = bytes.subarray(i, i + step);
    out += String.fromCharCode(...chunk);
  }
  return out.replace(/[\u0080-\u009f]/g, (c) => HIGH[c.charCodeAt(0) - 0x80] ?? c);
}
