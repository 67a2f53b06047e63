import type { IngestItem } from "../model/document.js";

/** Options every reader honours. */
export interface ReadOptions {
  /** Allow fetching loopback, private, link-local and reserved addresses. */
  allowPrivate: boolean;
  /** Byte cap for one input (file, response, decompressed archive entry). */
  maxBytes: number;
  /** Per-request timeout for URL fetches, in ms. */
  timeoutMs: number;
  /** Networks (CIDR, e.g. "10.1.2.0/24") a fetch may reach although the address rule forbids them. */
  allowCidrs?: string[];
}

export const DEFAULT_READ_OPTIONS: ReadOptions = {
  allowPrivate: false,
  maxBytes: 20 * 1024 * 1024,
  timeoutMs: 20_000,
};

/** An input that could not be read: named, with a reason code and a one-line message. */
export interface IngestFailure {
  failed: true;
  /** The input as the user gave it (path, URL, "file.jsonl#record-id"). */
  input: string;
  /** Stable reason code: "not-found", "unsupported-content", "too-large", "ssrf-refused", ... */
  code: string;
  message: string;
}

export type ReadResult = IngestItem | IngestFailure;

export function isFailure(r: ReadResult): r is IngestFailure {
  return (r as IngestFailure).failed === true;
}
