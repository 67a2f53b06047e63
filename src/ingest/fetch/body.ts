import type { IncomingMessage } from "node:http";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import type { Readable } from "node:stream";

/** Thrown inside the body reader when the decompressed body passes the cap. */
export class TooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`body exceeds ${limit} bytes`);
  }
}

function decoderFor(encoding: string): Readable & NodeJS.WritableStream | null {
  switch (encoding) {
    case "gzip":
    case "x-gzip":
      return createGunzip();
    case "deflate":
      return createInflate();
    case "br":
      return createBrotliDecompress();
    default:
      return null;
  }
}

/**
 * Reads a response body through its Content-Encoding, counting the decompressed bytes
 * and stopping (destroying both streams) as soon as they pass maxBytes.
 */
export function readBody(response: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const encoding = String(response.headers["content-encoding"] ?? "identity").trim().toLowerCase();
  const decoder = decoderFor(encoding);
  const source: Readable = decoder ? response.pipe(decoder) : response;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const fail = (error: Error) => {
      response.destroy();
      if (decoder) decoder.destroy();
      reject(error);
    };
    source.on("data", (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) return fail(new TooLargeError(maxBytes));
      chunks.push(chunk);
    });
    source.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    source.on("error", fail);
    if (decoder) response.on("error", fail);
  });
}
