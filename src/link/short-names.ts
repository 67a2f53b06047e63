/**
 * Entity merger: a bare surname or short form of an actor sitrep has not seen before
 * ("new:majd") joins the one longer person name elsewhere in the corpus that ends with
 * it ("new:hooman majd"), when exactly one such person exists. Known actors are never
 * merged with each other.
 */
import type { EntityType } from "../model/analysis.js";
import { top, type EntityGroup } from "./entity-groups.js";

const NOT_PERSON: ReadonlySet<EntityType> = new Set(["PLACE", "COUNTRY", "FACILITY", "GOVERNMENT", "MILITARY"]);

function tokens(name: string): string[] {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s'-]/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
}

function nameTokens(g: EntityGroup): string[] {
  if (g.key.startsWith("new:")) return tokens(g.key.slice(4));
  return tokens(top(g.names) ?? g.key);
}

/** Returns short key → long key for each merge it decides. */
export function mergeShortPersonNames(groups: ReadonlyMap<string, EntityGroup>): Map<string, string> {
  const byLast = new Map<string, EntityGroup[]>();
  for (const g of groups.values()) {
    if (top(g.types) !== "PERSON") continue;
    const t = nameTokens(g);
    if (t.length < 2) continue;
    const last = t[t.length - 1]!;
    const list = byLast.get(last) ?? [];
    list.push(g);
    byLast.set(last, list);
  }
  const out = new Map<string, string>();
  for (const g of groups.values()) {
    if (!g.key.startsWith("new:") || g.known) continue;
    const type = top(g.types);
    if (type && NOT_PERSON.has(type)) continue;
    const short = nameTokens(g);
    if (short.length === 0 || short.length > 2) continue;
    if (type !== "PERSON" && short.length !== 1) continue;
    const candidates = (byLast.get(short[short.length - 1]!) ?? []).filter((c) => {
      if (c.key === g.key) return false;
      const long = nameTokens(c);
      if (long.length <= short.length) return false;
      return short.every((tok, i) => long[long.length - short.length + i] === tok);
    });
    if (candidates.length === 1) out.set(g.key, candidates[0]!.key);
  }
  return out;
}
