import type { MiddlewareHandler } from "hono";
import { HttpError } from "../errors.js";

/**
 * Refuses requests whose Host header is not one of `hosts` (any port): a server on
 * loopback answers only to loopback names, so a web page that re-points its own domain
 * at 127.0.0.1 (DNS rebinding) cannot read the corpus. `null` allows any host.
 */
export interface HostCheckOptions {
  hosts: string[] | null;
}

export function hostCheck(options: HostCheckOptions): MiddlewareHandler {
  const allowed = options.hosts === null ? null : new Set(options.hosts.map((h) => h.toLowerCase()));
  return async (c, next) => {
    if (allowed !== null) {
      const host = (c.req.header("host") ?? new URL(c.req.url).host).toLowerCase();
      const name = host.startsWith("[") ? host.slice(0, host.indexOf("]") + 1) : host.replace(/:\d+$/, "");
      if (!allowed.has(name)) throw new HttpError(403, "forbidden-host", "this server answers only to its own address");
    }
    await next();
  };
}
