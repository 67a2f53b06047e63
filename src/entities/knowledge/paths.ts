import { fileURLToPath } from "node:url";

/** Files under the repository's data/ folder, resolved from this module, not the cwd. */
export function dataPath(relative: string): string {
  return fileURLToPath(new URL(`../../../data/${relative}`, import.meta.url));
}
