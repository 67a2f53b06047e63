/**
 * Questions the CLI, the API and the UI ask of linked results: events in a date window,
 * of a type, involving an actor; chronological order; the retaliation chain as a tree.
 */
import type { PloverType } from "../model/analysis.js";
import type { Interchange, XEntity, XEvent, XRelation } from "../model/interchange.js";
import { dayRange } from "./dates.js";

export interface EventFilter {
  /** ISO dates, inclusive; an event is kept when its date overlaps the window. */
  from?: string;
  to?: string;
  type?: PloverType;
  /** An entity name or alias (case-insensitive substring) among actors or targets. */
  actor?: string;
}

function entityMatcher(entities: readonly XEntity[], needle: string): Set<string> {
  const q = needle.toLowerCase();
  return new Set(entities.filter((e) => [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(q))).map((e) => e.id));
}

export function filterEvents(x: Pick<Interchange, "events" | "entities">, filter: EventFilter): XEvent[] {
  const lo = filter.from ? dayRange(filter.from.slice(0, 10))?.[0] : undefined;
  const hi = filter.to ? dayRange(filter.to.slice(0, 10))?.[1] : undefined;
  const who = filter.actor ? entityMatcher(x.entities, filter.actor) : null;
  return x.events.filter((e) => {
    if (filter.type && e.type !== filter.type) return false;
    if (who && ![...e.actors, ...e.targets].some((id) => who.has(id))) return false;
    if (lo !== undefined || hi !== undefined) {
      const r = dayRange(e.date);
      if (!r) return false;
      if (lo !== undefined && r[1] < lo) return false;
      if (hi !== undefined && r[0] > hi) return false;
    }
    return true;
  });
}

/** Dated events by start day (then id), undated ones last. */
export function chronological(events: readonly XEvent[]): XEvent[] {
  const start = (e: XEvent): number => dayRange(e.date)?.[0] ?? Number.MAX_SAFE_INTEGER;
  const num = (e: XEvent): number => Number(e.id.replace(/\D/g, "")) || 0;
  return [...events].sort((a, b) => start(a) - start(b) || num(a) - num(b));
}

export interface ChainNode {
  event: string;
  /** The relation through which this node answers its parent (null for a root). */
  via: XRelation | null;
  responses: ChainNode[];
}

/**
 * The escalation chain: each root is an event that answers nothing in the graph; under
 * it, the events that respond to it, and so on. An event reached twice is shown once
 * more without its subtree; cycles are cut.
 */
export function escalationChain(x: Pick<Interchange, "events" | "relations">): ChainNode[] {
  const order = new Map(chronological(x.events).map((e, i) => [e.id, i]));
  const rank = (id: string): number => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  const responses = new Map<string, XRelation[]>();
  const answers = new Set<string>();
  const involved = new Set<string>();
  for (const r of x.relations) {
    const list = responses.get(r.to) ?? [];
    list.push(r);
    responses.set(r.to, list);
    answers.add(r.from);
    involved.add(r.from).add(r.to);
  }
  for (const list of responses.values()) list.sort((a, b) => rank(a.from) - rank(b.from));
  const expanded = new Set<string>();
  const grow = (event: string, via: XRelation | null, path: Set<string>): ChainNode => {
    const node: ChainNode = { event, via, responses: [] };
    if (expanded.has(event)) return node;
    expanded.add(event);
    for (const r of responses.get(event) ?? []) {
      if (path.has(r.from)) continue;
      node.responses.push(grow(r.from, r, new Set(path).add(r.from)));
    }
    return node;
  };
  const roots = [...involved].filter((id) => !answers.has(id)).sort((a, b) => rank(a) - rank(b));
  const out = roots.map((id) => grow(id, null, new Set([id])));
  // Events only on cycles have no root: start from the earliest not yet shown.
  for (const id of [...involved].sort((a, b) => rank(a) - rank(b))) if (!expanded.has(id)) out.push(grow(id, null, new Set([id])));
  return out;
}
