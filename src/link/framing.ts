/**
 * Framing per source: the labels each document uses for each actor (its mention texts
 * and the descriptive phrases next to them), and the actors it holds responsible for
 * assaults it asserts; then the same aggregated over each outlet's articles.
 */
import type { Sentence } from "../model/analysis.js";
import type { XFraming, XOutletFraming } from "../model/interchange.js";
import type { EntityTable } from "./entity-table.js";
import { labelsAround } from "./en/labels.js";
import type { LinkDocument } from "./types.js";

const NOT_ACTORS = new Set(["PLACE", "FACILITY"]);

type Counts = Map<string, number>;

function bump(map: Counts, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function sortedLabels(counts: Counts): { text: string; count: number }[] {
  return [...counts.entries()]
    .map(([text, count]) => ({ text, count }))
    .sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
}

function sortedIds(counts: Counts): string[] {
  return sortedLabels(counts).map((l) => l.text);
}

function sentenceAt(sentences: readonly Sentence[], pos: number): Sentence | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

interface DocFraming {
  doc: LinkDocument;
  labels: Map<string, Counts>;
  blames: Counts;
}

function frameDocument(doc: LinkDocument, table: EntityTable): DocFraming {
  const labels = new Map<string, Counts>();
  const { sentences, mentions, events } = doc.analysis;
  for (const m of mentions) {
    const id = table.idOf(m.key);
    if (!id || NOT_ACTORS.has(table.typeOf(m.key) ?? "")) continue;
    let counts = labels.get(id);
    if (!counts) labels.set(id, (counts = new Map()));
    bump(counts, m.text.replace(/\s+/g, " ").trim());
    const s = sentenceAt(sentences, m.start);
    for (const l of labelsAround(doc.text, m.start, m.end, s?.start ?? 0, s?.end ?? doc.text.length)) bump(counts, l);
  }
  const blames: Counts = new Map();
  for (const e of events) {
    if ((e.type !== "ASSAULT" && e.type !== "FIGHT") || e.modality !== "asserted") continue;
    for (const a of new Set(e.actors.map((k) => table.idOf(k)))) if (a) bump(blames, a);
  }
  return { doc, labels, blames };
}

export function describeFraming(
  docs: readonly LinkDocument[],
  table: EntityTable,
): { framing: XFraming[]; outletFraming: XOutletFraming[] } {
  const framing: XFraming[] = [];
  const outlets = new Map<string, { docs: string[]; labels: Map<string, Counts>; blames: Counts }>();
  for (const doc of docs) {
    const f = frameDocument(doc, table);
    const blames = sortedIds(f.blames);
    for (const [entity, counts] of f.labels) {
      const entry: XFraming = { doc: doc.id, outlet: doc.outlet, entity, labels: sortedLabels(counts) };
      if (blames.length > 0) entry.blames = blames;
      framing.push(entry);
    }
    if (doc.kind === "comment" || !doc.outlet) continue;
    let o = outlets.get(doc.outlet);
    if (!o) outlets.set(doc.outlet, (o = { docs: [], labels: new Map(), blames: new Map() }));
    o.docs.push(doc.id);
    for (const [entity, counts] of f.labels) {
      let agg = o.labels.get(entity);
      if (!agg) o.labels.set(entity, (agg = new Map()));
      for (const [t, n] of counts) bump(agg, t, n);
    }
    for (const [a, n] of f.blames) bump(o.blames, a, n);
  }
  const outletFraming: XOutletFraming[] = [];
  for (const [outlet, o] of [...outlets.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const blames = sortedIds(o.blames);
    for (const [entity, counts] of o.labels) {
      const entry: XOutletFraming = { outlet, docs: o.docs, entity, labels: sortedLabels(counts) };
      if (blames.length > 0) entry.blames = blames;
      outletFraming.push(entry);
    }
  }
  return { framing, outletFraming };
}
