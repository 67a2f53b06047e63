/**
 * Holds the built interchange for the store's current revision: a request after a write
 * rebuilds it once; concurrent requests share the same build. At most one build runs at
 * a time: while an ingest keeps writing, requests that find a build of an older revision
 * running wait for it and then share one follow-up build, instead of each starting a
 * build of the whole corpus (which, with many clients, starved them all).
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
    // A build of an older revision is running: one follow-up build, shared.
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
