import { testServerUrl } from "../../test/setup/pg-url.js";
import { PostgresStore } from "./postgres/postgres-store.js";
import { createTestDatabase } from "./postgres/test-database.js";
import type { Store } from "./store.js";
import { storeContract } from "./store.contract.js";

storeContract("PostgreSQL", {
  async fresh() {
    const database = await createTestDatabase(testServerUrl());
    const opened: Store[] = [];
    return {
      async open() {
        const store = await PostgresStore.open({ url: database.url });
        opened.push(store);
        return store;
      },
      async dispose() {
        for (const s of opened) await s.close();
        await database.drop();
      },
    };
  },
});
