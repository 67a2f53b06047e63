/**
 * Holds the built interchange for the store's current revision: a request after a write
 * rebuilds it once; concurrent requests share the same build.
 */
import type { Interchange } from "../../model/interchange.js";
import type { Store } from "../../store/store.js";
import { indexInterchange, type Indexed } from "./indexed.js";

export interface DataSource {
  current(): Promise<Indexed>;
}

export interface DataSourceOptions {
  store: Store;
  build: (store: Store) => Promise<Interchange>;
}

export function createDataSource(options: DataSourceOptions): DataSource {
  let cached: { revision: number; value: Promise<Indexed> } | null = null;
  return {
    async current() {
      const revision = await options.store.revision();
      if (cached === null || cached.revision !== revision) {
        const value = options.build(options.store).then((x) => indexInterchange(x, revision));
        cached = { revision, value };
        // A failed build is not kept: the next request tries again.
        value.catch(() => {
          if (cached?.value === value) cached = null;
        });
      }
      return cached.value;
    },
  };
}
