/** What a fetch returns: the response, or a reason code and a one-line explanation. */
export interface FetchedResponse {
  /** The URL asked for. */
  url: string;
  /** The URL of the last hop, after redirects. */
  finalUrl: string;
  status: number;
  /** The Content-Type header as sent, or null. */
  contentType: string | null;
  /** The body, decompressed when the server used a Content-Encoding. */
  bytes: Uint8Array;
}

export interface FetchRefusal {
  ok: false;
  /** "ssrf-refused", "scheme-refused", "credentials-refused", "fetch-timeout", "too-large", "http-status", ... */
  code: string;
  message: string;
}

export type FetchOutcome = { ok: true; response: FetchedResponse } | FetchRefusal;

export const refuse = (code: string, message: string): FetchRefusal => ({ ok: false, code, message });
