import { describe, expect, it } from "vitest";
import { FixtureDoc } from "./fixture.js";
import { link } from "./index.js";

describe("link: framing per source", () => {
  it("collects the labels each source puts next to an actor and whom it blames for assaults", () => {
    const a = new FixtureDoc("d1", "The Iranian-backed militia Kataib Hezbollah attacked the base. Kataib Hezbollah, an Iraqi paramilitary group, denied it.", {
      outlet: "Paper",
    })
      .entity("kataib_hezbollah", "Kataib Hezbollah", "ARMED_GROUP")
      .mention("kataib_hezbollah", "Kataib Hezbollah");
    a.event({ span: "The Iranian-backed militia Kataib Hezbollah attacked the base.", trigger: "attacked", type: "ASSAULT", actors: ["kataib_hezbollah"] });
    const b = new FixtureDoc("d2", "Iraqi government forces were bombed.", { outlet: "Blog" })
      .entity("pmf", "Popular Mobilization Forces", "ARMED_GROUP")
      .mention("pmf", "Iraqi government forces");
    const c = new FixtureDoc("d3", "Those thugs Kataib Hezbollah again!", { outlet: "Paper", kind: "comment", parent: "d1" })
      .entity("kataib_hezbollah", "Kataib Hezbollah", "ARMED_GROUP")
      .mention("kataib_hezbollah", "Kataib Hezbollah");
    const r = link([a.build(), b.build(), c.build()]);
    const kh = r.entities.find((e) => e.name === "Kataib Hezbollah")!.id;
    const f1 = r.framing.find((f) => f.doc === "d1" && f.entity === kh)!;
    expect(f1.labels).toEqual([
      { text: "Kataib Hezbollah", count: 2 },
      { text: "Iranian-backed militia", count: 1 },
      { text: "Iraqi paramilitary group", count: 1 },
    ]);
    expect(f1.blames).toEqual([kh]);
    expect(r.framing.find((f) => f.doc === "d2")!.labels).toEqual([{ text: "Iraqi government forces", count: 1 }]);
    expect(r.framing.find((f) => f.doc === "d3")!.labels.map((l) => l.text)).toContain("thugs");
    const outlet = r.outletFraming.find((o) => o.outlet === "Paper" && o.entity === kh)!;
    expect(outlet.docs).toEqual(["d1"]);
    expect(outlet.labels.map((l) => l.text)).not.toContain("thugs");
  });

  it("finds no label in a sentence that only names the actor", () => {
    const a = new FixtureDoc("d1", "He said Kataib Hezbollah was responsible.")
      .entity("kataib_hezbollah", "Kataib Hezbollah", "ARMED_GROUP")
      .mention("kataib_hezbollah", "Kataib Hezbollah");
    expect(link([a.build()]).framing[0]!.labels).toEqual([{ text: "Kataib Hezbollah", count: 1 }]);
  });
});
