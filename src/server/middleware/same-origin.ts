import type { MiddlewareHandler } from "hono";
import { HttpError } from "../errors.js";

/**
 * Refuses cross-site writes: a POST whose Origin is another site, or that the browser
 * marks Sec-Fetch-Site: cross-site, is a form on some other page, not the UI.
 */
export function sameOrigin(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD" && c.req.method !== "OPTIONS") {
      const site = c.req.header("sec-fetch-site");
      const origin = c.req.header("origin");
      const host = c.req.header("host") ?? new URL(c.req.url).host;
      const crossOrigin = origin !== undefined && origin !== "null" ? safeHost(origin) !== host.toLowerCase() : origin === "null";
      if (site === "cross-site" || crossOrigin) throw new HttpError(403, "cross-site", "cross-site requests may not write to this server");
    }
    await next();
  };
}

function safeHost(origin: string): string | null {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
}
