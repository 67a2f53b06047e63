/**
 * Collects what every document says about each entity key: names, surface forms,
 * types, affiliations, mention and document counts, in order of first appearance.
 */
import type { EntityType, GeoPoint } from "../model/analysis.js";
import type { LinkDocument } from "./types.js";

export interface EntityGroup {
  key: string;
  /** Order of first appearance across the corpus (documents in input order). */
  order: number;
  names: Map<string, number>;
  types: Map<EntityType, number>;
  /** Every distinct surface form, first appearance first. */
  aliases: string[];
  partOf: Map<string, number>;
  country: string | null;
  geo: GeoPoint | null;
  known: boolean;
  mentionCount: number;
  docs: Set<string>;
  /** Generic keys the documents say this entity is (an office, a country's body, a sect group). */
  generics: Set<string>;
}

function bump<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

export function newGroup(key: string, order: number): EntityGroup {
  return {
    key,
    order,
    names: new Map(),
    types: new Map(),
    aliases: [],
    partOf: new Map(),
    country: null,
    geo: null,
    known: false,
    mentionCount: 0,
    docs: new Set(),
    generics: new Set(),
  };
}

function addAlias(group: EntityGroup, seen: Map<string, Set<string>>, alias: string): void {
  const form = alias.replace(/\s+/g, " ").trim();
  if (!form) return;
  let set = seen.get(group.key);
  if (!set) seen.set(group.key, (set = new Set()));
  if (set.has(form)) return;
  set.add(form);
  group.aliases.push(form);
}

export function collectEntityGroups(docs: Iterable<LinkDocument>): Map<string, EntityGroup> {
  const groups = new Map<string, EntityGroup>();
  const seen = new Map<string, Set<string>>();
  const get = (key: string): EntityGroup => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = newGroup(key, groups.size)));
    return g;
  };
  for (const doc of docs) {
    // Mentions first, in text order, so ids follow first appearance in the text.
    for (const m of [...doc.analysis.mentions].sort((x, y) => x.start - y.start)) {
      const g = get(m.key);
      addAlias(g, seen, m.text);
      g.mentionCount++;
      g.docs.add(doc.id);
    }
    for (const e of doc.analysis.entities) {
      const g = get(e.key);
      bump(g.names, e.name);
      bump(g.types, e.type);
      addAlias(g, seen, e.name);
      for (const a of e.aliases) addAlias(g, seen, a);
      if (e.partOf) bump(g.partOf, e.partOf);
      for (const k of e.generics ?? []) if (k !== e.key) g.generics.add(k);
      g.country ??= e.country;
      g.geo ??= e.geo;
      g.known ||= e.known;
      g.docs.add(doc.id);
    }
  }
  return groups;
}

/** The most frequent key of a count map; ties go to the first inserted. */
export function top<K>(map: Map<K, number>): K | null {
  let best: K | null = null;
  let bestN = -1;
  for (const [k, n] of map) if (n > bestN) [best, bestN] = [k, n];
  return best;
}

/** Folds `from` into `into` (returns a new group). */
export function mergeGroups(into: EntityGroup, from: EntityGroup): EntityGroup {
  const out: EntityGroup = {
    ...into,
    order: Math.min(into.order, from.order),
    names: new Map(into.names),
    types: new Map(into.types),
    aliases: [...into.aliases],
    partOf: new Map(into.partOf),
    docs: new Set([...into.docs, ...from.docs]),
    mentionCount: into.mentionCount + from.mentionCount,
    known: into.known || from.known,
    country: into.country ?? from.country,
    geo: into.geo ?? from.geo,
    generics: new Set([...into.generics, ...from.generics]),
  };
  // The longer group's name stays the name; the short form's names become aliases.
  for (const [t, n] of from.types) bump(out.types, t, n);
  for (const [p, n] of from.partOf) bump(out.partOf, p, n);
  const have = new Set(out.aliases);
  for (const a of [...from.names.keys(), ...from.aliases]) {
    if (have.has(a)) continue;
    have.add(a);
    out.aliases.push(a);
  }
  return out;
}
