#!/usr/bin/env node
// Runs the compiled CLI (dist/) when it is newer than every source file, else the
// TypeScript sources through tsx, so a checkout works with or without `npm run build`.
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const built = join(root, "dist", "cli", "main.js");
const source = join(root, "src", "cli", "main.ts");

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

const useBuilt = existsSync(built) && (!existsSync(source) || statSync(built).mtimeMs >= newestMtime(join(root, "src")));
if (useBuilt) {
  await import(pathToFileURL(built).href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(pathToFileURL(source).href);
}
