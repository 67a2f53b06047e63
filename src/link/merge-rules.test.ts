import { describe, expect, it } from "vitest";
import { FixtureDoc } from "./fixture.js";
import { link } from "./index.js";
import { loadModeFamilies } from "./en/modes.js";
import type { LinkResult } from "./types.js";

/** Actors of a crisis in the Red Sea, registered wherever they occur in a fixture's text. */
function actors(d: FixtureDoc): FixtureDoc {
  const known: [string, string, "ARMED_GROUP" | "COUNTRY" | "MILITARY" | "PLACE" | "FACILITY" | "PERSON", string | null, string | null][] = [
    ["houthis", "Houthis", "ARMED_GROUP", null, "YE"],
    ["abdul_malik", "Abdul-Malik al-Houthi", "PERSON", null, "YE"],
    ["biden", "Biden", "PERSON", null, "US"],
    ["us_navy", "U.S. Navy", "MILITARY", null, "US"],
    ["united_states", "United States", "COUNTRY", null, "US"],
    ["hodeidah", "Hodeidah", "PLACE", null, "YE"],
    ["saudi_arabia", "Saudi Arabia", "COUNTRY", null, "SA"],
    ["abqaiq", "Abqaiq", "FACILITY", null, "SA"],
  ];
  for (const [key, name, type, partOf, country] of known) {
    if (!d.text.includes(name)) continue;
    d.entity(key, name, type, { partOf, country });
    d.mention(key, name);
  }
  return d;
}

const eventsOf = (r: LinkResult, doc: string) => r.events.filter((e) => e.mentions.some((m) => m.doc === doc));

describe("mode families", () => {
  it("reads families from mode and weapon words", () => {
    const families = loadModeFamilies();
    expect(families("airstrike", null)).toEqual(["air"]);
    expect(families(null, "F-15E fighter planes")).toEqual(["air"]);
    expect(families("rocket attack", "107mm rockets")).toEqual(["indirect"]);
    expect(families(null, "missiles")).toEqual(["air", "indirect"]);
    expect(families(null, null)).toEqual([]);
  });

  it("a shoot-down is a family of its own, and the jet it downed is no means of it", () => {
    const families = loadModeFamilies();
    expect(families("shoot-down", "F-16 jet")).toEqual(["shoot-down"]);
    const a = actors(new FixtureDoc("d1", "On Tuesday Indian warplanes struck a camp in Hodeidah. On Tuesday Indian jets were shot down over Hodeidah.", { published: "2024-01-16" }));
    a.event({ span: "On Tuesday Indian warplanes struck a camp in Hodeidah.", trigger: "struck", type: "ASSAULT", weapon: "warplanes", actors: ["us_navy"], location: "hodeidah", date: "2024-01-16" });
    a.event({ span: "On Tuesday Indian jets were shot down over Hodeidah.", trigger: "shot down", type: "ASSAULT", mode: "shoot-down", weapon: "jets", targets: ["us_navy"], location: "hodeidah", date: "2024-01-16" });
    expect(link([a.build()]).events.map((e) => e.mode)).toEqual([null, "shoot-down"]);
  });

  it("keeps a curfew and the dispersal of a crowd told side by side apart, and arrests apart from both", () => {
    const families = loadModeFamilies();
    expect(families("crowd control", "tear gas")).toEqual(["dispersal"]);
    const text = "Saudi Arabia imposed a curfew in Hodeidah on Saturday. Police fired tear gas at protesters in Hodeidah on Friday. Police arrested dozens in Hodeidah.";
    const a = actors(new FixtureDoc("d1", text, { published: "2024-07-20" }));
    a.event({ span: "Saudi Arabia imposed a curfew in Hodeidah on Saturday.", trigger: "imposed a curfew", type: "COERCE", mode: "restriction", actors: ["saudi_arabia"], location: "hodeidah", date: "2024-07-20" });
    a.event({ span: "Police fired tear gas at protesters in Hodeidah on Friday.", trigger: "tear gas", type: "COERCE", mode: "crowd control", weapon: "tear gas", location: "hodeidah", date: "2024-07-19" });
    a.event({ span: "Police arrested dozens in Hodeidah.", trigger: "arrested", type: "COERCE", mode: "arrest", location: "hodeidah" });
    expect(link([a.build()]).events.map((e) => e.mode)).toEqual(["restriction", "crowd control", "arrest"]);
  });

  it("keeps a deployment, an alert and a patrol told side by side apart", () => {
    const families = loadModeFamilies();
    expect(families("troop deployment", null)).toEqual(["deployment"]);
    expect(families("terrorist designation", null)).toEqual(["designation"]);
    const a = actors(new FixtureDoc("d1", "The U.S. Navy sent a battalion to Hodeidah. It put 4,000 sailors on alert. It flew patrols over Hodeidah.", { published: "2024-01-16" }));
    a.event({ span: "The U.S. Navy sent a battalion to Hodeidah.", trigger: "sent", type: "MOBILIZE", mode: "troop deployment", actors: ["us_navy"], location: "hodeidah" });
    a.event({ span: "It put 4,000 sailors on alert.", trigger: "put", type: "MOBILIZE", mode: "alert", actors: ["us_navy"] });
    a.event({ span: "It flew patrols over Hodeidah.", trigger: "patrols", type: "MOBILIZE", mode: "patrol", actors: ["us_navy"], location: "hodeidah" });
    expect(link([a.build()]).events.map((e) => e.mode)).toEqual(["troop deployment", "alert", "patrol"]);
  });

  it("never merges a rocket attack with an airstrike of the same day and participants", () => {
    const a = actors(new FixtureDoc("d1", "On Monday the Houthis fired rockets at the U.S. Navy near Hodeidah.", { published: "2024-01-16" }));
    a.event({ span: a.text, trigger: "fired", type: "ASSAULT", mode: "rocket attack", actors: ["houthis"], targets: ["us_navy"], location: "hodeidah", date: "2024-01-15" });
    const b = actors(new FixtureDoc("d2", "On Monday the U.S. Navy carried out an airstrike on the Houthis near Hodeidah.", { published: "2024-01-16" }));
    b.event({ span: b.text, trigger: "airstrike", type: "ASSAULT", mode: "airstrike", actors: ["us_navy"], targets: ["houthis"], location: "hodeidah", date: "2024-01-15" });
    const c = actors(new FixtureDoc("d3", "A rocket attack near Hodeidah on Monday hit the U.S. Navy.", { published: "2024-01-16" }));
    c.event({ span: c.text, trigger: "rocket attack", type: "ASSAULT", mode: "rocket attack", targets: ["us_navy"], location: "hodeidah", date: "2024-01-15" });
    const r = link([a.build(), b.build(), c.build()]);
    expect(r.events).toHaveLength(2);
    expect(eventsOf(r, "d3")[0]!.sources).toEqual(["d1", "d3"]);
  });

  it("reads an offensive as carried out by every means: its headline joins the shelling that opened it, an invasion stays apart from an airstrike", () => {
    const families = loadModeFamilies();
    expect(families("offensive", null)).toEqual([]);
    expect(families("invasion", null)).toEqual(["ground"]);
    const a = actors(new FixtureDoc("d1", "Saudi Arabia launches offensive near Hodeidah\n\nOn Monday Saudi Arabia began shelling Houthi positions near Hodeidah.", { published: "2024-01-16" }));
    a.event({ span: "Saudi Arabia launches offensive near Hodeidah", trigger: "offensive", type: "FIGHT", mode: "offensive", actors: ["saudi_arabia"], location: "hodeidah" });
    a.event({ span: "On Monday Saudi Arabia began shelling Houthi positions near Hodeidah.", trigger: "shelling", type: "FIGHT", mode: "shelling", actors: ["saudi_arabia"], targets: ["houthis"], location: "hodeidah", date: "2024-01-15" });
    expect(link([a.build()]).events).toHaveLength(1);
  });

  it("merges an undated 'bombed' report with a dated airstrike by the same actor (one family of means)", () => {
    const a = actors(new FixtureDoc("d1", "The U.S. Navy struck Houthis near Hodeidah in airstrikes on Monday.", { published: "2024-01-16" }));
    a.event({ span: a.text, trigger: "airstrikes", type: "ASSAULT", mode: "airstrike", actors: ["us_navy"], targets: ["houthis"], date: "2024-01-15", fatalities: 5 });
    const b = actors(new FixtureDoc("d2", "The United States bombed five sites. Some 7 people died.", { published: "2024-01-18" }));
    b.event({ span: "The United States bombed five sites.", trigger: "bombed", type: "ASSAULT", mode: "bombing", actors: ["united_states"], fatalities: 7 });
    const r = link([a.build(), b.build()]);
    expect(r.events).toHaveLength(1);
    expect(r.discrepancies.find((d) => d.attribute === "fatalities")?.values.map((v) => v.value)).toEqual([5, 7]);
  });
});

