/**
 * Whether an ingest is worth starting worker threads for (each loads the models, a few
 * seconds): more than two inputs, or any input that may hold many documents — a folder,
 * standard input, a JSONL file, a feed, or a URL (which may turn out to be a feed).
 */
import { statSync } from "node:fs";

const MANY = /\.(jsonl|ndjson|xml|rss|atom)$/i;

export function manyDocuments(inputs: readonly string[]): boolean {
  if (inputs.length > 2) return true;
  return inputs.some((input) => {
    if (input === "-" || MANY.test(input) || /^https?:\/\//i.test(input)) return true;
    try {
      return statSync(input).isDirectory();
    } catch {
      return false;
    }
  });
}
