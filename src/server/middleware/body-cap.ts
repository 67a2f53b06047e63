import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HttpError } from "../errors.js";

/** Rejects a request body above `maxBytes` with 413, whether or not it declares its length. */
export interface BodyCapOptions {
  maxBytes: number;
}

export function bodyCap(options: BodyCapOptions): MiddlewareHandler {
  return bodyLimit({
    maxSize: options.maxBytes,
    onError: () => {
      throw new HttpError(413, "too-large", `the request body is larger than the limit of ${options.maxBytes} bytes`);
    },
  });
}
