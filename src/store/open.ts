import { CliError } from "../cli/errors.js";
import type { Store } from "./store.js";
import { SqliteStore } from "./sqlite/sqlite-store.js";

/** Opens the store a --db value names: a postgres:// URL or a SQLite file path. */
export async function openStore(db: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(db)) {
    const { openPostgresStore } = await import("./postgres/open.js").catch(() => {
      throw new CliError("PostgreSQL support is not available in this build");
    });
    return openPostgresStore(db);
  }
  try {
    return SqliteStore.open({ path: db });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError(`${db}: cannot open the store: ${message}`);
  }
}
