/**
 * The interchange with lookup tables the API needs: by id, and each document's
 * comments and entity mentions. Built once per store revision.
 */
import type {
  Interchange,
  XClaim,
  XDiscrepancy,
  XDocument,
  XEntity,
  XEvent,
  XMention,
  XRelation,
} from "../../model/interchange.js";

export interface Indexed {
  revision: number;
  x: Interchange;
  documents: Map<string, XDocument>;
  entities: Map<string, XEntity>;
  events: Map<string, XEvent>;
  commentsOf: Map<string, XDocument[]>;
  mentionsIn: Map<string, XMention[]>;
  discrepanciesOf: Map<string, XDiscrepancy[]>;
  claimsOf: Map<string, XClaim[]>;
  relationsFrom: Map<string, XRelation[]>;
  relationsTo: Map<string, XRelation[]>;
  /** Event ids each entity takes part in (actor, target or location). */
  eventsOfEntity: Map<string, string[]>;
}

function groupBy<T>(items: T[], key: (item: T) => string | null): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

export function indexInterchange(x: Interchange, revision: number): Indexed {
  const eventsOfEntity = new Map<string, string[]>();
  for (const e of x.events) {
    const ids = new Set([...e.actors, ...e.targets, ...(e.location ? [e.location] : [])]);
    for (const id of ids) {
      const list = eventsOfEntity.get(id);
      if (list) list.push(e.id);
      else eventsOfEntity.set(id, [e.id]);
    }
  }
  return {
    revision,
    x,
    documents: new Map(x.documents.map((d) => [d.id, d])),
    entities: new Map(x.entities.map((e) => [e.id, e])),
    events: new Map(x.events.map((e) => [e.id, e])),
    commentsOf: groupBy(
      x.documents.filter((d) => d.kind === "comment"),
      (d) => d.parent,
    ),
    mentionsIn: groupBy(x.mentions, (m) => m.doc),
    discrepanciesOf: groupBy(x.discrepancies, (d) => d.event),
    claimsOf: groupBy(x.claims, (c) => c.event),
    relationsFrom: groupBy(x.relations, (r) => r.from),
    relationsTo: groupBy(x.relations, (r) => r.to),
    eventsOfEntity,
  };
}