describe("details and discourse", () => {
  it("merges reports two days apart that name the same victims, and records the date dispute", () => {
    const a = actors(new FixtureDoc("d1", "On Friday rockets hit Abqaiq and killed one Saudi Arabia engineer.", { published: "2024-01-14" }));
    a.event({ span: a.text, trigger: "hit", type: "ASSAULT", mode: "rocket attack", targets: ["saudi_arabia"], location: "abqaiq", date: "2024-01-12", fatalities: 1, victim: "engineer" });
    const b = actors(new FixtureDoc("d2", "When on January 14 missiles hit Abqaiq and killed a Saudi Arabia engineer, nobody reacted.", { published: "2024-01-16" }));
    b.event({ span: b.text, trigger: "hit", type: "ASSAULT", weapon: "missiles", targets: ["saudi_arabia"], date: "2024-01-14", fatalities: 1, victim: "engineer" });
    const r = link([a.build(), b.build()]);
    expect(r.events).toHaveLength(1);
    expect(r.discrepancies.find((d) => d.attribute === "date")?.values.map((v) => v.value)).toEqual(["2024-01-12", "2024-01-14"]);
  });

  it("finds a situation stated over years from an undated report in its middle", () => {
    const a = actors(new FixtureDoc("d1", "Saudi Arabia has kept its blockade of the Houthis for years.", { published: "2020-01-03" }));
    a.event({ span: a.text, trigger: "blockade", type: "SANCTION", mode: "sanctions", actors: ["saudi_arabia"], targets: ["houthis"], date: "2017-01-03/2020-01-03", dateText: "for years", dateSource: "text" });
    const b = actors(new FixtureDoc("d2", "The Saudi Arabia blockade of the Houthis is biting.", { published: "2018-06-15" }));
    b.event({ span: b.text, trigger: "blockade", type: "SANCTION", mode: "sanctions", actors: ["saudi_arabia"], targets: ["houthis"] });
    const r = link([a.build(), b.build()]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.sources.sort()).toEqual(["d1", "d2"]);
  });

  it("keeps reports with tolls an order of magnitude apart apart, however much else they share", () => {
    const a = actors(new FixtureDoc("d1", "On Friday Houthis hit the U.S. Navy at Hodeidah and killed 25.", { published: "2024-01-14" }));
    a.event({ span: a.text, trigger: "hit", type: "ASSAULT", actors: ["houthis"], targets: ["us_navy"], location: "hodeidah", date: "2024-01-12", fatalities: 25 });
    const b = actors(new FixtureDoc("d2", "On Friday Houthis hit the U.S. Navy at Hodeidah and killed 32.", { published: "2024-01-14" }));
    b.event({ span: b.text, trigger: "hit", type: "ASSAULT", actors: ["houthis"], targets: ["us_navy"], location: "hodeidah", date: "2024-01-12", fatalities: 32 });
    const c = actors(new FixtureDoc("d3", "On Friday Houthis hit the U.S. Navy at Hodeidah and killed 500.", { published: "2024-01-14" }));
    c.event({ span: c.text, trigger: "hit", type: "ASSAULT", actors: ["houthis"], targets: ["us_navy"], location: "hodeidah", date: "2024-01-12", fatalities: 500 });
    const r = link([a.build(), b.build(), c.build()]);
    expect(r.events.map((e) => e.fatalities)).toEqual([{ min: 25, max: 32 }, { min: 500, max: 500 }]);
  });

  it("a report that nobody was killed joins the act another source gives a large toll, and the tolls are disputed", () => {
    const a = actors(new FixtureDoc("d1", "On Friday Houthis hit the U.S. Navy at Hodeidah and killed 300.", { published: "2024-01-14" }));
    a.event({ span: a.text, trigger: "hit", type: "ASSAULT", actors: ["houthis"], targets: ["us_navy"], location: "hodeidah", date: "2024-01-12", fatalities: 300 });
    const b = actors(new FixtureDoc("d2", "On Friday Houthis hit the U.S. Navy at Hodeidah; nobody was killed.", { published: "2024-01-14" }));
    b.event({ span: b.text, trigger: "hit", type: "ASSAULT", actors: ["houthis"], targets: ["us_navy"], location: "hodeidah", date: "2024-01-12", fatalities: 0 });
    const r = link([a.build(), b.build()]);
    expect(r.events.map((e) => e.fatalities)).toEqual([{ min: 0, max: 300 }]);
    expect(r.discrepancies.find((d) => d.attribute === "fatalities")?.values.map((v) => v.value).sort()).toEqual([0, 300]);
  });

  it("never merges acts placed in towns of different countries, however near their reports stand", () => {
    const text = "Explosions were heard at Abqaiq on Friday. The strike came after the bombing of a consulate in Hodeidah, which killed six.";
    const d = actors(new FixtureDoc("d1", text, { published: "2024-04-20" }));
    d.event({ span: "Explosions were heard at Abqaiq on Friday.", trigger: "Explosions", type: "ASSAULT", mode: "explosion", location: "abqaiq", date: "2024-04-19", dateText: "on Friday", dateSource: "text" });
    d.event({ span: "the bombing of a consulate in Hodeidah, which killed six.", trigger: "bombing", type: "ASSAULT", mode: "bombing", location: "hodeidah", fatalities: 6, anaphoric: true });
    expect(link([d.build()]).events).toHaveLength(2);
  });

  it("joins a report naming the site struck to the event told of that site", () => {
    const a = actors(new FixtureDoc("d1", "On Friday a strike hit a depot at Abqaiq. On Friday a strike hit the consulate at Hodeidah.", { published: "2024-01-14" }));
    a.event({ span: "On Friday a strike hit a depot at Abqaiq.", trigger: "strike", type: "ASSAULT", location: "abqaiq", date: "2024-01-12", dateText: "On Friday", dateSource: "text" });
    a.event({ span: "On Friday a strike hit the consulate at Hodeidah.", trigger: "strike", type: "ASSAULT", location: "hodeidah", date: "2024-01-12", dateText: "On Friday", dateSource: "text" });
    const b = actors(new FixtureDoc("d2", "Houthis say 16 died in the consulate strike.", { published: "2024-01-14" }));
    b.event({ span: "16 died in the consulate strike", trigger: "strike", type: "ASSAULT", fatalities: 16, anaphoric: true });
    const r = link([a.build(), b.build()]);
    const withToll = r.events.find((e) => e.mentions.some((m) => m.doc === "d2"));
    expect(withToll?.mentions.map((m) => m.text)).toContain("On Friday a strike hit the consulate at Hodeidah.");
  });

  it("keeps the two-days-apart reports apart when nothing but the target links them", () => {
    const a = actors(new FixtureDoc("d1", "On Friday rockets hit Abqaiq and killed one Saudi Arabia engineer.", { published: "2024-01-14" }));
    a.event({ span: a.text, trigger: "hit", type: "ASSAULT", mode: "rocket attack", targets: ["saudi_arabia"], date: "2024-01-12", fatalities: 1, victim: "engineer" });
    const b = actors(new FixtureDoc("d2", "On January 14 missiles hit Saudi Arabia and killed five guards.", { published: "2024-01-16" }));
    b.event({ span: b.text, trigger: "hit", type: "ASSAULT", weapon: "missiles", targets: ["saudi_arabia"], date: "2024-01-14", fatalities: 5, victim: "guard" });
    expect(link([a.build(), b.build()]).events).toHaveLength(2);
  });

  it("places an undated report with the news of its own document, not with a months-old event", () => {
    const d = actors(new FixtureDoc(
      "d1",
      "Houthis Killed 3 in Rocket Attack. In March a rocket attack on Abqaiq killed one guard of Saudi Arabia. Yesterday the Houthis hit Hodeidah port with rockets.",
      { published: "2024-06-12" },
    ));
    d.event({ span: "Houthis Killed 3 in Rocket Attack.", trigger: "Rocket Attack", type: "ASSAULT", mode: "rocket attack", actors: ["houthis"], fatalities: 3 });
    d.event({ span: "In March a rocket attack on Abqaiq killed one guard of Saudi Arabia.", trigger: "rocket attack", type: "ASSAULT", mode: "rocket attack", actors: ["houthis"], targets: ["saudi_arabia"], date: "2024-03", datePrecision: "month", fatalities: 1 });
    d.event({ span: "Yesterday the Houthis hit Hodeidah port with rockets.", trigger: "hit", type: "ASSAULT", mode: "rocket attack", actors: ["houthis"], location: "hodeidah", date: "2024-06-11" });
    const r = link([d.build()]);
    const title = r.events.find((e) => e.mentions.some((m) => m.text.startsWith("Houthis Killed")))!;
    expect(title.date).toBe("2024-06-11");
    expect(title.numMentions).toBe(2);
  });

  it("keeps a report marked as one more of its kind ('also') apart from its document's earlier event", () => {
    const d = actors(new FixtureDoc("d1", "In June there were explosions at Abqaiq. There were also drone attacks on Abqaiq.", { published: "2024-07-01" }));
    d.event({ span: "In June there were explosions at Abqaiq.", trigger: "explosions", type: "ASSAULT", mode: "explosive attack", targets: ["abqaiq"], date: "2024-06", datePrecision: "month" });
    d.event({ span: "There were also drone attacks on Abqaiq.", trigger: "drone attacks", type: "ASSAULT", mode: "drone strike", targets: ["abqaiq"], date: "2024-06", datePrecision: "month", distinct: true });
    expect(link([d.build()]).events).toHaveLength(2);
  });

  it("places a cause told in passing in the event another source gives as the cause of the same response", () => {
    const docs = (chain: boolean) => {
      const text = "On December 20 the U.S. Navy struck the Houthis. On Sunday the U.S. Navy struck Hodeidah. On Tuesday the Houthis attacked Abqaiq in retaliation.";
      const a = actors(new FixtureDoc("d1", text, { published: "2019-12-31" }));
      const earlier = a.event({ span: "On December 20 the U.S. Navy struck the Houthis.", trigger: "struck", type: "ASSAULT", mode: "airstrike", actors: ["us_navy"], targets: ["houthis"], date: "2019-12-20" });
      a.event({ span: "On Sunday the U.S. Navy struck Hodeidah.", trigger: "struck", type: "ASSAULT", mode: "airstrike", actors: ["us_navy"], location: "hodeidah", date: "2019-12-29" });
      const attack = a.event({ span: "On Tuesday the Houthis attacked Abqaiq in retaliation.", trigger: "attacked", type: "ASSAULT", mode: "drone strike", actors: ["houthis"], targets: ["abqaiq"], date: "2019-12-31" });
      if (chain) a.relation(attack, earlier, "in retaliation", "in retaliation");
      const b = actors(new FixtureDoc("d2", "The Houthis attacked Abqaiq on Tuesday, itself in retaliation for strikes by the U.S. Navy.", { published: "2020-01-01" }));
      const attack2 = b.event({ span: "The Houthis attacked Abqaiq on Tuesday", trigger: "attacked", type: "ASSAULT", mode: "drone strike", actors: ["houthis"], targets: ["abqaiq"], date: "2019-12-31" });
      const cause = b.event({ span: "strikes by the U.S. Navy", trigger: "strikes", type: "ASSAULT", actors: ["us_navy"] });
      b.relation(attack2, cause, "in retaliation for", "in retaliation for");
      return [a.build(), b.build()];
    };
    const causeEvent = (chain: boolean) => link(docs(chain)).events.find((e) => e.mentions.some((m) => m.text === "strikes by the U.S. Navy"));
    expect(causeEvent(true)?.date).toBe("2019-12-20");
    // with no source naming that cause, it is no better than the nearer strike
    expect(causeEvent(false)?.date).not.toBe("2019-12-20");
  });

  it("lets a report marked as one more of its kind mean an event its document told pages before", () => {
    const filler = " Officials met again and again to discuss the matter in detail.".repeat(20);
    const text = `On June 3 Houthi rockets hit Abqaiq, killing two guards.${filler} Last year a Houthi attack on Hodeidah killed one guard, and the navy struck back. This time another Houthi attack, on Abqaiq, killed two guards.`;
    const d = actors(new FixtureDoc("d1", text, { published: "2024-06-04" }));
    d.event({ span: "On June 3 Houthi rockets hit Abqaiq, killing two guards.", trigger: "hit", type: "ASSAULT", actors: ["houthis"], targets: ["abqaiq"], date: "2024-06-03", fatalities: 2 });
    d.event({ span: "Last year a Houthi attack on Hodeidah killed one guard", trigger: "attack", type: "ASSAULT", actors: ["houthis"], location: "hodeidah", date: "2023", datePrecision: "year", fatalities: 1 });
    d.event({ span: "This time another Houthi attack, on Abqaiq, killed two guards.", trigger: "attack", type: "ASSAULT", actors: ["houthis"], targets: ["abqaiq"], fatalities: 2, distinct: true });
    const r = link([d.build()]);
    // "another" sets it apart from last year's attack just told, not from the one of June 3
    const told = r.events.find((e) => e.mentions.some((m) => m.text.startsWith("On June 3")));
    expect(told?.numMentions).toBe(2);
    expect(r.events).toHaveLength(2);
  });

  it("lets a report marked as one more of its kind join the event its document tells only after it", () => {
    const text = "The U.S. Navy struck Hodeidah on Monday. It then followed it up by an attack on Abqaiq. The attack on Abqaiq on Tuesday killed three.";
    const d = actors(new FixtureDoc("d1", text, { published: "2024-07-03" }));
    d.event({ span: "The U.S. Navy struck Hodeidah on Monday.", trigger: "struck", type: "ASSAULT", actors: ["us_navy"], targets: ["hodeidah"], date: "2024-07-01" });
    d.event({ span: "It then followed it up by an attack on Abqaiq.", trigger: "attack", type: "ASSAULT", targets: ["abqaiq"], distinct: true });
    d.event({ span: "The attack on Abqaiq on Tuesday killed three.", trigger: "attack", type: "ASSAULT", targets: ["abqaiq"], date: "2024-07-02", fatalities: 3 });
    const r = link([d.build()]);
    expect(r.events.map((e) => e.numMentions).sort()).toEqual([1, 2]);
    expect(r.events.find((e) => e.numMentions === 2)?.mentions.every((m) => m.text.includes("Abqaiq"))).toBe(true);
  });

  it("meets reports of one day that name a state and its navy differently (blocking by day)", () => {
    const a = actors(new FixtureDoc("d1", "On Monday the U.S. Navy struck the Houthis.", { published: "2024-01-16" }));
    a.event({ span: a.text, trigger: "struck", type: "ASSAULT", mode: "airstrike", actors: ["us_navy"], targets: ["houthis"], date: "2024-01-15" });
    const b = actors(new FixtureDoc("d2", "On Monday the United States carried out airstrikes against the Houthis.", { published: "2024-01-17" }));
    b.event({ span: b.text, trigger: "airstrikes", type: "ASSAULT", mode: "airstrike", actors: ["united_states"], targets: ["houthis"], date: "2024-01-15" });
    expect(link([a.build(), b.build()]).events).toHaveLength(1);
  });

  it("lets an undated campaign report join a series against the same target, never a single-day attack", () => {
    const a = actors(new FixtureDoc("d1", "Since October the Houthis carried out 11 attacks on the U.S. Navy.", { published: "2024-01-02" }));
    a.event({ span: a.text, trigger: "attacks", type: "ASSAULT", actors: ["houthis"], targets: ["us_navy"], date: "2023-10-01/2023-12-31", datePrecision: "interval", count: 11 });
    const b = actors(new FixtureDoc("d2", "A campaign of attacks on the U.S. Navy began. In total some 17 such attacks happened.", { published: "2024-01-03" }));
    b.event({ span: "A campaign of attacks on the U.S. Navy began.", trigger: "attacks", type: "ASSAULT", targets: ["us_navy"] });
    const c = actors(new FixtureDoc("d3", "On December 3 the Houthis attacked the U.S. Navy.", { published: "2023-12-04" }));
    c.event({ span: c.text, trigger: "attacked", type: "ASSAULT", actors: ["houthis"], targets: ["us_navy"], date: "2023-12-03" });
    const r = link([a.build(), b.build(), c.build()]);
    expect(eventsOf(r, "d2")[0]!.sources).toEqual(["d1", "d2"]);
    expect(eventsOf(r, "d3")[0]!.sources).toEqual(["d3"]);
  });
});

