import { readFileSync } from "node:fs";

/**
 * Reads a JSON file under the repository's data/ folder, resolved from this module's
 * location (src/time and dist/time are both two levels below the repository root).
 */
export function readTimeData(relative: string): unknown {
  const url = new URL(`../../data/${relative}`, import.meta.url);
  return JSON.parse(readFileSync(url, "utf8")) as unknown;
}
