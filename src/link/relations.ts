/**
 * Causal links stated inside documents, lifted to merged events: "X in retaliation for
 * Y" in one document links the merged event holding X to the one holding Y, whichever
 * documents describe them. Identical (type, from, to) links accumulate evidence, and a
 * plain cause between two events one source calls a retaliation is that retaliation.
 */
import type { XRelation } from "../model/interchange.js";
import { mentionKey } from "./build-events.js";
import type { EntityTable } from "./entity-table.js";
import type { LinkDocument } from "./types.js";

export function linkRelations(docs: readonly LinkDocument[], eventOf: ReadonlyMap<string, string>, table: EntityTable): XRelation[] {
  const byKey = new Map<string, XRelation>();
  for (const doc of docs) {
    for (const r of doc.analysis.relations) {
      const from = eventOf.get(mentionKey(doc.id, r.from));
      const to = eventOf.get(mentionKey(doc.id, r.to));
      if (!from || !to || from === to) continue;
      const key = `${r.type}|${from}|${to}`;
      let rel = byKey.get(key);
      if (!rel) byKey.set(key, (rel = { type: r.type, from, to, evidence: [] }));
      const ev = r.evidence;
      if (rel.evidence.some((e) => e.doc === doc.id && e.start === ev.start && e.end === ev.end)) continue;
      rel.evidence.push({
        doc: doc.id,
        start: ev.start,
        end: ev.end,
        text: ev.text,
        assertedBy: table.idOf(r.assertedBy),
        cue: r.cue,
      });
    }
  }
  // "came six days after X" and "in retaliation for X": one link, a retaliation, with the
  // evidence of both
  const out: XRelation[] = [];
  for (const rel of byKey.values()) {
    const retaliation = rel.type === "CAUSE" ? byKey.get(`RETALIATION|${rel.from}|${rel.to}`) : undefined;
    if (retaliation) retaliation.evidence.push(...rel.evidence.filter((e) => !retaliation.evidence.some((x) => x.doc === e.doc && x.start === e.start && x.end === e.end)));
    else out.push(rel);
  }
  return out;
}
