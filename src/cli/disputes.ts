import type { Command } from "commander";
import { DB_OPTION_HELP } from "./db.js";
import { eventLine, loadInterchange, names } from "./timeline.js";
import { clean, oneLine } from "./terminal.js";

export function registerDisputes(program: Command): void {
  program
    .command("disputes")
    .description("where sources disagree about an event: every source's value with its sentence")
    .option("--db <file|url>", DB_OPTION_HELP)
    .option("--json", "print JSON")
    .action(async (opts: { db?: string; json?: boolean }) => {
      const x = await loadInterchange(opts.db);
      if (opts.json) {
        process.stdout.write(JSON.stringify(x.discrepancies, null, 2) + "\n");
        return;
      }
      if (!x.discrepancies.length) {
        process.stdout.write("no disagreements found between sources\n");
        return;
      }
      const events = new Map(x.events.map((e) => [e.id, e]));
      const outlet = new Map(x.documents.map((d) => [d.id, d.outlet ?? d.source]));
      let last = "";
      for (const d of x.discrepancies) {
        const e = events.get(d.event);
        if (e && d.event !== last) process.stdout.write(`\n${clean(eventLine(x, e)).trimEnd()}\n`);
        last = d.event;
        const lowest = d.conservative !== undefined && d.conservative !== null ? ` (conservative: ${d.conservative})` : "";
        process.stdout.write(`  ${d.attribute}${lowest}\n`);
        for (const v of d.values) {
          const who = v.speaker ? ` per ${oneLine(names(x, [v.speaker]), 30)}` : "";
          process.stdout.write(`    ${oneLine(String(v.value), 40)}  — ${v.doc} ${oneLine(outlet.get(v.doc), 30)}${who}: "${oneLine(v.text, 110)}"\n`);
        }
      }
    });
}
