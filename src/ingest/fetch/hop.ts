import http from "node:http";
import https from "node:https";
import { isIPv6, type LookupFunction } from "node:net";
import { readBody, TooLargeError } from "./body.js";
import { refuse, type FetchRefusal } from "./outcome.js";

export interface HopOptions {
  url: URL;
  /** The address already checked against the policy: the socket connects here and nowhere else. */
  address: string;
  timeoutMs: number;
  maxBytes: number;
}

export type HopOutcome =
  | { kind: "redirect"; status: number; location: string | null }
  | { kind: "response"; status: number; contentType: string | null; bytes: Uint8Array }
  | FetchRefusal;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const HEADERS = {
  "user-agent": "sitrep/0.1",
  accept:
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5",
  "accept-encoding": "gzip, deflate, br",
};

/** A lookup that ignores DNS and always answers with the validated address (no rebinding). */
function pinnedLookup(address: string): LookupFunction {
  const family = isIPv6(address) ? 6 : 4;
  return ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  }) as LookupFunction;
}

/** One HTTP GET without following redirects, with a deadline and a cap on the decompressed body. */
export function requestHop(options: HopOptions): Promise<HopOutcome> {
  const client = options.url.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: HopOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const request = client.request(options.url, {
      method: "GET",
      agent: false,
      lookup: pinnedLookup(options.address),
      headers: HEADERS,
    });
    const timer = setTimeout(() => {
      finish(refuse("fetch-timeout", `no complete response within ${options.timeoutMs} ms`));
      request.destroy();
    }, options.timeoutMs);
    request.on("error", (error) => finish(refuse("fetch-failed", error.message)));
    request.on("response", (response) => {
      const status = response.statusCode ?? 0;
      if (REDIRECTS.has(status)) {
        response.resume();
        request.destroy();
        return finish({ kind: "redirect", status, location: response.headers.location ?? null });
      }
      if (status < 200 || status > 299) {
        request.destroy();
        return finish(refuse("http-status", `HTTP ${status} ${response.statusMessage ?? ""}`.trim()));
      }
      const declared = Number(response.headers["content-length"] ?? NaN);
      if (Number.isFinite(declared) && declared > options.maxBytes) {
        request.destroy();
        return finish(refuse("too-large", `Content-Length ${declared} exceeds the ${options.maxBytes}-byte cap`));
      }
      const contentType = response.headers["content-type"] ?? null;
      readBody(response, options.maxBytes).then(
        (bytes) => finish({ kind: "response", status, contentType, bytes }),
        (error: Error) =>
          finish(
            error instanceof TooLargeError
              ? refuse("too-large", `body exceeds the ${options.maxBytes}-byte cap (counted after decompression)`)
              : refuse("fetch-failed", error.message),
          ),
      );
    });
    request.end();
  });
}
