import type { Interchange } from "../model/interchange.js";

/** One JSON object per line: each merged event with its entities' names resolved. */
export function renderJsonl(data: Interchange): string {
  const names = new Map(data.entities.map((e) => [e.id, e.name]));
  const disputes = new Map<string, string[]>();
  for (const d of data.discrepancies) disputes.set(d.event, [...(disputes.get(d.event) ?? []), d.attribute]);
  return data.events
    .map((e) =>
      JSON.stringify({
        ...e,
        actorNames: e.actors.map((a) => names.get(a) ?? a),
        targetNames: e.targets.map((t) => names.get(t) ?? t),
        locationName: e.location ? (names.get(e.location) ?? e.location) : null,
        disputedAttributes: disputes.get(e.id) ?? [],
      }),
    )
    .map((line) => line + "\n")
    .join("");
}
