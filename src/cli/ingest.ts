import type { Command } from "commander";
import cliProgress from "cli-progress";
import { ingestInputs, type ItemOutcome } from "../app/ingest.js";
import { manyDocuments } from "./many-documents.js";
import { DEFAULT_READ_OPTIONS } from "../ingest/types.js";
import { createAnalysisPool, defaultJobs } from "../app/analysis-pool.js";
import { DB_OPTION_HELP, withStore } from "./db.js";
import { CliError } from "./errors.js";
import { parseByteSize, parseDateOption } from "./options.js";
import { clean } from "./terminal.js";
import { enqueueCommand } from "./work.js";

interface IngestOptions {
  db?: string;
  published?: string;
  outlet?: string;
  title?: string;
  json?: boolean;
  allowPrivate?: boolean;
  actors?: string[];
  maxBytes?: string;
  timeout?: string;
  jobs?: string;
  enqueue?: boolean;
}

export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description("read files, folders, JSONL, feeds or URLs into the store and analyse them")
    .argument("<inputs...>", "files, folders, .jsonl files, RSS/Atom feeds, or http(s) URLs")
    .option("--db <file|url>", DB_OPTION_HELP)
    .option("--published <date>", "publication date (YYYY-MM-DD) for inputs that state none")
    .option("--outlet <name>", "outlet name to record for these inputs")
    .option("--title <text>", "title to record for these inputs")
    .option("--actors <file...>", "extra actor files (JSON, see data/README.md)")
    .option("--allow-private", "allow fetching loopback and private network addresses")
    .option("--max-bytes <size>", "byte cap per input, e.g. 20MB", "20MB")
    .option("--timeout <seconds>", "timeout per URL fetch in seconds", "20")
    .option("--jobs <n>", "analyse on this many cores (default: all)")
    .option("--json", "print a JSON report instead of text")
    .option("--enqueue", "only record the inputs as jobs for `sitrep work` processes sharing the store")
    .addHelpText(
      "after",
      `
Examples:
  sitrep ingest ./articles/                 every .txt, .html, .jsonl, .xml in the folder
  sitrep ingest story.txt --published 2020-03-12
  sitrep ingest https://example.org/feed.xml
Exit status: 0 when every input was read, 1 when any failed, 2 for usage errors.`,
    )
    .action(async (inputs: string[], opts: IngestOptions) => {
      const published = opts.published !== undefined ? parseDateOption(opts.published, "--published") : undefined;
      const maxBytes = parseByteSize(opts.maxBytes ?? "20MB", "--max-bytes");
      const timeoutSeconds = Number(opts.timeout ?? "20");
      if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) throw new CliError("--timeout must be a positive number of seconds", 2);
      const jobs = opts.jobs === undefined ? defaultJobs() : Number(opts.jobs);
      if (!Number.isInteger(jobs) || jobs < 1) throw new CliError("--jobs must be a whole number of 1 or more", 2);
      if (opts.enqueue) {
        const read = { ...DEFAULT_READ_OPTIONS, allowPrivate: Boolean(opts.allowPrivate), maxBytes, timeoutMs: timeoutSeconds * 1000 };
        const overrides = {
          ...(published !== undefined ? { published } : {}),
          ...(opts.outlet !== undefined ? { outlet: opts.outlet } : {}),
          ...(opts.title !== undefined ? { title: opts.title } : {}),
        };
        return enqueueCommand({ db: opts.db, inputs, job: { read, overrides, actorFiles: opts.actors ?? [] }, json: Boolean(opts.json) });
      }
      // Worker threads only pay off for more than a handful of documents: a folder, a feed
      // or JSONL on standard input may hold thousands, one or two plain files do not.
      const pool = createAnalysisPool({ jobs: opts.jobs !== undefined || manyDocuments(inputs) ? jobs : 1, actorFiles: opts.actors ?? [] });
      const progress = makeProgress(inputs.length, Boolean(opts.json));
      const report = await withStore(opts.db, (store) =>
        ingestInputs(store, inputs, {
          read: { ...DEFAULT_READ_OPTIONS, allowPrivate: Boolean(opts.allowPrivate), maxBytes, timeoutMs: timeoutSeconds * 1000 },
          overrides: {
            ...(published !== undefined ? { published } : {}),
            ...(opts.outlet !== undefined ? { outlet: opts.outlet } : {}),
            ...(opts.title !== undefined ? { title: opts.title } : {}),
          },
          pool,
          onItem: (o) => {
            if (o.status === "failed") progress.log(`sitrep: ${clean(o.input)}: ${o.code}: ${clean(o.message)}`);
            progress.tick();
          },
        }),
      );
      progress.stop();
      await pool.close();
      if (opts.json) {
        process.stdout.write(JSON.stringify(report, null, 2) + "\n");
      } else {
        for (const item of report.items) if (item.status !== "failed") process.stdout.write(describe(item) + "\n");
        process.stdout.write(
          `${report.added} added (${report.comments} comments), ${report.duplicates} duplicate${report.duplicates === 1 ? "" : "s"}, ${report.failed} failed\n`,
        );
      }
      if (report.failed > 0) process.exitCode = 1;
    });
}

function describe(item: Exclude<ItemOutcome, { status: "failed" }>): string {
  const what = item.status === "added" ? "added" : "already stored as";
  const extra = item.comments ? ` with ${item.comments} comments` : "";
  return `${what} ${item.id}${extra}${item.empty ? " (empty)" : ""}: ${clean(item.input)}`;
}

interface Progress {
  tick(): void;
  log(line: string): void;
  stop(): void;
}

/** A bar on stderr for more than a handful of inputs, only on a terminal and without --json. */
function makeProgress(total: number, json: boolean): Progress {
  const show = !json && process.stderr.isTTY && total > 5;
  if (!show) {
    return { tick() {}, log: (line) => process.stderr.write(line + "\n"), stop() {} };
  }
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: "ingest [{bar}] {value} inputs read", hideCursor: true, noTTYOutput: false },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  let done = 0;
  return {
    tick() {
      done++;
      if (done > bar.getTotal()) bar.setTotal(done);
      bar.update(done);
    },
    log(line) {
      process.stderr.write("\r\u001b[K" + line + "\n");
    },
    stop() {
      bar.stop();
    },
  };
}
