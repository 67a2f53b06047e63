/**
 * Holds the built interchange for the store's current revision: a request after a write
 * rebuilds it once; concurrent requests share the same build. At most one build runs at
 * a time. While an ingest keeps writing, each build is out of date as soon as it ends:
 * a request that finds a build already running gets the last finished one (at most one
 * build old) instead of waiting, or of starting yet another build of the whole corpus
 * (which, with many clients, starved them all). With no build running, a request after
 * a write waits for a fresh build, so a client reads its own writes.
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
  let cached: { revision: number; value: Indexed } | null = null;
  let building: { revision: number; value: Promise<Indexed> } | null = null;
  let queued: Promise<Indexed> | null = null;

  const start = (revision: number): Promise<Indexed> => {
    const value = options.build(options.store).then((x) => indexInterchange(x, revision));
    const entry = { revision, value };
    building = entry;
    // Registered first, so it runs before anyone waiting on the same build. A failed
    // build is not kept: the next request tries again.
    value.then(
      (indexed) => {
        if (cached === null || cached.revision < revision) cached = { revision, value: indexed };
        if (building === entry) building = null;
      },
      () => {
        if (building === entry) building = null;
      },
    );
    return value;
  };

  const current = async (): Promise<Indexed> => {
    const revision = await options.store.revision();
    if (cached !== null && cached.revision === revision) return cached.value;
    if (building === null) return start(revision);
    if (building.revision >= revision) return building.value;
    if (cached !== null) return cached.value;
    // The first build is running and already out of date: one follow-up build, shared.
    queued ??= building.value
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        queued = null;
        return current();
      });
    return queued;
  };

  return { current };
}
