import { randomBytes } from "node:crypto";
import type { Command } from "commander";
import { createAnalysisPool } from "../app/analysis-pool.js";
import { createApp, DEFAULT_MAX_BODY_BYTES } from "../server/app.js";
import { isLoopbackHost, startServer } from "../server/start.js";
import { DB_OPTION_HELP, resolveDb } from "./db.js";
import { openStore } from "../store/open.js";
import { CliError } from "./errors.js";
import { parseByteSize } from "./options.js";
import { clean } from "./terminal.js";

interface ServeOptions {
  db?: string;
  port: string;
  host: string;
  token?: string;
  allowPrivate?: boolean;
  actors?: string[];
  maxBytes: string;
  maxBody: string;
  timeout: string;
}

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve the web UI and the JSON API over the store")
    .option("--db <file|url>", DB_OPTION_HELP)
    .option("--port <n>", "TCP port (0 = any free port)", "8750")
    .option("--host <address>", "address to listen on", "127.0.0.1")
    .option("--token <token>", "token write endpoints require (default: $SITREP_TOKEN; generated when --host is not loopback)")
    .option("--allow-private", "let POST /api/ingest fetch loopback and private network addresses")
    .option("--actors <file...>", "extra actor files for documents ingested through the API")
    .option("--max-bytes <size>", "byte cap per ingested input", "20MB")
    .option("--max-body <size>", "byte cap per upload request", `${DEFAULT_MAX_BODY_BYTES / 1024 / 1024}MB`)
    .option("--timeout <seconds>", "timeout per URL fetch in seconds", "20")
    .addHelpText(
      "after",
      `
Examples:
  sitrep serve                          http://127.0.0.1:8750/
  sitrep serve --port 0                 any free port
  sitrep serve --host 0.0.0.0           on the network; writes need the printed token`,
    )
    .action(async (opts: ServeOptions) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError("--port must be a whole number from 0 to 65535", 2);
      const timeoutSeconds = Number(opts.timeout);
      if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) throw new CliError("--timeout must be a positive number of seconds", 2);
      const maxBytes = parseByteSize(opts.maxBytes, "--max-bytes");
      const maxBody = parseByteSize(opts.maxBody, "--max-body");
      const loopback = isLoopbackHost(opts.host);
      const given = opts.token ?? process.env.SITREP_TOKEN ?? null;
      const token = given ?? (loopback ? null : randomBytes(24).toString("base64url"));

      const store = await openStore(resolveDb(opts.db));
      const pool = createAnalysisPool({ jobs: 1, actorFiles: opts.actors ?? [] });
      const app = createApp({
        store,
        pool,
        token,
        allowedHosts: loopback ? ["localhost", "127.0.0.1", "[::1]", opts.host.toLowerCase()] : null,
        read: { allowPrivate: Boolean(opts.allowPrivate), maxBytes, timeoutMs: timeoutSeconds * 1000 },
        maxBodyBytes: maxBody,
        onInternalError: (error) => process.stderr.write(`sitrep: internal error: ${clean(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`),
      });
      let server;
      try {
        server = await startServer({ app, host: opts.host, port });
      } catch (error) {
        await pool.close();
        await store.close();
        const code = (error as { code?: string }).code;
        if (code === "EADDRINUSE") throw new CliError(`port ${port} on ${opts.host} is already in use (try --port 0)`);
        if (code === "EADDRNOTAVAIL") throw new CliError(`cannot listen on ${opts.host}: no such address on this machine`);
        throw error;
      }
      process.stdout.write(`sitrep: serving ${server.url}\n`);
      if (token !== null && given === null) process.stdout.write(`sitrep: write token (Authorization: Bearer): ${token}\n`);
      if (!loopback) process.stderr.write(`sitrep: listening on ${opts.host}: anyone who can reach this address can read the corpus\n`);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
      await server.close();
      await pool.close();
      await store.close();
    });
}
