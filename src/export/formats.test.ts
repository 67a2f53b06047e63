import { parse as parseCsv } from "csv-parse/sync";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { Interchange } from "../model/interchange.js";
import { CSV_COLUMNS } from "./csv.js";
import { EXPORT_FORMATS, renderExport } from "./formats.js";

const HOSTILE = `=HYPERLINK("http://x") <script>alert(1)</script> & "quoted", comma\nnew line \u0001`;

function fixture(): Interchange {
  return {
    version: 1,
    documents: [
      { id: "d1", source: "a.txt", outlet: "Outlet, Inc.", title: HOSTILE, published: "2020-01-02", kind: "article", parent: null, author: null, text: `Strike. ${HOSTILE}` },
      { id: "d2", source: "b.txt", outlet: null, title: null, published: "2020-01-03", kind: "article", parent: null, author: null, text: "Another report." },
    ],
    entities: [
      { id: "e1", name: "Air Force", type: "MILITARY", aliases: [], partOf: "e3", country: "US", geo: null },
      { id: "e2", name: `Group ${HOSTILE}`, type: "ARMED_GROUP", aliases: [], partOf: null, country: "IQ", geo: null },
      { id: "e3", name: "US military", type: "MILITARY", aliases: [], partOf: null, country: "US", geo: null },
      { id: "e4", name: "Baghdad", type: "PLACE", aliases: [], partOf: null, country: "IQ", geo: { lat: 33.34, lon: 44.4 } },
    ],
    mentions: [],
    timeExpressions: [],
    events: [
      {
        id: "v1", type: "ASSAULT", mode: "airstrike", date: "2019-12-29", datePrecision: "day",
        actors: ["e1"], targets: ["e2"], location: "e4", fatalities: { min: 25, max: 32 }, sources: ["d1", "d2"],
        mentions: [
          { doc: "d1", start: 0, end: 7, text: "Strike.", dateText: null, fatalities: 32, assertedBy: null, modality: "asserted" },
          { doc: "d2", start: 0, end: 15, text: "Another report.", dateText: null, fatalities: 25, assertedBy: null, modality: "asserted" },
        ],
      },
      {
        id: "v2", type: "PROTEST", mode: "embassy siege", date: "2019-12-31/2020-01-01", datePrecision: "interval",
        actors: ["e2"], targets: ["e3"], location: null, fatalities: null, sources: ["d1"],
        mentions: [{ doc: "d1", start: 8, end: 8 + HOSTILE.length, text: HOSTILE, dateText: null, fatalities: null, assertedBy: null, modality: "alleged" }],
      },
    ],
    relations: [],
    discrepancies: [{ event: "v1", attribute: "fatalities", values: [{ doc: "d1", value: 32, start: 0, end: 7 }, { doc: "d2", value: 25, start: 0, end: 15 }] }],
    claims: [],
  };
}

describe("export formats", () => {
  it("lists every format the CLI offers", () => {
    expect(EXPORT_FORMATS).toEqual(["json", "csv", "jsonl", "geojson", "graphml", "timelinejs"]);
  });

  it("json round-trips exactly", () => {
    expect(JSON.parse(renderExport("json", fixture()))).toEqual(fixture());
  });

  it("csv parses with a real CSV parser, one row per event, ACLED columns, hostile text kept inert", () => {
    const rows = parseCsv(renderExport("csv", fixture()), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => r.event_id)).toEqual(["v1", "v2"]);
    expect(rows[0]).toMatchObject({
      event_date: "2019-12-29", event_type: "Explosions/Remote violence", sub_event_type: "Air/drone strike",
      actor1: "Air Force", location: "Baghdad", latitude: "33.34", longitude: "44.4", fatalities: "25", fatalities_range: "25-32", disputed: "yes",
    });
    expect(rows[1]!.actor1?.startsWith("Group =HYPERLINK")).toBe(true);
    expect(rows[1]!.notes?.startsWith("'=")).toBe(true);
  });

  it("jsonl has one parseable event per line", () => {
    const lines = renderExport("jsonl", fixture()).trimEnd().split("\n");
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(["v1", "v2"]);
    expect((JSON.parse(lines[0]!) as { disputedAttributes: string[] }).disputedAttributes).toEqual(["fatalities"]);
  });

  it("geojson holds only geocoded events as [lon, lat] points", () => {
    const g = JSON.parse(renderExport("geojson", fixture())) as { type: string; features: { id: string; geometry: { coordinates: number[] } }[] };
    expect(g.type).toBe("FeatureCollection");
    expect(g.features.map((f) => f.id)).toEqual(["v1"]);
    expect(g.features[0]!.geometry.coordinates).toEqual([44.4, 33.34]);
  });

  it("graphml is well-formed XML with weighted actor edges and partOf edges", () => {
    const xml = renderExport("graphml", fixture());
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
      graphml: { graph: { node: { "@_id": string }[]; edge: { "@_source": string; "@_target": string }[] } };
    };
    expect(doc.graphml.graph.node.map((n) => n["@_id"]).sort()).toEqual(["e1", "e2", "e3"]);
    const edges = doc.graphml.graph.edge.map((e) => `${e["@_source"]}>${e["@_target"]}`).sort();
    expect(edges).toEqual(["e1>e2", "e1>e3", "e2>e3"]);
  });

  it("timelinejs has a slide per dated event with escaped text", () => {
    const t = JSON.parse(renderExport("timelinejs", fixture())) as { events: { unique_id: string; start_date: object; end_date?: object; text: { text: string } }[] };
    expect(t.events.map((e) => e.unique_id)).toEqual(["v1", "v2"]);
    expect(t.events[1]!.start_date).toEqual({ year: 2019, month: 12, day: 31 });
    expect(t.events[1]!.end_date).toEqual({ year: 2020, month: 1, day: 1 });
    expect(t.events[1]!.text.text).not.toContain("<script>");
  });
});
