/**
 * Vitest global setup: a throwaway PostgreSQL server for the store tests, started with
 * scripts/pg-test-server.sh unless SITREP_TEST_PG_URL names one already. The URL (or
 * why the server could not start) reaches the tests through provide/inject, so the
 * PostgreSQL suites fail with that reason instead of being skipped.
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    pgUrl: string;
    pgError: string;
  }
}

const run = promisify(execFile);
const SCRIPT = fileURLToPath(new URL("../../scripts/pg-test-server.sh", import.meta.url));

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.SITREP_TEST_PG_URL;
  if (given) {
    project.provide("pgUrl", given);
    project.provide("pgError", "");
    return async () => {};
  }
  let dir = "";
  try {
    const { stdout } = await run("bash", [SCRIPT, "start"], { timeout: 90_000 });
    const value = (name: string) => new RegExp(`^export ${name}=(.*)$`, "m").exec(stdout)?.[1] ?? "";
    dir = value("SITREP_TEST_PG_DIR");
    project.provide("pgUrl", value("SITREP_TEST_PG_URL"));
    project.provide("pgError", "");
  } catch (error) {
    const e = error as { stderr?: string; message?: string };
    project.provide("pgUrl", "");
    project.provide("pgError", `could not start a test PostgreSQL server (${SCRIPT}): ${(e.stderr || e.message || String(error)).trim()}`);
  }
  return async () => {
    if (dir) await run("bash", [SCRIPT, "stop", dir], { timeout: 60_000 }).catch(() => undefined);
  };
}
