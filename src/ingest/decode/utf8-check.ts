/** How well bytes fit UTF-8: well-formed multi-byte sequences versus bytes that break it. */
export interface Utf8Fit {
  multiByte: number;
  invalid: number;
}

function continuation(bytes: Uint8Array, at: number, count: number): boolean {
  for (let k = 1; k <= count; k++) {
    const b = bytes[at + k];
    if (b === undefined || (b & 0xc0) !== 0x80) return false;
  }
  return true;
}

export function utf8Fit(bytes: Uint8Array): Utf8Fit {
  let multiByte = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const extra = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (extra > 0 && continuation(bytes, i, extra)) {
      multiByte++;
      i += extra + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { multiByte, invalid };
}
