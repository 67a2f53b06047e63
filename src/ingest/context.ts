import { safeFetch } from "./fetch/fetch.js";
import type { FetchOutcome } from "./fetch/outcome.js";
import { createAddressPolicy } from "./fetch/policy.js";
import type { Resolver } from "./fetch/resolve.js";
import type { ReadOptions } from "./types.js";

/** What every reader needs: the caps, and a fetch bound to the address policy. */
export interface ReadContext {
  maxBytes: number;
  fetch(url: string): Promise<FetchOutcome>;
}

export function createReadContext(options: ReadOptions, resolve?: Resolver): ReadContext {
  const policy = createAddressPolicy({ allowPrivate: options.allowPrivate, allowCidrs: options.allowCidrs ?? [] });
  return {
    maxBytes: options.maxBytes,
    fetch: (url) => safeFetch(url, { policy, timeoutMs: options.timeoutMs, maxBytes: options.maxBytes, ...(resolve ? { resolve } : {}) }),
  };
}
