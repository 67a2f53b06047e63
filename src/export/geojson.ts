import type { Interchange } from "../model/interchange.js";
import { indexExport } from "./event-view.js";

/** Events with a geocoded location as GeoJSON points (RFC 7946: [longitude, latitude]). */
export function renderGeoJson(data: Interchange): string {
  const ix = indexExport(data);
  const features = [];
  for (const e of data.events) {
    const place = ix.entity(e.location);
    if (!place?.geo) continue;
    features.push({
      type: "Feature",
      id: e.id,
      geometry: { type: "Point", coordinates: [place.geo.lon, place.geo.lat] },
      properties: {
        type: e.type,
        mode: e.mode,
        date: e.date,
        datePrecision: e.datePrecision,
        actors: ix.names(e.actors),
        targets: ix.names(e.targets),
        location: place.name,
        fatalitiesMin: e.fatalities?.min ?? null,
        fatalitiesMax: e.fatalities?.max ?? null,
        sources: e.sources.length,
        sentence: ix.bestMention(e)?.text ?? null,
      },
    });
  }
  return JSON.stringify({ type: "FeatureCollection", features }, null, 1) + "\n";
}
