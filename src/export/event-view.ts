import type { Interchange, XEntity, XEvent, XEventMention } from "../model/interchange.js";

/** Look-ups the flat export formats share: entity by id, the best sentence of an event. */
export interface ExportIndex {
  entity(id: string | null | undefined): XEntity | undefined;
  names(ids: string[]): string;
  bestMention(e: XEvent): XEventMention | undefined;
  conservative(e: XEvent): number | null;
}

export function indexExport(data: Interchange): ExportIndex {
  const entities = new Map(data.entities.map((e) => [e.id, e]));
  const isComment = new Set(data.documents.filter((d) => d.kind === "comment").map((d) => d.id));
  return {
    entity: (id) => (id ? entities.get(id) : undefined),
    names: (ids) => ids.map((i) => entities.get(i)?.name ?? i).join("; "),
    // An article's asserted sentence before a comment's, then the shortest (most direct).
    bestMention: (e) =>
      [...e.mentions].sort(
        (a, b) =>
          Number(isComment.has(a.doc)) - Number(isComment.has(b.doc)) ||
          Number(a.modality !== "asserted") - Number(b.modality !== "asserted") ||
          a.text.length - b.text.length,
      )[0],
    conservative: (e) => (e.fatalities ? e.fatalities.min : null),
  };
}
