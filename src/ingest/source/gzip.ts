import { gunzipSync } from "node:zlib";

export type Inflated = { ok: true; bytes: Uint8Array } | { ok: false; code: string; message: string };

/** Inflates gzip data, stopping at maxBytes of output (gzip bombs); the header's size field is ignored. */
export function gunzipCapped(bytes: Uint8Array, maxBytes: number): Inflated {
  try {
    const out = gunzipSync(bytes, { maxOutputLength: maxBytes });
    return { ok: true, bytes: new Uint8Array(out.buffer, out.byteOffset, out.length) };
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === "ERR_BUFFER_TOO_LARGE" || e instanceof RangeError) {
      return { ok: false, code: "too-large", message: `inflates to more than the ${maxBytes}-byte cap` };
    }
    return { ok: false, code: "bad-gzip", message: e.message };
  }
}
