/**
 * Errors the API reports as JSON `{error: {code, message}}`. A handler throws an
 * HttpError with a status, a stable code and a message a user can act on; anything else
 * becomes a 500 whose body never carries the internal message or stack.
 */
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

export function errorBody(code: string, message: string): { error: { code: string; message: string } } {
  return { error: { code, message } };
}

export interface ErrorHandlerOptions {
  /** Called with unexpected errors (never sent to the client). */
  onInternal?: (error: unknown) => void;
}

export function errorHandler(options: ErrorHandlerOptions = {}) {
  return (error: Error, c: Context) => {
    if (error instanceof HttpError) return c.json(errorBody(error.code, error.message), error.status);
    options.onInternal?.(error);
    return c.json(errorBody("internal", "internal server error"), 500);
  };
}

export function notFoundHandler(c: Context) {
  return c.json(errorBody("not-found", `no such endpoint: ${c.req.method} ${new URL(c.req.url).pathname}`), 404);
}
