import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { extensionOf, KNOWN_EXTENSIONS } from "../sniff/format.js";

/** Folders nested deeper than this are not entered. */
export const MAX_FOLDER_DEPTH = 32;

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The files under a folder that sitrep can read (by extension, ".gz" included), depth
 * first in code-point order of names, so every run sees the same order. Hidden files and
 * folders are skipped; symbolic links to folders are not followed (no cycles).
 */
export async function* walkFolder(folder: string, depth = 0): AsyncGenerator<string> {
  if (depth > MAX_FOLDER_DEPTH) return;
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => byName(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* walkFolder(path, depth + 1);
    else if ((entry.isFile() || entry.isSymbolicLink()) && KNOWN_EXTENSIONS.has(extensionOf(entry.name))) yield path;
  }
}
