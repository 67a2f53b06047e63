/**
 * Map: an offline world map (Natural Earth country shapes from world-atlas, drawn with
 * d3-geo as SVG; no tiles, no network) with a marker per geocoded event location.
 * A marker opens its event, or lists the events at that place.
 */
import { geoEqualEarth, geoGraticule10, geoMercator, geoPath, type GeoProjection } from "d3-geo";
import type { FeatureCollection, MultiPoint } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import type { EventSummary, PlaceRef } from "../../../src/server/api-types.js";
import { api, eventQuery } from "../api.js";
import { loading, message, section, typeChip } from "../components/bits.js";
import { eventTable } from "../components/event-table.js";
import { filterBar } from "../components/filters.js";
import { clear, h, s } from "../dom.js";
import { ploverStyle } from "../plover.js";
import { go, href, updateParams } from "../router.js";
import type { ViewContext } from "./view.js";

interface Place {
  place: PlaceRef & { geo: { lat: number; lon: number } };
  events: EventSummary[];
}

const topo = world as unknown as Topology<{ countries: GeometryCollection }>;
const countries = feature(topo, topo.objects.countries) as unknown as FeatureCollection;
const borders = mesh(topo, topo.objects.countries, (a, b) => a !== b);

export async function mapView({ route, root, stats }: ViewContext): Promise<() => void> {
  root.append(loading());
  const { events } = await api.events(eventQuery(route.params));
  clear(root);
  root.append(filterBar(route, Object.keys(stats?.eventTypes ?? {})));

  const places = new Map<string, Place>();
  let unplaced = 0;
  for (const e of events) {
    const loc = e.location;
    if (!loc || !loc.geo) {
      unplaced++;
      continue;
    }
    const p = places.get(loc.id) ?? { place: loc as Place["place"], events: [] };
    p.events.push(e);
    places.set(loc.id, p);
  }
  const world = route.params.get("extent") === "world" || places.size === 0;

  const mapBox = h("div", { class: "map-box" });
  const info = h("span", { class: "muted" });
  const side = h("aside", { class: "map-side" });
  root.append(
    h(
      "section",
      { class: "panel" },
      h(
        "div",
        { class: "chart-tools" },
        info,
        h("span", { class: "spacer" }),
        h("button", { type: "button", onclick: () => updateParams(route, { extent: world ? null : "world" }) }, world ? "Fit to events" : "Whole world"),
      ),
      h("div", { class: "map-layout" }, mapBox, side),
    ),
  );
  if (events.length === 0) side.append(message("No events match these filters."));
  else side.append(h("p", { class: "muted" }, "Select a marker to see its events."));

  const draw = () => {
    clear(mapBox);
    const width = Math.max(480, mapBox.clientWidth || 900);
    const height = Math.round(Math.min(620, Math.max(360, width * 0.58)));
    const projection = fit(world ? geoEqualEarth() : geoMercator(), [...places.values()], width, height, world);
    const path = geoPath(projection);
    const svg = s("svg", { class: "map", width, height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "Map of event locations" });
    svg.append(s("path", { d: path({ type: "Sphere" }) ?? "", class: "sphere" }));
    svg.append(s("path", { d: path(geoGraticule10()) ?? "", class: "graticule" }));
    for (const f of countries.features) svg.append(s("path", { d: path(f) ?? "", class: "country" }, s("title", null, String((f.properties as { name?: string } | null)?.name ?? ""))));
    svg.append(s("path", { d: path(borders) ?? "", class: "borders" }));
    const sorted = [...places.values()].sort((a, b) => b.events.length - a.events.length);
    let outside = 0;
    const labelBoxes: [number, number, number, number][] = [];
    const markers = s("g", null);
    const labels = s("g", null);
    for (const p of sorted) {
      const xy = projection([p.place.geo.lon, p.place.geo.lat]);
      if (!xy || xy[0] < 0 || xy[1] < 0 || xy[0] > width || xy[1] > height) {
        outside++;
        continue;
      }
      const [x, y] = xy;
      const r = 4 + Math.sqrt(p.events.length) * 3;
      const top = [...p.events].sort((a, b) => ploverStyle(b.type).weight - ploverStyle(a.type).weight)[0]!;
      const g = s(
        "g",
        { class: "marker", tabindex: 0, role: "button", "data-place": p.place.id, "data-place-name": p.place.name, "aria-label": `${p.place.name}: ${p.events.length} events` },
        s("circle", { cx: x, cy: y, r, fill: ploverStyle(top.type).color }),
        s("title", null, `${p.place.name}: ${p.events.length} event${p.events.length === 1 ? "" : "s"}`),
      );
      const open = () => select(p);
      g.addEventListener("click", open);
      g.addEventListener("keydown", (ev) => {
        if ((ev as KeyboardEvent).key === "Enter") open();
      });
      markers.append(g);
      // Label the busiest places first and skip labels that would overlap one already placed.
      const box: [number, number, number, number] = [x + r + 2, y - 8, x + r + 6 + p.place.name.length * 7, y + 6];
      if (!labelBoxes.some((b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3])) {
        labelBoxes.push(box);
        labels.append(s("text", { x: x + r + 3, y: y + 4, class: "marker-label" }, p.place.name));
      }
    }
    svg.append(markers, labels);
    info.textContent =
      `${places.size} place${places.size === 1 ? "" : "s"} · ${events.length - unplaced} of ${events.length} events have a mapped location` +
      (outside ? ` · ${outside} place${outside === 1 ? "" : "s"} outside this view` : "");
    mapBox.append(svg);
  };

  const select = (p: Place) => {
    if (p.events.length === 1) {
      go(href("event", p.events[0]!.id));
      return;
    }
    clear(side);
    side.append(
      h("h2", null, p.place.name),
      h("p", { class: "small" }, h("a", { href: href("entity", p.place.id) }, "About this place"), " · ", h("a", { href: href("timeline", null, { place: p.place.id }) }, "On the timeline")),
      h(
        "ol",
        { class: "place-events" },
        p.events.map((e) => h("li", null, h("a", { href: href("event", e.id), class: "event-link" }, typeChip(e.type), " ", e.date ?? "undated"), h("div", { class: "small" }, e.headline))),
      ),
    );
  };

  if (unplaced > 0) {
    root.append(section(`Events without a mapped place (${unplaced})`, eventTable(events.filter((e) => !e.location?.geo))));
  }
  draw();
  const onResize = () => draw();
  window.addEventListener("resize", onResize);
  return () => window.removeEventListener("resize", onResize);
}

