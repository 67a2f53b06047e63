import type { Command } from "commander";
import { buildInterchange } from "../export/interchange.js";
import { DB_OPTION_HELP, withStore } from "./db.js";
import { cell } from "./terminal.js";

export function registerEntities(program: Command): void {
  program
    .command("entities")
    .description("list the actors and places found across all documents")
    .option("--db <file|url>", DB_OPTION_HELP)
    .option("--type <type>", "only entities of this type (PERSON, ARMED_GROUP, PLACE, ...)")
    .option("--json", "print JSON")
    .action(async (opts: { db?: string; type?: string; json?: boolean }) => {
      const x = await withStore(opts.db, (store) => buildInterchange(store));
      const wanted = opts.type?.toUpperCase();
      const rows = x.entities.filter((e) => !wanted || e.type === wanted);
      if (opts.json) {
        process.stdout.write(JSON.stringify(rows, null, 2) + "\n");
        return;
      }
      if (!rows.length) {
        process.stdout.write("no entities\n");
        return;
      }
      const byId = new Map(x.entities.map((e) => [e.id, e.name]));
      process.stdout.write(`${cell("ID", 6)} ${cell("NAME", 32)} ${cell("TYPE", 13)} ${cell("MENTIONS", 8)} ${cell("DOCS", 5)} ALIASES\n`);
      for (const e of rows) {
        const part = e.partOf ? ` (part of ${byId.get(e.partOf) ?? e.partOf})` : "";
        process.stdout.write(
          `${cell(e.id, 6)} ${cell(e.name + part, 32)} ${cell(e.type, 13)} ${cell(String(e.mentionCount ?? 0), 8)} ${cell(String(e.documentCount ?? 0), 5)} ${cell(e.aliases.join("; "), 60).trimEnd()}\n`,
        );
      }
    });
}
