import { CliError } from "../../cli/errors.js";
import type { Store } from "../store.js";

/** Opens a PostgreSQL store (postgres://user@host:port/db). */
export async function openPostgresStore(_url: string): Promise<Store> {
  throw new CliError("PostgreSQL support is not available yet");
}
