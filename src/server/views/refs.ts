/** Small references the API embeds instead of repeating whole records. */
import type { XDocument } from "../../model/interchange.js";
import type { DocRef, EntityRef, PlaceRef } from "../api-types.js";
import type { Indexed } from "../data/indexed.js";

export function docRef(d: XDocument): DocRef {
  return {
    id: d.id,
    kind: d.kind,
    source: d.source,
    outlet: d.outlet,
    title: d.title,
    published: d.published,
    author: d.author,
    parent: d.parent,
  };
}

/** A reference to a document id the interchange may not hold (kept, with nulls). */
export function docRefById(data: Indexed, id: string): DocRef {
  const d = data.documents.get(id);
  if (d) return docRef(d);
  return { id, kind: "article", source: "", outlet: null, title: null, published: null, author: null, parent: null };
}

export function entityRef(data: Indexed, id: string): EntityRef {
  const e = data.entities.get(id);
  return e ? { id, name: e.name, type: e.type } : { id, name: id, type: null };
}

export function entityRefOrNull(data: Indexed, id: string | null | undefined): EntityRef | null {
  return id ? entityRef(data, id) : null;
}

export function placeRef(data: Indexed, id: string): PlaceRef {
  const e = data.entities.get(id);
  return e
    ? { id, name: e.name, type: e.type, geo: e.geo, country: e.country }
    : { id, name: id, type: null, geo: null, country: null };
}