describe("a series told back without its target", () => {
  const campaign = (second: string, anaphoric: boolean) => {
    const text = `Since October the Houthis carried out 11 attacks on the U.S. Navy. ${second}`;
    const d = actors(new FixtureDoc("d1", text, { published: "2024-01-02" }));
    d.event({ span: "Since October the Houthis carried out 11 attacks on the U.S. Navy.", trigger: "attacks", type: "ASSAULT", actors: ["houthis"], targets: ["us_navy"], date: "2023-10-01/2023-12-31", datePrecision: "interval", count: 11 });
    d.event({ span: second, trigger: "attacks", type: "ASSAULT", actors: ["houthis"], date: "2023-09-30/2023-12-31", datePrecision: "interval", anaphoric });
    return link([d.build()]).events;
  };

  it("joins a reference back to several attacks by the same attacker ('these low level attacks')", () => {
    expect(campaign("So the Houthis have been carrying out these low level attacks for months.", true)).toHaveLength(1);
  });

  it("keeps apart a report of attacks by the same attacker that names no target and does not refer back", () => {
    expect(campaign("The Houthis have been carrying out attacks for months.", false)).toHaveLength(2);
  });
});

describe("a toll over several days", () => {
  const report = (toll: string, date: string, datePrecision: "day" | "interval") => {
    const text = `On Monday the Houthis fired rockets at the U.S. Navy near Hodeidah. ${toll}`;
    const d = actors(new FixtureDoc("d1", text, { published: "2024-01-17" }));
    d.event({ span: "On Monday the Houthis fired rockets at the U.S. Navy near Hodeidah.", trigger: "fired", type: "ASSAULT", mode: "rocket attack", actors: ["houthis"], targets: ["us_navy"], location: "hodeidah", date: "2024-01-15" });
    d.event({ span: toll, trigger: "killed", type: "ASSAULT", date, datePrecision, fatalities: 40 });
    return link([d.build()]).events;
  };

  it("keeps a toll since Saturday that names no one out of a one-day attack told beside it", () => {
    expect(report("Doctors said 40 people had been killed since Saturday.", "2024-01-13/2024-01-16", "interval")).toHaveLength(2);
  });

  it("still lets a toll of the attack's own day join it", () => {
    expect(report("Doctors said 40 people had been killed on Monday.", "2024-01-15", "day")).toHaveLength(1);
  });
});

