/** Corpus-wide figures for the header and /api/stats. */
import type { PloverType } from "../../model/analysis.js";
import type { Stats } from "../api-types.js";
import type { Indexed } from "../data/indexed.js";
import type { Store } from "../../store/store.js";
import { daySpan } from "./dates.js";

export async function stats(store: Store, data: Indexed): Promise<Stats> {
  const counts = await store.counts();
  const eventTypes: Partial<Record<PloverType, number>> = {};
  let first: string | null = null;
  let last: string | null = null;
  for (const e of data.x.events) {
    eventTypes[e.type] = (eventTypes[e.type] ?? 0) + 1;
    const span = daySpan(e.date);
    if (span && e.datePrecision === "day") {
      if (first === null || span.lo < first) first = span.lo;
      if (last === null || span.hi > last) last = span.hi;
    }
  }
  const outlets = [...new Set(data.x.documents.map((d) => d.outlet).filter((o): o is string => o !== null))].sort();
  return {
    revision: data.revision,
    store: store.kind,
    ...counts,
    entities: data.x.entities.length,
    events: data.x.events.length,
    disputedEvents: data.x.events.filter((e) => e.disputed ?? data.discrepanciesOf.has(e.id)).length,
    relations: data.x.relations.length,
    discrepancies: data.x.discrepancies.length,
    claims: data.x.claims.length,
    outlets,
    firstDate: first,
    lastDate: last,
    eventTypes,
  };
}
