import type { Command } from "commander";
import { DB_OPTION_HELP, withStore } from "./db.js";
import { cell } from "./terminal.js";

export function registerDocuments(program: Command): void {
  program
    .command("documents")
    .description("list stored articles and posts (add --comments to list comments too)")
    .option("--db <file|url>", DB_OPTION_HELP)
    .option("--comments", "include reader comments")
    .option("--json", "print JSON")
    .action(async (opts: { db?: string; comments?: boolean; json?: boolean }) => {
      await withStore(opts.db, async (store) => {
        const all = await store.listDocuments();
        const rows = opts.comments ? all : all.filter((d) => d.kind !== "comment");
        if (opts.json) {
          process.stdout.write(JSON.stringify(rows, null, 2) + "\n");
          return;
        }
        if (!rows.length) {
          process.stdout.write("no documents stored yet (try: sitrep ingest FILE)\n");
          return;
        }
        process.stdout.write(`${cell("ID", 7)} ${cell("KIND", 8)} ${cell("PUBLISHED", 11)} ${cell("OUTLET", 20)} ${cell("COMMENTS", 8)} TITLE\n`);
        for (const d of rows) {
          const title = d.title ?? (d.kind === "comment" ? `comment by ${d.author ?? "?"} on ${d.parent}` : d.source);
          process.stdout.write(
            `${cell(d.id, 7)} ${cell(d.kind, 8)} ${cell(d.published?.slice(0, 10) ?? "-", 11)} ${cell(d.outlet ?? "-", 20)} ${cell(d.kind === "comment" ? "" : String(d.commentCount), 8)} ${cell(title, 70).trimEnd()}${d.status === "empty" ? " (empty)" : ""}\n`,
          );
        }
      });
    });
}
