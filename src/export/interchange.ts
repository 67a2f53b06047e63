/**
 * Builds the interchange export (shared/INTERCHANGE.md) from a store: documents as
 * stored, per-document analyses, and the cross-document link stage over them. One pass
 * over the documents and one over the analyses; the result depends only on the store's
 * content, so the same store always gives byte-identical JSON.
 */
import type { DocAnalysis } from "../model/analysis.js";
import type { Interchange, XDocument, XTimeExpression } from "../model/interchange.js";
import type { StoredDocument } from "../model/document.js";
import type { Store } from "../store/store.js";
import { defaultLinkConfig, link, type LinkConfig, type LinkDocument } from "../link/index.js";

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

type LinkAnalysis = LinkDocument["analysis"];

const EMPTY: LinkAnalysis = { entities: [], mentions: [], events: [], claims: [], relations: [], sentences: [] };

/** Keeps only what linking and export need, so the whole corpus's analyses stay small. */
function compact(a: DocAnalysis): LinkAnalysis {
  return {
    entities: a.entities,
    mentions: a.mentions,
    events: a.events,
    claims: a.claims,
    relations: a.relations,
    sentences: a.sentences,
  };
}

export interface InterchangeOptions {
  link?: LinkConfig;
}

export async function buildInterchange(store: Store, options: InterchangeOptions = {}): Promise<Interchange> {
  const documents: XDocument[] = [];
  for await (const d of store.iterateDocuments()) documents.push(toXDocument(d));

  const analyses = new Map<string, LinkAnalysis>();
  const timeExpressions = new Map<string, XTimeExpression[]>();
  for await (const { id, analysis } of store.iterateAnalyses()) {
    analyses.set(id, compact(analysis));
    timeExpressions.set(
      id,
      analysis.timeExpressions.map((t) => ({
        doc: id,
        start: t.start,
        end: t.end,
        text: t.text,
        value: t.value,
        anchor: t.anchor,
        precision: t.precision,
      })),
    );
  }

  const linkDocs: LinkDocument[] = documents.map((d) => ({
    id: d.id,
    kind: d.kind,
    parent: d.parent,
    outlet: d.outlet,
    published: d.published,
    text: d.text,
    analysis: analyses.get(d.id) ?? EMPTY,
  }));
  const linked = link(linkDocs, options.link ?? defaultLinkConfig());

  return {
    version: 1,
    documents,
    entities: linked.entities,
    mentions: linked.mentions,
    timeExpressions: documents.flatMap((d) => timeExpressions.get(d.id) ?? []),
    events: linked.events,
    relations: linked.relations,
    discrepancies: linked.discrepancies,
    claims: linked.claims,
    framing: linked.framing,
    outletFraming: linked.outletFraming,
  };
}
