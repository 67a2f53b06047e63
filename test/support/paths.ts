import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, found from this file (test/support/). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** The shared seed corpus beside the repository (../shared/corpus/seeds). */
export const SEEDS_DIR = resolve(REPO_ROOT, "../shared/corpus/seeds");

export function seedFile(prefix: string): string {
  const name = ["000_5ecde8b3a3f2d125.txt", "001_5d857dd77296d046.txt", "002_36f5757c78814646.txt", "003_3efedd93e49a893d.txt", "004_d2f4f12ea66bb885.txt"].find((n) =>
    n.startsWith(prefix),
  );
  const path = join(SEEDS_DIR, name ?? prefix);
  if (!existsSync(path)) throw new Error(`seed file ${prefix} not found under ${SEEDS_DIR}`);
  return path;
}

export const BIN = join(REPO_ROOT, "bin", "sitrep.js");
export { dirname };
