/**
 * The event list's filters, as the API takes them from the query string: a date range,
 * PLOVER types, an actor (as actor or target), a place, free text and disputed-only.
 */
import type { XEvent } from "../../model/interchange.js";
import type { Indexed } from "../data/indexed.js";
import { highEnd, lowEnd, overlaps } from "./dates.js";

export interface EventFilter {
  from?: string;
  to?: string;
  types?: string[];
  /** An entity id, or text matched against the names and aliases of actors and targets. */
  actor?: string;
  /** An entity id, or text matched against the location's name and aliases. */
  place?: string;
  q?: string;
  disputed?: boolean;
}

export function parseEventFilter(query: (name: string) => string | undefined): EventFilter {
  const f: EventFilter = {};
  const from = query("from")?.trim();
  const to = query("to")?.trim();
  if (from) f.from = lowEnd(from) ?? undefined;
  if (to) f.to = highEnd(to) ?? undefined;
  const type = query("type")?.trim();
  if (type) f.types = type.split(",").map((t) => t.trim().toUpperCase()).filter(Boolean);
  const actor = query("actor")?.trim();
  if (actor) f.actor = actor;
  const place = query("place")?.trim();
  if (place) f.place = place;
  const q = query("q")?.trim();
  if (q) f.q = q;
  const disputed = query("disputed");
  if (disputed === "true" || disputed === "1") f.disputed = true;
  return f;
}

/** True when the date filter values are well-formed (or absent). */
export function validDateBound(value: string | undefined): boolean {
  return value === undefined || value.trim() === "" || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value.trim());
}

export function filterEvents(data: Indexed, f: EventFilter): XEvent[] {
  const q = f.q?.toLowerCase();
  return data.x.events.filter((e) => {
    if (!overlaps(e.date, f.from, f.to)) return false;
    if (f.types && !f.types.includes(e.type)) return false;
    if (f.actor && ![...e.actors, ...e.targets].some((id) => entityMatches(data, id, f.actor!))) return false;
    if (f.place && !(e.location && entityMatches(data, e.location, f.place))) return false;
    if (f.disputed && !(e.disputed ?? (data.discrepanciesOf.get(e.id)?.length ?? 0) > 0)) return false;
    if (q && !eventText(data, e).includes(q)) return false;
    return true;
  });
}

function entityMatches(data: Indexed, id: string, wanted: string): boolean {
  if (id === wanted) return true;
  const e = data.entities.get(id);
  if (!e) return false;
  const w = wanted.toLowerCase();
  return [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(w));
}

function eventText(data: Indexed, e: XEvent): string {
  const names = [...e.actors, ...e.targets, ...(e.location ? [e.location] : [])].map((id) => data.entities.get(id)?.name ?? "");
  return [e.type, e.mode ?? "", ...names, ...e.mentions.map((m) => m.text)].join("\n").toLowerCase();
}

// One collator for every comparison: localeCompare with options builds a new one per
// call, which made sorting a thousand events cost half a second of CPU per request.
const ID_ORDER = new Intl.Collator("en", { numeric: true });

/** Events in date order (undated last), then by id. */
export function byDate(a: XEvent, b: XEvent): number {
  const da = a.date ?? "9999";
  const db = b.date ?? "9999";
  return da < db ? -1 : da > db ? 1 : ID_ORDER.compare(a.id, b.id);
}
