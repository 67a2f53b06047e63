import { checkUrl } from "./check-url.js";
import { requestHop } from "./hop.js";
import { refuse, type FetchOutcome, type FetchRefusal } from "./outcome.js";
import type { AddressPolicy } from "./policy.js";
import { literalAddress, systemResolver, type Resolver } from "./resolve.js";

export interface SafeFetchOptions {
  policy: AddressPolicy;
  timeoutMs: number;
  maxBytes: number;
  /** Redirect hops followed at most (default 5). */
  maxRedirects?: number;
  /** Host name resolution (default: the system resolver, all addresses). */
  resolve?: Resolver;
}

/**
 * Resolves the URL's host and checks every address against the policy before any
 * connection is made; refuses the whole host if any address is forbidden.
 */
async function validatedAddress(url: URL, options: SafeFetchOptions): Promise<{ ok: true; address: string } | FetchRefusal> {
  const literal = literalAddress(url.hostname);
  let addresses: string[];
  if (literal) addresses = [literal];
  else {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${options.timeoutMs} ms`)), options.timeoutMs);
    });
    try {
      addresses = await Promise.race([(options.resolve ?? systemResolver)(url.hostname), deadline]);
    } catch (error) {
      return refuse("dns-failed", `cannot resolve ${url.hostname}: ${(error as Error).message}`);
    } finally {
      clearTimeout(timer);
    }
  }
  if (addresses.length === 0) return refuse("dns-failed", `${url.hostname} has no address`);
  for (const address of addresses) {
    const rule = options.policy(address);
    if (rule) return refuse("ssrf-refused", `${url.host} refused: ${rule}`);
  }
  return { ok: true, address: addresses[0] as string };
}

/**
 * GET a URL safely: http(s) only, no credentials, every hop's addresses checked and the
 * socket pinned to the checked address, redirects followed by hand, a deadline per hop
 * and a byte cap on the decompressed body.
 */
export async function safeFetch(input: string, options: SafeFetchOptions): Promise<FetchOutcome> {
  const maxRedirects = options.maxRedirects ?? 5;
  let current = input;
  for (let hop = 0; hop <= maxRedirects; hop++) {
    const checked = checkUrl(current);
    if (!checked.ok) return checked;
    const target = await validatedAddress(checked.url, options);
    if (!target.ok) return target;
    const outcome = await requestHop({
      url: checked.url,
      address: target.address,
      timeoutMs: options.timeoutMs,
      maxBytes: options.maxBytes,
    });
    if ("ok" in outcome) return outcome;
    if (outcome.kind === "response") {
      return {
        ok: true,
        response: { url: input, finalUrl: checked.url.href, status: outcome.status, contentType: outcome.contentType, bytes: outcome.bytes },
      };
    }
    if (!outcome.location) return refuse("http-status", `HTTP ${outcome.status} redirect without a Location`);
    try {
      current = new URL(outcome.location, checked.url).href;
    } catch {
      return refuse("bad-url", "redirect to an invalid URL");
    }
  }
  return refuse("too-many-redirects", `more than ${maxRedirects} redirects`);
}
