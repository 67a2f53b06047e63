import { stat } from "node:fs/promises";
import { createReadContext, type ReadContext } from "./context.js";
import { dispatchBytes, readUrl } from "./dispatch.js";
import { failure } from "./failure.js";
import { classifyInput } from "./inputs/classify.js";
import { walkFolder } from "./inputs/walk.js";
import { readJsonlFile } from "./jsonl/read.js";
import { formatFromName } from "./sniff/format.js";
import { readFileCapped } from "./source/read-file.js";
import type { ReadOptions, ReadResult } from "./types.js";

async function* readFile(path: string, context: ReadContext): AsyncGenerator<ReadResult> {
  if (formatFromName(path) === "jsonl" && !/\.gz$/i.test(path)) return yield* readJsonlFile(path, context.maxBytes);
  const file = await readFileCapped(path, context.maxBytes);
  if (!file.ok) return yield failure(path, file.code, file.message);
  yield* dispatchBytes({ source: path, name: path, bytes: file.bytes, contentType: null, url: null, nested: false }, context);
}

async function* readPath(path: string, context: ReadContext): AsyncGenerator<ReadResult> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code === "ENOENT" ? "not-found" : "unreadable";
    return yield failure(path, code, code === "not-found" ? "no such file or folder" : (error as Error).message);
  }
  if (!info.isDirectory()) return yield* readFile(path, context);
  for await (const file of walkFolder(path)) yield* guarded(file, readFile(file, context));
}

/** Runs one input's reader; anything it throws becomes a failure naming the input. */
async function* guarded(input: string, results: AsyncGenerator<ReadResult>): AsyncGenerator<ReadResult> {
  try {
    yield* results;
  } catch (error) {
    yield failure(input, "read-failed", (error as Error)?.message ?? String(error));
  }
}

function readOne(input: string, context: ReadContext): AsyncGenerator<ReadResult> {
  switch (classifyInput(input)) {
    case "url":
      return readUrl(input, context, { nested: false });
    case "other-scheme":
      return (async function* () {
        yield failure(input, "scheme-refused", `scheme ${input.split(":")[0]?.toLowerCase()} is not http or https`);
      })();
    case "path":
      return readPath(input, context);
  }
}

/**
 * Turns what the user named (files, folders, JSONL files, feeds, http(s) URLs) into a
 * stream of items, one per document, or failures naming the input. Never throws for a
 * bad input: the other inputs carry on.
 */
export async function* readInputs(inputs: string[], options: ReadOptions): AsyncGenerator<ReadResult> {
  const context = createReadContext(options);
  for (const input of inputs) yield* guarded(input, readOne(input, context));
}
