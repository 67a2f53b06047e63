import { readFileSync } from "node:fs";
import type { EntityType, GeoPoint } from "../../model/analysis.js";
import { diagnostic, type Diagnostic } from "../../model/diagnostic.js";

/** One actor of the knowledge files (data/en/actors/*.json, --actors FILE). */
export interface Actor {
  id: string;
  name: string;
  type: EntityType;
  /** ISO 3166-1 alpha-2, or null. */
  country: string | null;
  aliases: string[];
  /** Names that stand for the actor by metonymy ("Pentagon", "Kremlin"). */
  metonyms: string[];
  /** Adjectives and nouns for its people ("Iranian", "Iraqis"); countries only. */
  demonyms: string[];
  partOf: string | null;
  notes: string;
  geo: GeoPoint | null;
  /** The office whose holder leads it ("defense_minister" for a defence ministry), or null. */
  ledBy: string | null;
  /** Positions a person holds in other actors ("deputy" of "popular_mobilization_forces"). */
  positions: Position[];
  /** The body every country has that this actor is ("military" for the Sudanese Armed Forces), or null. */
  body: string | null;
}

/** A position in an actor: a kind of roles.json roleKinds ("head", "deputy", "spokesperson"). */
export interface Position {
  role: string;
  of: string;
}

const TYPES: ReadonlySet<string> = new Set([
  "PERSON", "ARMED_GROUP", "GOVERNMENT", "MILITARY", "COUNTRY", "ORGANIZATION", "MEDIA", "PLACE", "FACILITY", "GROUP",
]);

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string" && x.trim().length > 0) : [];
}

function positions(v: unknown): Position[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((p: unknown) => {
    const o = (p ?? {}) as Record<string, unknown>;
    const role = str(o.role);
    const of = str(o.of);
    return role && of ? [{ role, of }] : [];
  });
}

function str(v: unknown): string | null {
  return typeof v === "string" && v.trim().length > 0 ? v.trim() : null;
}

/** Checks one parsed actor file; bad entries are skipped with a diagnostic each. */
export function parseActors(data: unknown, source: string): { actors: Actor[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const actors: Actor[] = [];
  if (!Array.isArray(data)) {
    diagnostics.push(diagnostic({ code: "actors-not-array", stage: "entities", message: `Actor file ${source} must hold a JSON array of actors.`, severity: "error" }));
    return { actors, diagnostics };
  }
  data.forEach((raw: unknown, i) => {
    const o = (raw ?? {}) as Record<string, unknown>;
    const id = str(o.id);
    const name = str(o.name);
    const type = str(o.type);
    if (!id || !name || !type || !TYPES.has(type)) {
      diagnostics.push(diagnostic({ code: "actor-invalid", stage: "entities", message: `Actor ${i} in ${source} needs an id, a name and a known type; skipped.` }));
      return;
    }
    const lat = typeof o.lat === "number" ? o.lat : null;
    const lon = typeof o.lon === "number" ? o.lon : null;
    actors.push({
      id,
      name,
      type: type as EntityType,
      country: str(o.country)?.toUpperCase() ?? null,
      aliases: strings(o.aliases),
      metonyms: strings(o.metonyms),
      demonyms: strings(o.demonyms),
      partOf: str(o.partOf),
      notes: str(o.notes) ?? "",
      geo: lat !== null && lon !== null ? { lat, lon } : null,
      ledBy: str(o.ledBy),
      positions: positions(o.positions),
      body: str(o.body),
    });
  });
  return { actors, diagnostics };
}

export function readActorFile(path: string): { actors: Actor[]; diagnostics: Diagnostic[] } {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    const why = e instanceof SyntaxError ? "is not valid JSON" : "cannot be read";
    return {
      actors: [],
      diagnostics: [diagnostic({ code: "actors-unreadable", stage: "entities", message: `Actor file ${path} ${why}; it was ignored.`, severity: "error" })],
    };
  }
  return parseActors(data, path);
}

/** Later actors with the same id add their names to earlier ones and override the rest. */
export function mergeActors(lists: Actor[][]): Actor[] {
  const byId = new Map<string, Actor>();
  for (const list of lists) {
    for (const a of list) {
      const prev = byId.get(a.id);
      if (!prev) {
        byId.set(a.id, a);
        continue;
      }
      byId.set(a.id, {
        ...a,
        aliases: [...new Set([...prev.aliases, ...a.aliases])],
        metonyms: [...new Set([...prev.metonyms, ...a.metonyms])],
        demonyms: [...new Set([...prev.demonyms, ...a.demonyms])],
        country: a.country ?? prev.country,
        partOf: a.partOf ?? prev.partOf,
        geo: a.geo ?? prev.geo,
        ledBy: a.ledBy ?? prev.ledBy,
        body: a.body ?? prev.body,
        positions: [...prev.positions, ...a.positions.filter((p) => !prev.positions.some((q) => q.role === p.role && q.of === p.of))],
        notes: a.notes || prev.notes,
      });
    }
  }
  return [...byId.values()];
}