describe("series told with the same number", () => {
  it("joins two reports of a series that give it the same telling count, though they name no one in common", () => {
    const docs = (count: number) => {
      const a = actors(new FixtureDoc("d1", "Since October the Houthis carried out 11 attacks on ships.", { published: "2024-01-02" }));
      a.event({ span: a.text, trigger: "attacks", type: "ASSAULT", actors: ["houthis"], date: "2023-10-01/2023-12-31", datePrecision: "interval", count: 11 });
      const text = `Since October our sailors faced ${count} rocket attacks.`;
      const b = actors(new FixtureDoc("d2", text, { published: "2024-01-03" }));
      b.event({ span: text, trigger: "rocket attacks", type: "ASSAULT", mode: "rocket attack", date: "2023-10-01/2024-01-03", datePrecision: "interval", count });
      return [a.build(), b.build()];
    };
    expect(link(docs(11)).events).toHaveLength(1);
    expect(link(docs(9)).events).toHaveLength(2);
  });
});

describe("one attack, a campaign, and the sides of a state", () => {
  it("keeps one attack told as one ('a rocket attack') out of a campaign against the same target", () => {
    const a = actors(new FixtureDoc("d1", "Since October the Houthis carried out 11 attacks on the U.S. Navy.", { published: "2024-01-02" }));
    a.event({ span: a.text, trigger: "attacks", type: "ASSAULT", actors: ["houthis"], targets: ["us_navy"], date: "2023-10-01/2023-12-31", datePrecision: "interval", count: 11 });
    const b = actors(new FixtureDoc("d2", "In December a sailor was killed in a rocket attack on the U.S. Navy.", { published: "2024-01-03" }));
    b.event({ span: b.text, trigger: "rocket attack", type: "ASSAULT", mode: "rocket attack", targets: ["us_navy"], date: "2023-12", fatalities: 1 });
    const r = link([a.build(), b.build()]);
    expect(r.events).toHaveLength(2);
  });

  it("takes a state's government and its navy for one side: the government's strike is no report of an attack on the navy", () => {
    const text = "On Monday missiles hit the U.S. Navy near Hodeidah. The White House bombed Hodeidah the same day.";
    const a = actors(new FixtureDoc("d1", text, { published: "2024-01-16" }));
    a.entity("white_house", "White House", "GOVERNMENT", { country: "US" }).mention("white_house", "White House");
    a.event({ span: "On Monday missiles hit the U.S. Navy near Hodeidah.", trigger: "hit", type: "ASSAULT", weapon: "missiles", targets: ["us_navy"], location: "hodeidah", date: "2024-01-15" });
    a.event({ span: "The White House bombed Hodeidah the same day.", trigger: "bombed", type: "ASSAULT", mode: "bombing", actors: ["white_house"], location: "hodeidah", date: "2024-01-15" });
    expect(link([a.build()]).events).toHaveLength(2);
  });
});

