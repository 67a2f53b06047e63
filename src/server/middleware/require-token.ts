import type { MiddlewareHandler } from "hono";
import { timingSafeEqual } from "node:crypto";
import { HttpError } from "../errors.js";

/**
 * Guards write endpoints: when a token is set, requests must carry
 * `Authorization: Bearer <token>`. With no token (a loopback-only server) it passes.
 */
export interface RequireTokenOptions {
  token: string | null;
}

export function requireToken(options: RequireTokenOptions): MiddlewareHandler {
  const expected = options.token === null ? null : Buffer.from(options.token);
  return async (c, next) => {
    if (expected !== null) {
      const header = c.req.header("authorization") ?? "";
      const m = /^Bearer\s+(\S+)$/i.exec(header);
      const given = m?.[1] !== undefined ? Buffer.from(m[1]) : null;
      if (given === null) throw new HttpError(401, "unauthorized", "this endpoint needs Authorization: Bearer <token>");
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        throw new HttpError(403, "forbidden", "the token is not valid");
      }
    }
    await next();
  };
}
