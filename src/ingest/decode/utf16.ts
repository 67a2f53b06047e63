/**
 * Detects BOM-less UTF-16 by its NUL-byte pattern: Latin text in UTF-16LE has a zero in
 * every odd byte, in UTF-16BE in every even byte. Looks at the first 512 bytes.
 */
export function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs >= 0.6 && evenZero / pairs <= 0.1) return "utf-16le";
  if (evenZero / pairs >= 0.6 && oddZero / pairs <= 0.1) return "utf-16be";
  return null;
}
