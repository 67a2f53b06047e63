import { describe, expect, it } from "vitest";
import { FixtureDoc } from "./fixture.js";
import { link } from "./index.js";

function setup(d: FixtureDoc): FixtureDoc {
  for (const [key, name, type] of [
    ["kataib_hezbollah", "Kataib Hezbollah", "ARMED_GROUP"],
    ["us_military", "U.S. military", "MILITARY"],
    ["us_contractor", "American contractor", "PERSON"],
    ["pentagon", "Pentagon", "GOVERNMENT"],
  ] as const) {
    if (!d.text.includes(name)) continue;
    d.entity(key, name, type).mention(key, name);
  }
  return d;
}

describe("link: relations across documents", () => {
  it("maps 'X in retaliation for Y' in one document onto the event another document describes", () => {
    const a = setup(
      new FixtureDoc(
        "d1",
        "The U.S. military bombed Kataib Hezbollah on Sunday in retaliation for a rocket attack on Friday that killed an American contractor, the Pentagon said.",
        { published: "2019-12-30" },
      ),
    );
    const strike = a.event({ span: "The U.S. military bombed Kataib Hezbollah on Sunday", trigger: "bombed", type: "ASSAULT", mode: "airstrike", actors: ["us_military"], targets: ["kataib_hezbollah"], date: "2019-12-29" });
    const rocket = a.event({ span: "a rocket attack on Friday that killed an American contractor", trigger: "attack", type: "ASSAULT", mode: "rocket attack", targets: ["us_contractor"], date: "2019-12-27", fatalities: 1, anaphoric: true });
    a.relation(strike, rocket, "in retaliation for", "in retaliation for a rocket attack on Friday", "pentagon");
    a.claim(a.text, "pentagon", "said", strike);

    const b = setup(
      new FixtureDoc("d2", "On December 27 Kataib Hezbollah fired thirty rockets at a base near Kirkuk, killing an American contractor and wounding four soldiers.", {
        published: "2019-12-28",
      }),
    );
    b.event({ span: b.text, trigger: "fired", type: "ASSAULT", mode: "rocket attack", actors: ["kataib_hezbollah"], targets: ["us_contractor"], date: "2019-12-27", fatalities: 1, injuries: 4 });

    const r = link([b.build(), a.build()]);
    expect(r.events).toHaveLength(2);
    const rocketEvent = r.events.find((e) => e.mode === "rocket attack")!;
    const strikeEvent = r.events.find((e) => e.mode === "airstrike")!;
    expect(rocketEvent.sources).toEqual(["d2", "d1"]);
    expect(r.relations).toHaveLength(1);
    const rel = r.relations[0]!;
    expect([rel.type, rel.from, rel.to]).toEqual(["RETALIATION", strikeEvent.id, rocketEvent.id]);
    const pentagon = r.entities.find((e) => e.name === "Pentagon")!.id;
    expect(rel.evidence).toEqual([
      { doc: "d1", start: a.find("in retaliation"), end: a.find("in retaliation") + 44, text: "in retaliation for a rocket attack on Friday", assertedBy: pentagon, cue: "in retaliation for" },
    ]);
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]!.speaker).toBe(pentagon);
    expect(r.claims[0]!.event).toBe(strikeEvent.id);
  });

  it("accumulates evidence of the same link from several documents and drops links inside one event", () => {
    const docs = ["d1", "d2"].map((id) => {
      const d = setup(new FixtureDoc(id, "The U.S. military bombed Kataib Hezbollah on Sunday in reprisal for the rocket attack on Friday.", { published: "2019-12-30" }));
      const s = d.event({ span: "The U.S. military bombed Kataib Hezbollah on Sunday", trigger: "bombed", type: "ASSAULT", mode: "airstrike", actors: ["us_military"], targets: ["kataib_hezbollah"], date: "2019-12-29" });
      const t = d.event({ span: "the rocket attack on Friday", trigger: "attack", type: "ASSAULT", mode: "rocket attack", date: "2019-12-27", anaphoric: true });
      d.relation(s, t, "in reprisal for", "in reprisal for");
      d.relation(s, s, "in reprisal for", "in reprisal for");
      return d.build();
    });
    const r = link(docs);
    expect(r.relations).toHaveLength(1);
    expect(r.relations[0]!.evidence.map((e) => e.doc)).toEqual(["d1", "d2"]);
  });

  it("folds a plain cause into the retaliation another source states between the same two events", () => {
    const text = "The U.S. military bombed Kataib Hezbollah on Sunday in reprisal for the rocket attack on Friday.";
    const a = setup(new FixtureDoc("d1", text, { published: "2019-12-30" }));
    const s = a.event({ span: "The U.S. military bombed Kataib Hezbollah on Sunday", trigger: "bombed", type: "ASSAULT", mode: "airstrike", actors: ["us_military"], targets: ["kataib_hezbollah"], date: "2019-12-29" });
    const t = a.event({ span: "the rocket attack on Friday", trigger: "attack", type: "ASSAULT", mode: "rocket attack", date: "2019-12-27", anaphoric: true });
    a.relation(s, t, "in reprisal for", "in reprisal for");
    const b = setup(new FixtureDoc("d2", "The U.S. military bombed Kataib Hezbollah on Sunday, two days after the rocket attack on Friday.", { published: "2019-12-30" }));
    const s2 = b.event({ span: "The U.S. military bombed Kataib Hezbollah on Sunday", trigger: "bombed", type: "ASSAULT", mode: "airstrike", actors: ["us_military"], targets: ["kataib_hezbollah"], date: "2019-12-29" });
    const t2 = b.event({ span: "the rocket attack on Friday", trigger: "attack", type: "ASSAULT", mode: "rocket attack", date: "2019-12-27", anaphoric: true });
    b.relation(s2, t2, "days after", "two days after", null, "CAUSE");
    const r = link([a.build(), b.build()]);
    expect(r.relations.map((x) => x.type)).toEqual(["RETALIATION"]);
    expect(r.relations[0]!.evidence.map((e) => e.cue)).toEqual(["in reprisal for", "days after"]);
  });
});
