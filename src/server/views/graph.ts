/**
 * The actor network: who acted on whom, one edge per (actor, target) pair weighted by
 * the number of events, with the types counted. Affiliations (partOf) become parent
 * nodes so the UI can group members inside their organisation.
 */
import type { PloverType } from "../../model/analysis.js";
import type { GraphEdge, GraphNode } from "../api-types.js";
import type { Indexed } from "../data/indexed.js";
import type { XEvent } from "../../model/interchange.js";

export function actorGraph(data: Indexed, events: XEvent[]): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const edges = new Map<string, GraphEdge>();
  const weight = new Map<string, number>();
  for (const e of events) {
    for (const a of e.actors) {
      for (const t of e.targets) {
        if (a === t) continue;
        const key = `${a}\u0000${t}`;
        let edge = edges.get(key);
        if (!edge) {
          edge = { source: a, target: t, weight: 0, types: {}, events: [] };
          edges.set(key, edge);
        }
        edge.weight++;
        edge.types[e.type as PloverType] = (edge.types[e.type as PloverType] ?? 0) + 1;
        edge.events.push(e.id);
      }
    }
    for (const id of new Set([...e.actors, ...e.targets])) weight.set(id, (weight.get(id) ?? 0) + 1);
  }
  // Each involved entity, plus the chain of organisations it belongs to.
  const ids = new Set(weight.keys());
  const parents = new Set<string>();
  for (const id of [...ids]) {
    const seen = new Set<string>([id]);
    let p = data.entities.get(id)?.partOf ?? null;
    while (p && !seen.has(p) && data.entities.has(p)) {
      parents.add(p);
      ids.add(p);
      seen.add(p);
      p = data.entities.get(p)?.partOf ?? null;
    }
  }
  const nodes: GraphNode[] = [...ids].map((id) => {
    const e = data.entities.get(id);
    const parent = e?.partOf && ids.has(e.partOf) && !createsCycle(data, id) ? e.partOf : null;
    return { id, name: e?.name ?? id, type: e?.type ?? null, parent, events: weight.get(id) ?? 0, compound: parents.has(id) };
  });
  return { nodes, edges: [...edges.values()] };
}

function createsCycle(data: Indexed, id: string): boolean {
  const seen = new Set<string>([id]);
  let p = data.entities.get(id)?.partOf ?? null;
  while (p) {
    if (seen.has(p)) return true;
    seen.add(p);
    p = data.entities.get(p)?.partOf ?? null;
  }
  return false;
}
