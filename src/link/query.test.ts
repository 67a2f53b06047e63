import { describe, expect, it } from "vitest";
import type { XEvent, XRelation } from "../model/interchange.js";
import { chronological, escalationChain, filterEvents } from "./query.js";

const ev = (id: string, date: string | null, actors: string[] = [], type: XEvent["type"] = "ASSAULT"): XEvent => ({
  id,
  type,
  mode: null,
  date,
  datePrecision: date ? "day" : null,
  actors,
  targets: [],
  location: null,
  fatalities: null,
  sources: [],
  mentions: [],
});
const rel = (from: string, to: string): XRelation => ({ type: "RETALIATION", from, to, evidence: [] });

describe("link queries", () => {
  const events = [ev("v1", "2019-12-29", ["e1"]), ev("v2", "2019-12-27", ["e2"]), ev("v3", null), ev("v4", "2019-12", [], "PROTEST")];
  const entities = [
    { id: "e1", name: "U.S. military", type: "MILITARY" as const, aliases: ["Pentagon"], partOf: null, country: null, geo: null },
    { id: "e2", name: "Kataib Hezbollah", type: "ARMED_GROUP" as const, aliases: ["KH"], partOf: null, country: null, geo: null },
  ];

  it("filters by window (overlap, undated excluded), type and actor alias", () => {
    expect(filterEvents({ events, entities }, { from: "2019-12-28" }).map((e) => e.id)).toEqual(["v1", "v4"]);
    expect(filterEvents({ events, entities }, { to: "2019-12-27" }).map((e) => e.id)).toEqual(["v2", "v4"]);
    expect(filterEvents({ events, entities }, { type: "PROTEST" }).map((e) => e.id)).toEqual(["v4"]);
    expect(filterEvents({ events, entities }, { actor: "pentagon" }).map((e) => e.id)).toEqual(["v1"]);
  });

  it("orders chronologically with undated events last", () => {
    expect(chronological(events).map((e) => e.id)).toEqual(["v4", "v2", "v1", "v3"]);
  });

  it("builds the retaliation chain from the first cause down, cutting cycles", () => {
    const chain = escalationChain({ events, relations: [rel("v1", "v2"), rel("v3", "v1"), rel("v2", "v3")] });
    expect(chain).toHaveLength(1);
    const linear = escalationChain({ events, relations: [rel("v1", "v2"), rel("v3", "v1")] });
    expect(linear.map((n) => n.event)).toEqual(["v2"]);
    expect(linear[0]!.responses[0]!.event).toBe("v1");
    expect(linear[0]!.responses[0]!.responses[0]!.event).toBe("v3");
  });
});
