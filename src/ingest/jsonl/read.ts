import { createReadStream } from "node:fs";
import { diagnostic } from "../../model/diagnostic.js";
import { failure } from "../failure.js";
import { makeItem } from "../item.js";
import type { ReadResult } from "../types.js";
import { utf8Fit } from "../decode/utf8-check.js";
import { recordDocument } from "./document.js";
import { splitLines, type Line } from "./lines.js";
import { toRecord } from "./record.js";

const decoder = new TextDecoder("utf-8");

/** One line as an item, or a failure naming "file.jsonl:LINE"; blank lines give nothing. */
function lineResult(line: Line, name: string, maxBytes: number): ReadResult | null {
  const where = `${name}:${line.number}`;
  if (line.bytes === null) return failure(where, "too-large", `line longer than the ${maxBytes}-byte cap`);
  let text = decoder.decode(line.bytes);
  if (line.number === 1) text = text.replace(/^\uFEFF/, "");
  if (text.trim() === "") return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return failure(where, "bad-json", (error as Error).message);
  }
  const outcome = toRecord(value);
  if (!outcome.ok) return failure(where, outcome.code, outcome.message);
  const parsed = recordDocument(outcome.record);
  const invalid = utf8Fit(line.bytes).invalid;
  if (invalid > 0) parsed.diagnostics.unshift(diagnostic({ code: "invalid-bytes", stage: "ingest", message: `${invalid} byte(s) of the line are not valid UTF-8 and were replaced with U+FFFD.` }));
  return makeItem({ source: outcome.record.id, contentType: "text/plain", charset: "utf-8", raw: new Uint8Array(line.bytes), parsed });
}

async function* fromLines(lines: AsyncIterable<Line>, name: string, maxBytes: number): AsyncGenerator<ReadResult> {
  for await (const line of lines) {
    const result = lineResult(line, name, maxBytes);
    if (result) yield result;
  }
}

/** Streams a JSONL file: one document per record, each line capped at maxBytes, a bad line failing alone. */
export function readJsonlFile(path: string, maxBytes: number): AsyncGenerator<ReadResult> {
  return fromLines(splitLines(createReadStream(path), maxBytes), path, maxBytes);
}

/** JSONL already in memory (a fetched or inflated input). */
export function readJsonlText(bytes: Uint8Array, name: string, maxBytes = Number.MAX_SAFE_INTEGER): AsyncGenerator<ReadResult> {
  async function* one() {
    yield Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  }
  return fromLines(splitLines(one(), maxBytes), name, maxBytes);
}
