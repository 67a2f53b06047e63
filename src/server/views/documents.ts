/** One document's page: metadata, text, diagnostics, its comments, the events it reports, its labels for actors. */
import type { StoredDocument } from "../../model/document.js";
import type { CommentView, DocumentDetail } from "../api-types.js";
import type { Indexed } from "../data/indexed.js";
import { eventSummary } from "./events.js";
import { docRef, entityRef } from "./refs.js";

export function documentDetail(data: Indexed, d: StoredDocument): DocumentDetail {
  const comments: CommentView[] = (data.commentsOf.get(d.id) ?? []).map((c) => ({
    ...docRef(c),
    number: c.number ?? null,
    replyTo: c.replyTo ?? null,
    text: c.text,
  }));
  const events: DocumentDetail["events"] = [];
  for (const e of data.x.events) {
    const seen = new Set<string>();
    for (const m of e.mentions) {
      const key = `${m.start}:${m.end}`;
      if (m.doc !== d.id || seen.has(key)) continue;
      seen.add(key);
      events.push({ event: eventSummary(data, e), start: m.start, end: m.end });
    }
  }
  events.sort((a, b) => a.start - b.start);
  return {
    ...docRef(d),
    url: d.url,
    sources: d.sources,
    status: d.status,
    contentType: d.contentType,
    charset: d.charset,
    ingestedAt: d.ingestedAt,
    text: d.text,
    diagnostics: d.diagnostics,
    comments,
    events,
    framing: (data.x.framing ?? [])
      .filter((f) => f.doc === d.id)
      .map((f) => ({ entity: entityRef(data, f.entity), labels: f.labels })),
  };
}
