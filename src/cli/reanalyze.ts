import type { Command } from "commander";
import { createPipeline } from "../pipeline.js";
import { DB_OPTION_HELP, withStore } from "./db.js";
import { clean } from "./terminal.js";

export function registerReanalyze(program: Command): void {
  program
    .command("reanalyze")
    .description("run the analysis stages again over stored documents (after an upgrade or new actor files)")
    .option("--db <file|url>", DB_OPTION_HELP)
    .option("--all", "re-run every document, not only those analysed by an older version")
    .option("--actors <file...>", "extra actor files (JSON, see data/README.md)")
    .action(async (opts: { db?: string; all?: boolean; actors?: string[] }) => {
      const pipeline = createPipeline({ actorFiles: opts.actors ?? [] });
      await withStore(opts.db, async (store) => {
        let done = 0;
        let failed = 0;
        let skipped = 0;
        const ids: { id: string; stale: boolean }[] = [];
        const versions = new Map<string, string>();
        for await (const { id, analysis } of store.iterateAnalyses()) versions.set(id, analysis.version);
        for await (const d of store.iterateDocuments()) {
          if (d.status === "empty") continue;
          ids.push({ id: d.id, stale: opts.all === true || (opts.actors?.length ?? 0) > 0 || versions.get(d.id) !== pipeline.version });
        }
        for (const { id, stale } of ids) {
          if (!stale) {
            skipped++;
            continue;
          }
          const doc = await store.getDocument(id);
          if (!doc) continue;
          let published = doc.published;
          if (doc.kind === "comment" && !published && doc.parent) published = (await store.getDocument(doc.parent))?.published ?? null;
          try {
            await store.saveAnalysis(id, pipeline.analyze({ text: doc.text, kind: doc.kind, published, title: doc.title }));
            done++;
          } catch (error) {
            failed++;
            process.stderr.write(`sitrep: ${id}: analysis failed: ${clean(error instanceof Error ? error.message : String(error))}\n`);
          }
        }
        process.stdout.write(`${done} reanalysed, ${skipped} up to date, ${failed} failed\n`);
        if (failed) process.exitCode = 1;
      });
    });
}
