/** Entities with their counts, and one entity's page: its events, aliases, members, how outlets name it. */
import type { XEntity } from "../../model/interchange.js";
import type { EntityDetail, EntityListItem } from "../api-types.js";
import type { Indexed } from "../data/indexed.js";
import { byDate } from "./event-filter.js";
import { eventSummary } from "./events.js";
import { entityRef, entityRefOrNull } from "./refs.js";

export function entityListItem(data: Indexed, e: XEntity): EntityListItem {
  return {
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    partOf: entityRefOrNull(data, e.partOf),
    country: e.country,
    geo: e.geo,
    events: data.eventsOfEntity.get(e.id)?.length ?? 0,
    mentions: e.mentionCount ?? 0,
    documents: e.documentCount ?? 0,
  };
}

export function entityDetail(data: Indexed, e: XEntity): EntityDetail {
  const events = (data.eventsOfEntity.get(e.id) ?? [])
    .map((id) => data.events.get(id))
    .filter((x) => x !== undefined)
    .sort(byDate);
  return {
    ...entityListItem(data, e),
    members: data.x.entities.filter((m) => m.partOf === e.id).map((m) => entityRef(data, m.id)),
    eventList: events.map((x) => eventSummary(data, x)),
    framing: (data.x.outletFraming ?? [])
      .filter((f) => f.entity === e.id)
      .map((f) => ({ outlet: f.outlet, labels: f.labels })),
  };
}
