/**
 * The sitrep command line: one file per command under src/cli/, registered here in the
 * order `sitrep --help` lists them.
 */
import { Command, CommanderError } from "commander";
import { CliError } from "./errors.js";
import { clean } from "./terminal.js";
import { registerIngest } from "./ingest.js";
import { registerWork } from "./work.js";
import { registerDocuments } from "./documents.js";
import { registerShow } from "./show.js";
import { registerExport } from "./export.js";
import { registerReport } from "./report.js";
import { registerServe } from "./serve.js";
import { registerReanalyze } from "./reanalyze.js";
import { registerTimeline } from "./timeline.js";
import { registerEvent } from "./event.js";
import { registerEvents } from "./events.js";
import { registerDisputes } from "./disputes.js";
import { registerChain } from "./chain.js";
import { registerEntities } from "./entities.js";

export function buildProgram(): Command {
  const program = new Command();
  program
    .name("sitrep")
    .description("Turn news articles, blog posts and comment threads about a crisis into a sourced situation report.")
    .showHelpAfterError()
    .exitOverride();
  registerIngest(program);
  registerWork(program);
  registerDocuments(program);
  registerShow(program);
  registerReport(program);
  registerReanalyze(program);
  registerTimeline(program);
  registerEvent(program);
  registerEvents(program);
  registerDisputes(program);
  registerChain(program);
  registerEntities(program);
  registerExport(program);
  registerServe(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit with 0; usage errors with 2 (commander already printed them).
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof CliError) {
      process.stderr.write(`sitrep: ${clean(error.message)}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`sitrep: ${clean(message)}\n`);
    return 1;
  }
}

// "sitrep timeline | head": a reader that stops early closes the pipe; that is no error
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

const code = await main(process.argv);
process.exitCode = code;
