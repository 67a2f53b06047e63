/**
 * Byte signatures of binary formats that must never be parsed as text. `at` is the
 * offset of the signature; bytes are given as hex. Short signatures that ordinary text
 * can start with (MZ, BZh, ID3) are left to the control-byte check in magic.ts.
 */
export const BINARY_SIGNATURES: ReadonlyArray<{ hex: string; at?: number; name: string }> = [
  { hex: "89504e470d0a1a0a", name: "PNG image data" },
  { hex: "ffd8ff", name: "JPEG image data" },
  { hex: "474946383761", name: "GIF image data" },
  { hex: "474946383961", name: "GIF image data" },
  { hex: "57454250", at: 8, name: "WebP image data" },
  { hex: "49492a00", name: "TIFF image data" },
  { hex: "4d4d002a", name: "TIFF image data" },
  { hex: "00000100", name: "ICO image data" },
  { hex: "25504446", name: "PDF document" },
  { hex: "7f454c46", name: "ELF executable" },
  { hex: "cafebabe", name: "Java class or Mach-O binary" },
  { hex: "feedface", name: "Mach-O binary" },
  { hex: "feedfacf", name: "Mach-O binary" },
  { hex: "cffaedfe", name: "Mach-O binary" },
  { hex: "0061736d", name: "WebAssembly binary" },
  { hex: "504b0304", name: "ZIP archive" },
  { hex: "504b0506", name: "ZIP archive" },
  { hex: "1f8b", name: "gzip data" },
  { hex: "fd377a585a00", name: "xz data" },
  { hex: "377abcaf271c", name: "7-Zip archive" },
  { hex: "526172211a07", name: "RAR archive" },
  { hex: "28b52ffd", name: "Zstandard data" },
  { hex: "d0cf11e0a1b11ae1", name: "Microsoft Office document" },
  { hex: "53514c69746520666f726d6174203300", name: "SQLite database" },
  { hex: "774f4646", name: "WOFF font" },
  { hex: "774f4632", name: "WOFF2 font" },
  { hex: "4f676753", name: "Ogg media" },
  { hex: "66747970", at: 4, name: "MP4 media" },
  { hex: "1a45dfa3", name: "Matroska/WebM media" },
];
