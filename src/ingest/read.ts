import type { ReadOptions, ReadResult } from "./types.js";

/**
 * Turns what the user named (files, folders, JSONL files, feeds, http(s) URLs) into a
 * stream of items, one per document, or failures naming the input. Never throws for a
 * bad input: the other inputs carry on.
 */
export async function* readInputs(inputs: string[], _options: ReadOptions): AsyncGenerator<ReadResult> {
  for (const input of inputs) {
    yield { failed: true, input, code: "not-implemented", message: "reading is not implemented yet" };
  }
}
