import { CliError } from "../../cli/errors.js";
import type { Store } from "../store.js";
import { redactUrl } from "./location.js";
import { PostgresStore } from "./postgres-store.js";

/** Opens a PostgreSQL store (postgres://user@host:port/db), migrating it to the latest schema. */
export async function openPostgresStore(url: string): Promise<Store> {
  try {
    return await PostgresStore.open({ url });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError(`${redactUrl(url)}: cannot open the store: ${message}`);
  }
}
