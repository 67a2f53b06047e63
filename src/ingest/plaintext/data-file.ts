import { readFileSync } from "node:fs";

/**
 * Reads a JSON file of the repository's data/ folder. The path is resolved from this
 * module's location (src/ingest/plaintext or dist/ingest/plaintext, both three levels
 * below the repository root), never from the process's working directory.
 */
export function readDataFile(relative: string): unknown {
  const url = new URL(`../../../data/${relative}`, import.meta.url);
  return JSON.parse(readFileSync(url, "utf8")) as unknown;
}

export function stringList(value: unknown, name: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) {
    throw new Error(`data file field "${name}" must be a list of strings`);
  }
  return value as string[];
}
