import { writeFile, rename } from "node:fs/promises";
import type { Command } from "commander";
import { buildInterchange } from "../export/interchange.js";
import { DB_OPTION_HELP, withStore } from "./db.js";
import { CliError } from "./errors.js";
import { EXPORT_FORMATS, renderExport } from "../export/formats.js";

export function registerExport(program: Command): void {
  program
    .command("export")
    .description("write the store's results for other tools")
    .option("--db <file|url>", DB_OPTION_HELP)
    .option("--format <format>", `one of: ${EXPORT_FORMATS.join(", ")}`, "json")
    .option("--out <file>", "output file (default: standard output)")
    .action(async (opts: { db?: string; format: string; out?: string }) => {
      if (!EXPORT_FORMATS.includes(opts.format)) {
        throw new CliError(`--format: unknown format "${opts.format}" (choose one of: ${EXPORT_FORMATS.join(", ")})`, 2);
      }
      const body = await withStore(opts.db, async (store) => renderExport(opts.format, await buildInterchange(store)));
      if (opts.out) {
        // Write to a temporary file and rename, so a reader never sees half a file.
        const tmp = `${opts.out}.tmp-${process.pid}`;
        await writeFile(tmp, body);
        await rename(tmp, opts.out);
      } else {
        process.stdout.write(body);
      }
    });
}
