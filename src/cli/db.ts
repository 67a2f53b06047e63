import type { Store } from "../store/store.js";
import { openStore } from "../store/open.js";

/** The --db option every command takes: a file path or a postgres:// URL. */
export const DB_OPTION_HELP = "SQLite file or postgres:// URL (default: $SITREP_DB or ./sitrep.db)";

export function resolveDb(option: string | undefined): string {
  return option ?? process.env.SITREP_DB ?? "sitrep.db";
}

/** Opens the store, runs `fn`, and always closes it. */
export async function withStore<T>(dbOption: string | undefined, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(resolveDb(dbOption));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
