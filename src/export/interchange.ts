/**
 * Builds the interchange export (shared/INTERCHANGE.md) from a store: documents as
 * stored, per-document analyses, and the cross-document link stage over them.
 */
import type { Interchange, XDocument } from "../model/interchange.js";
import type { StoredDocument } from "../model/document.js";
import type { Store } from "../store/store.js";

export function toXDocument(d: StoredDocument): XDocument {
  return {
    id: d.id,
    source: d.source,
    outlet: d.outlet,
    title: d.title,
    published: d.published,
    kind: d.kind,
    parent: d.parent,
    author: d.author,
    text: d.text,
    sources: d.sources,
    url: d.url,
    replyTo: d.replyTo,
    number: d.number,
  };
}

export async function buildInterchange(store: Store): Promise<Interchange> {
  const documents: XDocument[] = [];
  for await (const d of store.iterateDocuments()) documents.push(toXDocument(d));
  return {
    version: 1,
    documents,
    entities: [],
    mentions: [],
    timeExpressions: [],
    events: [],
    relations: [],
    discrepancies: [],
    claims: [],
  };
}
