/**
 * Serves the built web UI (web/dist) with the same process as the API. Paths that are
 * not files fall back to index.html (the UI routes in the URL hash, but a bookmarked
 * path should still load). Hashed assets are cached for a long time, index.html never.
 */
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { MiddlewareHandler } from "hono";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/** web/dist next to src/ (or dist/) of this package. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL("../../web/dist/", import.meta.url));

export interface StaticOptions {
  root: string;
}

export function staticUi(options: StaticOptions): MiddlewareHandler {
  const root = resolve(options.root);
  return async (c, next) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD") return next();
    const path = decodePath(new URL(c.req.url).pathname);
    if (path === null) return next();
    const file = resolve(join(root, normalize(path)));
    if (file !== root && !file.startsWith(root + sep)) return next();
    const found = (await isFile(file)) ? file : extname(path) === "" ? join(root, "index.html") : null;
    if (found === null || !(await isFile(found))) {
      if (extname(path) === "") return c.html(NOT_BUILT, 503);
      return next();
    }
    const body = await readFile(found);
    const immutable = found.includes(`${sep}assets${sep}`);
    return c.body(new Uint8Array(body), 200, {
      "Content-Type": TYPES[extname(found)] ?? "application/octet-stream",
      "Cache-Control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
    });
  };
}

function decodePath(p: string): string | null {
  try {
    const d = decodeURIComponent(p);
    return d.includes("\0") ? null : d;
  } catch {
    return null;
  }
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>sitrep</title>
<p>The sitrep web UI is not built. Run <code>npm run build:web</code>; the JSON API is at <a href="/api/stats">/api/stats</a>.</p>`;