describe("participants on both sides", () => {
  it("does not take an undated report of two sides fighting a third for one side's strike on the other", () => {
    const text = "A U.S. Navy strike near Hodeidah killed the Houthi commander Yahya Saree on Monday. Years ago, the U.S. Navy and the Houthis fought against Somali pirates.";
    const d = actors(new FixtureDoc("d1", text, { published: "2024-01-16" }));
    d.entity("pirates", "Somali pirates", "ARMED_GROUP", { country: "SO" }).mention("pirates", "Somali pirates");
    d.entity("saree", "Yahya Saree", "PERSON", { partOf: "houthis", country: "YE" }).mention("saree", "Yahya Saree");
    d.event({ span: "A U.S. Navy strike near Hodeidah killed the Houthi commander Yahya Saree on Monday.", trigger: "strike", type: "ASSAULT", mode: "airstrike", actors: ["us_navy"], targets: ["saree"], location: "hodeidah", date: "2024-01-15", fatalities: 1 });
    d.event({ span: "the U.S. Navy and the Houthis fought against Somali pirates", trigger: "fought", type: "FIGHT", mode: "armed clashes", actors: ["us_navy", "houthis"], targets: ["pirates"] });
    expect(link([d.build()]).events).toHaveLength(2);
  });
});

describe("an official and the state he speaks for", () => {
  const statement = (first: string, firstActor: string) => {
    const text = `“${first} will not tolerate attacks on our ships,” Austin said. “All options are on the table,” he added.`;
    const d = actors(new FixtureDoc("d1", text, { published: "2024-01-16" }));
    d.entity("pentagon", "Pentagon", "GOVERNMENT", { country: "US" });
    d.entity("austin", "Austin", "PERSON", { partOf: "pentagon", country: "US" }).mention("austin", "Austin");
    d.event({ span: `${first} will not tolerate attacks on our ships`, trigger: "not tolerate", type: "THREATEN", mode: "threat", actors: [firstActor], assertedBy: "austin" });
    d.event({ span: "All options are on the table", trigger: "All options are on the table", type: "THREATEN", mode: "threat", actors: ["austin"], assertedBy: "austin" });
    return link([d.build()]).events.filter((e) => e.type === "THREATEN");
  };

  it("takes a minister's warning and his state's, told side by side, for one statement", () => {
    expect(statement("The United States", "united_states")).toHaveLength(1);
  });

  it("keeps apart warnings of two sides told side by side", () => {
    expect(statement("The Houthis", "houthis")).toHaveLength(2);
  });
});

describe("event type of a merged event", () => {
  it("takes the type the specific reports give (a storming) over generic ones (an attack)", () => {
    const a = new FixtureDoc("d1", "Protesters stormed the Abqaiq compound on Tuesday. The attack on Abqaiq lasted hours.", { published: "2024-01-03" });
    a.entity("abqaiq", "Abqaiq", "FACILITY", { country: "SA" }).mention("abqaiq", "Abqaiq");
    a.event({ span: "Protesters stormed the Abqaiq compound on Tuesday.", trigger: "stormed", type: "PROTEST", mode: "storming", targets: ["abqaiq"], date: "2024-01-02" });
    a.event({ span: "The attack on Abqaiq lasted hours.", trigger: "attack", type: "ASSAULT", targets: ["abqaiq"], anaphoric: true });
    const b = new FixtureDoc("d2", "The attack on Abqaiq on Tuesday was a tragedy.", { published: "2024-01-04" });
    b.entity("abqaiq", "Abqaiq", "FACILITY", { country: "SA" }).mention("abqaiq", "Abqaiq");
    b.event({ span: b.text, trigger: "attack", type: "ASSAULT", targets: ["abqaiq"], date: "2024-01-02" });
    const r = link([a.build(), b.build()]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.type).toBe("PROTEST");
  });
});

describe("what the report lists, and sites", () => {
  it("lists no event of which nothing is said but its kind, unless a source gives it as a cause", () => {
    const a = actors(new FixtureDoc("d1", "The Houthis fired rockets at the U.S. Navy near Hodeidah on Monday. Tear gas followed. It came in retaliation for the raid on Sunday.", { published: "2024-01-16" }));
    const rockets = a.event({ span: "The Houthis fired rockets at the U.S. Navy near Hodeidah on Monday.", trigger: "fired", type: "ASSAULT", mode: "rocket attack", actors: ["houthis"], targets: ["us_navy"], location: "hodeidah", date: "2024-01-15" });
    a.event({ span: "Tear gas followed.", trigger: "Tear gas", type: "COERCE", mode: "crowd control" });
    const raid = a.event({ span: "the raid on Sunday", trigger: "raid", type: "ASSAULT", mode: "raid", date: "2024-01-14" });
    a.relation(rockets, raid, "in retaliation for", "in retaliation for");
    const r = link([a.build()]);
    expect(r.events.map((e) => e.type).sort()).toEqual(["ASSAULT", "ASSAULT"]);
    expect(r.events.some((e) => e.mode === "raid")).toBe(true);
    expect(r.events.some((e) => e.type === "COERCE")).toBe(false);
    expect(r.relations).toHaveLength(1);
    // the same report with a date of its own is listed
    const b = actors(new FixtureDoc("d2", "Tear gas was fired on Monday.", { published: "2024-01-16" }));
    b.event({ span: b.text, trigger: "Tear gas", type: "COERCE", mode: "crowd control", date: "2024-01-15" });
    expect(link([b.build()]).events.map((e) => e.type)).toEqual(["COERCE"]);
  });

  it("lists a statement only when a report names someone who made it or to whom", () => {
    const a = actors(new FixtureDoc("d1", "There were only more threats on Monday. The Houthis threatened the U.S. Navy on Monday.", { published: "2024-01-16" }));
    a.event({ span: "There were only more threats on Monday.", trigger: "threats", type: "THREATEN", mode: "threat", date: "2024-01-15" });
    a.event({ span: "The Houthis threatened the U.S. Navy on Monday.", trigger: "threatened", type: "THREATEN", mode: "threat", actors: ["houthis"], targets: ["us_navy"], location: "hodeidah", date: "2024-01-15" });
    const b = actors(new FixtureDoc("d2", "More threats came on Monday.", { published: "2024-01-16" }));
    b.event({ span: b.text, trigger: "threats", type: "THREATEN", mode: "threat", date: "2024-01-15" });
    expect(link([b.build()]).events).toHaveLength(0);
    const listed = link([a.build()]).events;
    expect(listed.some((e) => e.actors.length > 0)).toBe(true);
  });

  it("does not merge neighbouring reports whose named targets differ", () => {
    const a = actors(new FixtureDoc("d1", "Houthis attacked Abqaiq. The U.S. Navy attacked Hodeidah.", { published: "2024-01-16" }));
    a.event({ span: "Houthis attacked Abqaiq.", trigger: "attacked", type: "ASSAULT", actors: ["houthis"], targets: ["abqaiq"] });
    a.event({ span: "The U.S. Navy attacked Hodeidah.", trigger: "attacked", type: "ASSAULT", actors: ["us_navy"], targets: ["hodeidah"] });
    expect(link([a.build()]).events).toHaveLength(2);
  });

  it("takes 'the protests at' a facility for its storming, but not a protest elsewhere", () => {
    const a = actors(new FixtureDoc("d1", "Houthis stormed Abqaiq on Monday.", { published: "2024-01-16" }));
    a.event({ span: a.text, trigger: "stormed", type: "PROTEST", mode: "storming", actors: ["houthis"], targets: ["abqaiq"], date: "2024-01-15" });
    const b = actors(new FixtureDoc("d2", "After the protests at Abqaiq on Monday, oil prices rose. Crowds protested in Hodeidah on Monday.", { published: "2024-01-17" }));
    b.event({ span: "the protests at Abqaiq on Monday", trigger: "protests", type: "PROTEST", mode: "protest", location: "abqaiq", date: "2024-01-15" });
    b.event({ span: "Crowds protested in Hodeidah on Monday.", trigger: "protested", type: "PROTEST", mode: "protest", location: "hodeidah", date: "2024-01-15" });
    const r = link([a.build(), b.build()]);
    expect(r.events).toHaveLength(2);
    const storming = r.events.find((e) => e.mode === "storming");
    expect(storming?.sources.sort()).toEqual(["d1", "d2"]);
  });

  it("takes setting fire to a compound for part of its storming, but not tear gas fired there nor homes razed", () => {
    const a = actors(new FixtureDoc("d1", "Houthis stormed Abqaiq on Monday.", { published: "2024-01-16" }));
    a.event({ span: a.text, trigger: "stormed", type: "PROTEST", mode: "storming", actors: ["houthis"], targets: ["abqaiq"], date: "2024-01-15" });
    const b = actors(new FixtureDoc("d2", "On Monday Houthis set fire to Abqaiq. Guards at Abqaiq fired tear gas on Monday.", { published: "2024-01-16" }));
    b.event({ span: "On Monday Houthis set fire to Abqaiq.", trigger: "set fire to", type: "COERCE", mode: "destruction", actors: ["houthis"], targets: ["abqaiq"], date: "2024-01-15" });
    b.event({ span: "Guards at Abqaiq fired tear gas on Monday.", trigger: "tear gas", type: "COERCE", mode: "crowd control", location: "abqaiq", date: "2024-01-15" });
    const r = link([a.build(), b.build()]);
    expect(r.events.map((e) => [e.mode, e.sources.sort()])).toEqual([
      ["storming", ["d1", "d2"]],
      ["crowd control", ["d2"]],
    ]);
    // homes razed are no compound stormed: that stays apart from an attack the same day
    const c = actors(new FixtureDoc("d3", "On Monday Houthis shelled Hodeidah. On Monday Houthis razed homes in Hodeidah.", { published: "2024-01-16" }));
    c.event({ span: "On Monday Houthis shelled Hodeidah.", trigger: "shelled", type: "FIGHT", mode: "shelling", actors: ["houthis"], location: "hodeidah", date: "2024-01-15" });
    c.event({ span: "On Monday Houthis razed homes in Hodeidah.", trigger: "razed", type: "COERCE", mode: "destruction", actors: ["houthis"], location: "hodeidah", date: "2024-01-15" });
    expect(link([c.build()]).events).toHaveLength(2);
  });

  it("takes a bare reference back to 'the protest' for the storming its document told", () => {
    const d = actors(
      new FixtureDoc("d1", "Houthis stormed Abqaiq on Monday, smashing the gates. A spokesman, watching the protest, said it would go on.", { published: "2024-01-16" }),
    );
    d.event({ span: "Houthis stormed Abqaiq on Monday", trigger: "stormed", type: "PROTEST", mode: "storming", actors: ["houthis"], targets: ["abqaiq"], date: "2024-01-15" });
    d.event({ span: "smashing the gates", trigger: "smashing", type: "PROTEST", mode: "storming", date: "2024-01-15" });
    d.event({ span: "watching the protest", trigger: "protest", type: "PROTEST", mode: "protest", anaphoric: true });
    const r = link([d.build()]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.mentions.map((m) => m.trigger)).toContain("protest");
  });

  it("takes a facility named as the place of one report and the target of another for the same site", () => {
    const a = actors(new FixtureDoc("d1", "Crowds besieged Abqaiq on Monday.", { published: "2024-01-16" }));
    a.event({ span: a.text, trigger: "besieged", type: "PROTEST", mode: "storming", targets: ["abqaiq"], date: "2024-01-15" });
    const b = actors(new FixtureDoc("d2", "The siege by Houthis at Abqaiq began on Monday.", { published: "2024-01-17" }));
    b.event({ span: b.text, trigger: "siege", type: "PROTEST", mode: "storming", actors: ["houthis"], location: "abqaiq", date: "2024-01-15" });
    const r = link([a.build(), b.build()]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.sources.sort()).toEqual(["d1", "d2"]);
  });
});

