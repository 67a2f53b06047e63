/**
 * One export entity per real actor: groups entity keys across documents, joins each
 * generic key to the one entity the documents say it is, applies the configured key
 * mergers, assigns ids e1.. by first appearance, and answers the questions
 * the rest of the link stage asks about keys (export id, affiliation chain).
 */
import type { EntityType } from "../model/analysis.js";
import type { XEntity } from "../model/interchange.js";
import { mergeGroups, top, type EntityGroup } from "./entity-groups.js";

/** Decides which keys are the same actor: returns alias key → surviving key. */
export type EntityMerger = (groups: ReadonlyMap<string, EntityGroup>) => Map<string, string>;

export interface EntityTable {
  entities: XEntity[];
  /** The surviving key for any key seen (itself when not merged). */
  canonical(key: string): string;
  /** Export id for a key, or null when the key is unknown. */
  idOf(key: string | null | undefined): string | null;
  /** Canonical keys of the entities this one belongs to, nearest first. */
  ancestors(key: string): string[];
  typeOf(key: string): EntityType | null;
  /** Country code of a key's entity, or null. */
  countryOf(key: string): string | null;
  nameOfId(id: string): string;
}

function resolveChain(map: ReadonlyMap<string, string>, key: string): string {
  let k = key;
  for (let i = 0; i < 16; i++) {
    const next = map.get(k);
    if (next === undefined || next === k) return k;
    k = next;
  }
  return k;
}

/**
 * Generic keys the documents tie to one entity: "the Iraqi PM" (iraq_prime_minister) is
 * the one person some document titles "Iraqi Prime Minister …"; "the US embassy" is the
 * one known US embassy the corpus names. A generic key two entities claim stays apart.
 */
export function joinGenericKeys(groups: ReadonlyMap<string, EntityGroup>): Map<string, string> {
  const claimers = new Map<string, Set<string>>();
  for (const g of groups.values()) {
    for (const k of g.generics) {
      if (k === g.key || !groups.has(k)) continue;
      const set = claimers.get(k) ?? new Set<string>();
      set.add(g.key);
      claimers.set(k, set);
    }
  }
  const out = new Map<string, string>();
  for (const [generic, set] of claimers) {
    const [only] = set;
    if (set.size === 1 && only !== undefined) out.set(generic, only);
  }
  return out;
}

export function buildEntityTable(groups: ReadonlyMap<string, EntityGroup>, mergers: readonly EntityMerger[]): EntityTable {
  const alias = new Map<string, string>();
  for (const merger of [joinGenericKeys, ...mergers]) {
    for (const [from, to] of merger(groups)) {
      const target = resolveChain(alias, to);
      if (target !== from && groups.has(target) && groups.has(from)) alias.set(from, target);
    }
  }
  const canonical = (key: string): string => resolveChain(alias, key);

  const merged = new Map<string, EntityGroup>();
  for (const g of groups.values()) if (canonical(g.key) === g.key) merged.set(g.key, g);
  for (const g of groups.values()) {
    const k = canonical(g.key);
    const base = merged.get(k);
    if (k !== g.key && base) merged.set(k, mergeGroups(base, g));
  }
  const ordered = [...merged.values()].sort((a, b) => a.order - b.order);
  const ids = new Map<string, string>();
  ordered.forEach((g, i) => ids.set(g.key, `e${i + 1}`));

  const parentKey = new Map<string, string>();
  for (const g of ordered) {
    const p = top(g.partOf);
    if (p === null) continue;
    const pk = canonical(p);
    if (pk !== g.key) parentKey.set(g.key, pk);
  }
  const idOf = (key: string | null | undefined): string | null => (key ? (ids.get(canonical(key)) ?? null) : null);

  const entities: XEntity[] = ordered.map((g) => {
    const name = top(g.names) ?? g.aliases[0] ?? g.key.replace(/^new:/, "");
    return {
      id: ids.get(g.key)!,
      name,
      type: top(g.types) ?? "GROUP",
      aliases: g.aliases.filter((a) => a !== name),
      partOf: idOf(parentKey.get(g.key)),
      country: g.country,
      geo: g.geo,
      mentionCount: g.mentionCount,
      documentCount: g.docs.size,
    };
  });
  const byId = new Map(entities.map((e) => [e.id, e]));
  const byKey = new Map(ordered.map((g) => [g.key, g]));

  return {
    entities,
    canonical,
    idOf,
    ancestors(key) {
      const out: string[] = [];
      let k = parentKey.get(canonical(key));
      while (k !== undefined && !out.includes(k) && out.length < 16) {
        out.push(k);
        k = parentKey.get(k);
      }
      return out;
    },
    typeOf: (key) => {
      const g = byKey.get(canonical(key));
      return g ? top(g.types) : null;
    },
    countryOf: (key) => byKey.get(canonical(key))?.country ?? null,
    nameOfId: (id) => byId.get(id)?.name ?? id,
  };
}
