import type { RawSpan } from "./wink.js";

/** Is the span inside one of the (start-sorted, non-overlapping) spans? Binary search. */
export function within(span: RawSpan, sorted: readonly RawSpan[]): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sorted[mid];
    if (!s) break;
    if (s.start > span.start) hi = mid - 1;
    else if (s.end < span.end) lo = mid + 1;
    else return true;
  }
  return false;
}