function fit(projection: GeoProjection, places: Place[], width: number, height: number, world: boolean): GeoProjection {
  const pad = 24;
  if (world || places.length === 0) return projection.fitExtent([[pad, pad], [width - pad, height - pad]], { type: "Sphere" });
  // Centre on where most events are (the event-weighted median) and keep the places
  // near it, so one far-away mention does not zoom the map out to the whole world.
  const centre = [weightedMedian(places.map((p) => [p.place.geo.lon, p.events.length])), weightedMedian(places.map((p) => [p.place.geo.lat, p.events.length]))] as const;
  const near = places.filter((p) => Math.abs(p.place.geo.lon - centre[0]) <= 30 && Math.abs(p.place.geo.lat - centre[1]) <= 20);
  const lons = near.map((p) => p.place.geo.lon);
  const lats = near.map((p) => p.place.geo.lat);
  // At least ~12 degrees across, so one city shows its region, not a street.
  const cx = (Math.min(...lons) + Math.max(...lons)) / 2;
  const cy = (Math.min(...lats) + Math.max(...lats)) / 2;
  const half = Math.max(6, (Math.max(...lons) - Math.min(...lons)) / 2 + 3, (Math.max(...lats) - Math.min(...lats)) / 2 + 3);
  const box: MultiPoint = {
    type: "MultiPoint",
    coordinates: [
      [Math.max(-180, cx - half), Math.max(-80, cy - half)],
      [Math.min(180, cx + half), Math.min(80, cy + half)],
    ],
  };
  return projection.fitExtent([[pad, pad], [width - pad, height - pad]], box);
}

function weightedMedian(values: [number, number][]): number {
  const sorted = [...values].sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((n, [, w]) => n + w, 0);
  let acc = 0;
  for (const [v, w] of sorted) {
    acc += w;
    if (acc >= total / 2) return v;
  }
  return sorted[0]?.[0] ?? 0;
}
