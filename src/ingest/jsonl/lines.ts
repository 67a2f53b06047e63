/** One line of a JSONL input: its bytes, or null when it was longer than the cap (then dropped unread). */
export interface Line {
  number: number;
  bytes: Buffer | null;
}

/**
 * Splits a byte stream into lines without holding more than one capped line in memory:
 * an over-long line is skipped to its end and reported with null bytes.
 */
export async function* splitLines(chunks: AsyncIterable<Buffer | Uint8Array>, maxLineBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let number = 1;
  const take = (): Line => {
    const line: Line = { number: number++, bytes: tooLong ? null : Buffer.concat(parts) };
    parts = [];
    size = 0;
    tooLong = false;
    return line;
  };
  for await (const raw of chunks) {
    const chunk = Buffer.isBuffer(raw) ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.length);
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl >= 0; nl = chunk.indexOf(10, start)) {
      if (!tooLong) {
        size += nl - start;
        if (size > maxLineBytes) tooLong = true;
        else parts.push(chunk.subarray(start, nl));
      }
      yield take();
      start = nl + 1;
    }
    if (!tooLong && start < chunk.length) {
      size += chunk.length - start;
      if (size > maxLineBytes) {
        tooLong = true;
        parts = [];
      } else parts.push(Buffer.from(chunk.subarray(start)));
    }
  }
  if (tooLong || size > 0) yield take();
}
