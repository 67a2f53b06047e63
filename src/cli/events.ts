import type { Command } from "commander";
import { filterEvents } from "../link/query.js";
import { DB_OPTION_HELP } from "./db.js";
import { eventFilter, eventLine, loadInterchange, type FilterOptions } from "./timeline.js";
import { clean } from "./terminal.js";

export function registerEvents(program: Command): void {
  program
    .command("events")
    .description("list merged events, filtered by type, actor and date")
    .option("--db <file|url>", DB_OPTION_HELP)
    .option("--type <type>", "only events of this PLOVER type")
    .option("--actor <name>", "only events with this actor or target (name or alias, substring)")
    .option("--from <date>", "only events on or after this date (YYYY-MM-DD)")
    .option("--to <date>", "only events on or before this date (YYYY-MM-DD)")
    .option("--json", "print JSON")
    .action(async (opts: FilterOptions & { db?: string; json?: boolean }) => {
      const filter = eventFilter(opts);
      const x = await loadInterchange(opts.db);
      const events = filterEvents(x, filter);
      if (opts.json) {
        process.stdout.write(JSON.stringify(events, null, 2) + "\n");
        return;
      }
      if (!events.length) {
        process.stdout.write("no events match\n");
        return;
      }
      for (const e of events) process.stdout.write(clean(eventLine(x, e)).trimEnd() + "\n");
      process.stdout.write(`${events.length} event${events.length === 1 ? "" : "s"}\n`);
    });
}
