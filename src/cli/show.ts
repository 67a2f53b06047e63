import type { Command } from "commander";
import { DB_OPTION_HELP, withStore } from "./db.js";
import { CliError } from "./errors.js";
import { clean } from "./terminal.js";

export function registerShow(program: Command): void {
  program
    .command("show")
    .description("show one document: metadata, diagnostics and text")
    .argument("<id>", "document id, e.g. d1")
    .option("--db <file|url>", DB_OPTION_HELP)
    .option("--json", "print JSON (document and its analysis)")
    .action(async (id: string, opts: { db?: string; json?: boolean }) => {
      await withStore(opts.db, async (store) => {
        const doc = await store.getDocument(id);
        if (!doc) throw new CliError(`no document with id "${clean(id)}"`);
        const analysis = await store.getAnalysis(id);
        const comments = doc.kind === "comment" ? [] : await store.listDocuments({ parent: id });
        if (opts.json) {
          process.stdout.write(JSON.stringify({ document: doc, comments, analysis }, null, 2) + "\n");
          return;
        }
        const line = (k: string, v: unknown) => process.stdout.write(`${k.padEnd(12)} ${clean(v === null || v === undefined ? "-" : String(v))}\n`);
        line("id", doc.id);
        line("kind", doc.kind);
        line("title", doc.title);
        line("outlet", doc.outlet);
        line("published", doc.published);
        line("author", doc.author);
        line("sources", doc.sources.join(", "));
        if (doc.parent) line("parent", doc.parent);
        if (doc.replyTo) line("reply to", doc.replyTo);
        if (doc.number !== null) line("number", doc.number);
        line("status", doc.status);
        line("encoding", doc.charset);
        if (comments.length) line("comments", `${comments.length} (${comments.map((c) => c.id).join(" ")})`);
        if (analysis) {
          line(
            "analysis",
            `${analysis.sentences.length} sentences, ${analysis.timeExpressions.length} time expressions, ${analysis.mentions.length} entity mentions, ${analysis.events.length} events, ${analysis.claims.length} claims`,
          );
        }
        const diagnostics = [...doc.diagnostics, ...(analysis?.diagnostics ?? [])];
        process.stdout.write(`diagnostics  ${diagnostics.length ? "" : "none"}\n`);
        for (const d of diagnostics) process.stdout.write(`  ${d.severity} ${d.stage}/${d.code}: ${clean(d.message)}\n`);
        process.stdout.write(`\n${clean(doc.text)}\n`);
      });
    });
}