describe("a period of a day or two is as sharp as a day", () => {
  const strike = (date: string) => {
    const a = actors(new FixtureDoc("a", "The U.S. Navy attacked the Houthis at Hodeidah.", { published: "2024-02-08" }));
    a.event({ span: "The U.S. Navy attacked the Houthis at Hodeidah.", trigger: "attacked", type: "ASSAULT", actors: ["us_navy"], targets: ["houthis"], date });
    return a.build();
  };
  const weekend = () => {
    const b = actors(new FixtureDoc("b", "The U.S. Navy attacked the Houthis over the weekend.", { published: "2024-02-08" }));
    b.event({ span: "The U.S. Navy attacked the Houthis over the weekend.", trigger: "attacked", type: "ASSAULT", actors: ["us_navy"], targets: ["houthis"], date: "2024-02-03/2024-02-04" });
    return b.build();
  };

  it("keeps a weekend's attack apart from the same sides' attack two days after it", () => {
    expect(link([strike("2024-02-06"), weekend()]).events).toHaveLength(2);
  });

  it("joins it to the attack on one of its days, or the day just after", () => {
    expect(link([strike("2024-02-04"), weekend()]).events).toHaveLength(1);
    expect(link([strike("2024-02-05"), weekend()]).events).toHaveLength(1);
  });
});

describe("retrospective mentions and periods", () => {
  /** Filler of `n` sentences between an event and a reference back to it. */
  const aside = (n: number) => "Saudi Arabia then closed the border, and for weeks the roads stayed empty. ".repeat(n);
  const houthiAttack = { span: "Houthis attacked Abqaiq on Tuesday.", trigger: "attacked", type: "ASSAULT", actors: ["houthis"], targets: ["abqaiq"], date: "2024-02-06" } as const;
  const reference = { span: "the attack changed nothing", trigger: "attack", type: "ASSAULT", anaphoric: true } as const;

  it("joins a bare retrospective mention ('after these attacks') to the nearest event of its kind told before it", () => {
    // a long aside between them: too far for nearness alone to join them
    const text = `Last month Houthis fired rockets at Abqaiq. ${aside(5)}It was after these attacks that talks began.`;
    const a = actors(new FixtureDoc("d1", text, { published: "2024-02-10" }));
    a.event({ span: "Last month Houthis fired rockets at Abqaiq.", trigger: "fired", type: "ASSAULT", mode: "rocket attack", actors: ["houthis"], targets: ["abqaiq"], date: "2024-01" });
    a.event({ span: "these attacks", trigger: "attacks", type: "ASSAULT", anaphoric: true });
    const r = link([a.build()]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.numMentions).toBe(2);
  });

  it("between events a bare reference back could equally mean, it means the one told with its word", () => {
    const strikes = "On Friday the U.S. Navy launched strikes on Hodeidah.";
    const drone = "On Saturday a drone struck Abqaiq.";
    const text = `${strikes} ${aside(5)}${drone} State media said the strikes killed many.`;
    const a = actors(new FixtureDoc("d1", text, { published: "2024-02-04" }));
    a.event({ span: strikes, trigger: "strikes", type: "ASSAULT", actors: ["us_navy"], location: "hodeidah", date: "2024-02-02" });
    a.event({ span: drone, trigger: "struck", type: "ASSAULT", weapon: "drone", location: "abqaiq", date: "2024-02-03" });
    a.event({ span: "the strikes killed many", trigger: "strikes", type: "ASSAULT", anaphoric: true });
    const r = link([a.build()]);
    expect(r.events.find((e) => e.mentions.some((m) => m.text === "the strikes killed many"))?.mentions.map((m) => m.text)).toContain(strikes);
  });

  it("points a bare reference far from its antecedent to the only event of its kind its document told", () => {
    // paragraphs apart: beyond the passage within which nearness alone decides
    const text = `Houthis attacked Abqaiq on Tuesday. ${aside(20)}Biden said the attack changed nothing.`;
    const a = actors(new FixtureDoc("d1", text, { published: "2024-02-10" }));
    a.event({ ...houthiAttack, actors: [...houthiAttack.actors], targets: [...houthiAttack.targets] });
    a.event(reference);
    const r = link([a.build()]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.numMentions).toBe(2);
  });

  it("does not guess between two events of the kind told far before a bare reference", () => {
    const text = `Houthis attacked Abqaiq on Tuesday. The U.S. Navy attacked Hodeidah on Thursday. ${aside(20)}Biden said the attack changed nothing.`;
    const a = actors(new FixtureDoc("d1", text, { published: "2024-02-10" }));
    a.event({ ...houthiAttack, actors: [...houthiAttack.actors], targets: [...houthiAttack.targets] });
    a.event({ span: "The U.S. Navy attacked Hodeidah on Thursday.", trigger: "attacked", type: "ASSAULT", actors: ["us_navy"], targets: ["hodeidah"], date: "2024-02-08" });
    a.event(reference);
    const r = link([a.build()]);
    expect(r.events.every((e) => e.numMentions === 1)).toBe(true);
  });

  it("takes 'the explosions' for the explosions its document told, over a nearer event of another name", () => {
    const text = "Last summer there were explosions at Hodeidah. There were also drone attacks on the Houthis. The Houthis hit back for the explosions.";
    const a = actors(new FixtureDoc("d1", text, { published: "2024-01-16" }));
    a.event({ span: "Last summer there were explosions at Hodeidah.", trigger: "explosions", type: "ASSAULT", mode: "explosion", location: "hodeidah", date: "2023-06-01/2023-08-31" });
    a.event({ span: "There were also drone attacks on the Houthis.", trigger: "drone attacks", type: "ASSAULT", mode: "drone strike", targets: ["houthis"], date: "2023-06-01/2023-08-31", distinct: true });
    a.event({ span: "the explosions", trigger: "explosions", type: "ASSAULT", anaphoric: true });
    const r = link([a.build()]);
    const explosions = r.events.find((e) => e.mentions.some((m) => m.text.startsWith("Last summer")));
    expect(explosions?.numMentions).toBe(2);
  });

  it("takes explosions and the airstrikes said to have caused them, in the same stated season, as one event", () => {
    const text = "Last summer there were explosions at Hodeidah. These were caused by Saudi Arabia's air attacks.";
    const a = actors(new FixtureDoc("d1", text, { published: "2024-01-16" }));
    a.event({ span: "Last summer there were explosions at Hodeidah.", trigger: "explosions", type: "ASSAULT", mode: "explosion", location: "hodeidah", date: "2023-06-01/2023-08-31" });
    a.event({ span: "These were caused by Saudi Arabia's air attacks.", trigger: "air attacks", type: "ASSAULT", mode: "airstrike", actors: ["saudi_arabia"], date: "2023-06-01/2023-08-31" });
    const r = link([a.build()]);
    expect(r.events).toHaveLength(1);
    expect(loadModeFamilies()("explosion", null)).toEqual([]);
  });
});

