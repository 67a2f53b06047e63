import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SqliteStore } from "./sqlite/sqlite-store.js";
import type { Store } from "./store.js";
import { storeContract } from "./store.contract.js";

storeContract("SQLite", {
  async fresh() {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-store-"));
    const path = join(dir, "store.db");
    const opened: Store[] = [];
    return {
      async open() {
        const store = SqliteStore.open({ path });
        opened.push(store);
        return store;
      },
      async dispose() {
        for (const s of opened) await s.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
});