describe("crowd sizes in dispute", () => {
  it("lists each source's crowd size as a count discrepancy, with the least number as the conservative figure", () => {
    const a = actors(new FixtureDoc("d1", "Thousands of Houthis stormed Abqaiq on Monday.", { published: "2024-01-16" }));
    a.event({ span: a.text, trigger: "stormed", type: "PROTEST", mode: "storming", actors: ["houthis"], targets: ["abqaiq"], date: "2024-01-15", crowd: { text: "Thousands", atLeast: 2000 } });
    const b = actors(new FixtureDoc("d2", "Dozens of Houthis stormed Abqaiq on Monday.", { published: "2024-01-16" }));
    b.event({ span: b.text, trigger: "stormed", type: "PROTEST", mode: "storming", actors: ["houthis"], targets: ["abqaiq"], date: "2024-01-15", crowd: { text: "Dozens", atLeast: 24 } });
    const r = link([a.build(), b.build()]);
    expect(r.events).toHaveLength(1);
    const d = r.discrepancies.find((x) => x.attribute === "count");
    expect(d?.values.map((v) => v.value)).toEqual(["Thousands", "Dozens"]);
    expect(d?.conservative).toBe(24);
  });
});

describe("a named person attacked", () => {
  it("takes a late, undated report of an attack on the same named person for that attack, though another actor is named", () => {
    const a = actors(new FixtureDoc("d1", "A U.S. Navy strike killed Abdul-Malik al-Houthi near Hodeidah on Thursday.", { published: "2024-01-05" }));
    a.event({ span: a.text, trigger: "strike", type: "ASSAULT", mode: "airstrike", actors: ["us_navy"], targets: ["abdul_malik"], location: "hodeidah", date: "2024-01-04" });
    const b = actors(new FixtureDoc("d2", "Biden then followed it up by killing Abdul-Malik al-Houthi.", { published: "2024-03-20" }));
    b.event({ span: b.text, trigger: "killing", type: "ASSAULT", actors: ["biden"], targets: ["abdul_malik"] });
    const r = link([a.build(), b.build()]);
    const killing = r.events.find((e) => e.mentions.some((m) => m.doc === "d2"));
    expect(killing?.sources.sort()).toEqual(["d1", "d2"]);
  });
});

describe("what a retrospective mention points to", () => {
  it("prefers the incident a source dates to a day over a year-long stretch", () => {
    const text = "The Houthis fired rockets at Abqaiq on Monday. The U.S. Navy has attacked the Houthis throughout the last year. Saudi Arabia condemned the attack.";
    const a = actors(new FixtureDoc("d1", text, { published: "2024-01-16" }));
    a.event({ span: "The Houthis fired rockets at Abqaiq on Monday.", trigger: "fired", type: "ASSAULT", actors: ["houthis"], targets: ["abqaiq"], date: "2024-01-15" });
    a.event({ span: "The U.S. Navy has attacked the Houthis throughout the last year.", trigger: "attacked", type: "ASSAULT", actors: ["us_navy"], targets: ["houthis"], date: "2023-01-16/2024-01-16" });
    a.event({ span: "the attack", trigger: "attack", type: "ASSAULT", anaphoric: true });
    const r = link([a.build()]);
    const day = r.events.find((e) => e.date === "2024-01-15")!;
    expect(day.mentions.map((m) => m.text)).toContain("the attack");
  });
});

describe("statements and the news of the day", () => {
  it("keeps an undated statement apart from a like one reported only in documents months older", () => {
    const jan = actors(new FixtureDoc("jan", 'Biden warned the Houthis in Hodeidah: "They will regret it."', { published: "2024-01-03" }));
    jan.event({ span: "Biden warned the Houthis", trigger: "warned", type: "THREATEN", actors: ["biden"], targets: ["houthis"], location: "hodeidah", assertedBy: "biden" });
    const mar = actors(new FixtureDoc("mar", '"All options are on the table in Hodeidah," Biden said.', { published: "2024-03-12" }));
    mar.event({ span: "All options are on the table", trigger: "All options are on the table", type: "THREATEN", actors: ["biden"], location: "hodeidah", assertedBy: "biden" });
    const r = link([jan.build(), mar.build()]);
    expect(r.events.filter((e) => e.type === "THREATEN")).toHaveLength(2);
  });

  it("keeps a statement written or dated months before a like one told as undated news apart from it", () => {
    const mar = actors(new FixtureDoc("mar", '"All options are on the table in Hodeidah," Biden said.', { published: "2024-03-12" }));
    mar.event({ span: "All options are on the table", trigger: "All options are on the table", type: "THREATEN", actors: ["biden"], location: "hodeidah", assertedBy: "biden" });
    const undated = actors(new FixtureDoc("jan", 'Biden warned the Houthis in Hodeidah: "They will regret it."', { published: "2024-01-03" }));
    undated.event({ span: "Biden warned the Houthis", trigger: "warned", type: "THREATEN", actors: ["biden"], location: "hodeidah", assertedBy: "biden" });
    const dated = actors(new FixtureDoc("dec", "On December 29 Biden warned the Houthis in Hodeidah.", { published: "2024-03-12" }));
    dated.event({ span: dated.text, trigger: "warned", type: "THREATEN", actors: ["biden"], location: "hodeidah", date: "2023-12-29", dateText: "On December 29" });
    for (const older of [undated, dated]) {
      const r = link([mar.build(), older.build()]);
      expect(r.events.filter((e) => e.type === "THREATEN")).toHaveLength(2);
    }
  });

  it("lets an undated statement join a like one reported days before", () => {
    const a = actors(new FixtureDoc("a", 'Biden warned the Houthis in Hodeidah: "They will regret it."', { published: "2024-01-03" }));
    a.event({ span: "Biden warned the Houthis", trigger: "warned", type: "THREATEN", actors: ["biden"], targets: ["houthis"], assertedBy: "biden" });
    const b = actors(new FixtureDoc("b", 'Biden warned the Houthis on television: "They will regret it."', { published: "2024-01-04" }));
    b.event({ span: "Biden warned the Houthis on television", trigger: "warned", type: "THREATEN", actors: ["biden"], targets: ["houthis"], assertedBy: "biden" });
    const r = link([a.build(), b.build()]);
    expect(r.events.filter((e) => e.type === "THREATEN")).toHaveLength(1);
  });
});

describe("an activity going on up to its telling", () => {
  it("is not the news of its day: a report of it months before may join it", () => {
    const now = actors(new FixtureDoc("now", "The Houthis have been attacking ships off Hodeidah.", { published: "2024-03-12" }));
    now.event({ span: now.text, trigger: "attacking", type: "ASSAULT", actors: ["houthis"], location: "hodeidah", ongoing: true });
    const jan = actors(new FixtureDoc("jan", "In January the Houthis attacked ships off Hodeidah.", { published: "2024-03-12" }));
    jan.event({ span: jan.text, trigger: "attacked", type: "ASSAULT", actors: ["houthis"], location: "hodeidah", date: "2024-01", dateText: "In January" });
    const r = link([now.build(), jan.build()]);
    expect(r.events.filter((e) => e.type === "ASSAULT")).toHaveLength(1);
  });

  it("nor is a merged event known only from it: a later reference back to January joins it", () => {
    const now = actors(new FixtureDoc("now", "The Houthis have been attacking ships off Hodeidah.", { published: "2024-03-12" }));
    now.event({ span: now.text, trigger: "attacking", type: "ASSAULT", actors: ["houthis"], location: "hodeidah", ongoing: true });
    const jan = actors(new FixtureDoc("jan", "Their attacks off Hodeidah in January were the Houthis' first.", { published: "2024-03-12" }));
    jan.event({ span: jan.text, trigger: "attacks", type: "ASSAULT", actors: ["houthis"], location: "hodeidah", date: "2024-01", dateText: "in January", anaphoric: true });
    const r = link([now.build(), jan.build()]);
    expect(r.events.filter((e) => e.type === "ASSAULT")).toHaveLength(1);
  });
});

describe("links read from context", () => {
  const docWith = (implied: boolean) => {
    const d = actors(new FixtureDoc("d", "Saudi Arabia threatened to respond if the protests continued.", { published: "2024-01-03" }));
    const threat = d.event({ span: "Saudi Arabia threatened to respond", trigger: "threatened", type: "THREATEN", actors: ["saudi_arabia"] });
    const ref = d.event({ span: "the protests continued", trigger: "protests", type: "PROTEST", anaphoric: true });
    d.relation(threat, ref, "threat", "threatened", null, "CAUSE", implied);
    return d.build();
  };

  it("lists a bare reference at the end of a stated link, not at the end of one read from context", () => {
    const protests = (r: LinkResult) => r.events.filter((e) => e.type === "PROTEST").length;
    expect(protests(link([docWith(false)]))).toBe(1);
    expect(protests(link([docWith(true)]))).toBe(0);
  });
});

describe("references back across sources, and meetings announced", () => {
  it("joins a bare reference back to the only event another source told with the same word, when its own document told none", () => {
    const a = actors(new FixtureDoc("d1", "Saudi Arabia imposed sanctions on the Houthis on Monday.", { published: "2024-01-16" }));
    a.event({ span: a.text, trigger: "sanctions", type: "SANCTION", mode: "sanctions", actors: ["saudi_arabia"], targets: ["houthis"], date: "2024-01-15" });
    const b = new FixtureDoc("d2", "The sanctions have hit hard.", { published: "2024-01-20" });
    b.event({ span: b.text, trigger: "sanctions", type: "SANCTION", mode: "sanctions", anaphoric: true });
    const r = link([a.build(), b.build()]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.sources).toEqual(["d1", "d2"]);
    // told with another word by the other source, it is left alone
    const c = new FixtureDoc("d3", "The embargo has hit hard.", { published: "2024-01-20" });
    c.event({ span: c.text, trigger: "embargo", type: "SANCTION", mode: "sanctions", anaphoric: true });
    expect(link([a.build(), c.build()]).events.find((e) => e.sources.includes("d1"))?.sources).toEqual(["d1"]);
  });

  it("joins a meeting announced for a day to the meeting held that day, never an attack threatened to one done", () => {
    const a = actors(new FixtureDoc("d1", "Saudi Arabia said it would meet the Houthis in Hodeidah on Thursday.", { published: "2024-01-15" }));
    a.event({ span: a.text, trigger: "meet", type: "CONSULT", mode: "meeting", actors: ["saudi_arabia"], targets: ["houthis"], location: "hodeidah", date: "2024-01-18", modality: "future" });
    const b = actors(new FixtureDoc("d2", "Saudi Arabia met the Houthis in Hodeidah on Thursday.", { published: "2024-01-19" }));
    b.event({ span: b.text, trigger: "met", type: "CONSULT", mode: "meeting", actors: ["saudi_arabia"], targets: ["houthis"], location: "hodeidah", date: "2024-01-18" });
    expect(link([a.build(), b.build()]).events).toHaveLength(1);
    const c = actors(new FixtureDoc("d3", "Saudi Arabia said it would strike the Houthis in Hodeidah on Thursday.", { published: "2024-01-15" }));
    c.event({ span: c.text, trigger: "strike", type: "ASSAULT", actors: ["saudi_arabia"], targets: ["houthis"], location: "hodeidah", date: "2024-01-18", modality: "future" });
    const d = actors(new FixtureDoc("d4", "Saudi Arabia struck the Houthis in Hodeidah on Thursday.", { published: "2024-01-19" }));
    d.event({ span: d.text, trigger: "struck", type: "ASSAULT", actors: ["saudi_arabia"], targets: ["houthis"], location: "hodeidah", date: "2024-01-18" });
    // (an attack only threatened is not listed: the one done keeps its own source)
    expect(link([c.build(), d.build()]).events.filter((e) => e.type === "ASSAULT").map((e) => e.sources)).toEqual([["d4"]]);
  });
});

describe("large close tolls", () => {
  const day = (toll: number, other: number) => {
    const a = actors(new FixtureDoc("d1", `At least ${toll} people were killed in Hodeidah on Thursday.`, { published: "2024-01-19" }));
    a.event({ span: a.text, trigger: "killed", type: "ASSAULT", location: "hodeidah", date: "2024-01-18", fatalities: toll });
    const b = new FixtureDoc("d2", `On January 18 police killed at least ${other} people.`, { published: "2024-01-25" });
    b.event({ span: b.text, trigger: "killed", type: "ASSAULT", date: "2024-01-18", fatalities: other });
    return link([a.build(), b.build()]).events;
  };

  it("are as telling as the same toll: two reports of one day's killings join and their tolls are disputed", () => {
    const [e, ...rest] = day(32, 40);
    expect(rest).toHaveLength(0);
    expect(e!.sources).toEqual(["d1", "d2"]);
  });

  it("small tolls, or tolls further apart, are not enough on their own", () => {
    expect(day(3, 4)).toHaveLength(2);
    expect(day(32, 60)).toHaveLength(2);
  });
});
