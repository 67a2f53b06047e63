import { describe, expect, it } from "vitest";
import { FixtureDoc } from "./fixture.js";
import { link } from "./index.js";
import type { LinkDocument, LinkResult } from "./types.js";

/** Registers the actors these fixtures use, wherever they occur in the text. */
function actors(d: FixtureDoc): FixtureDoc {
  const known: [string, string, "ARMED_GROUP" | "COUNTRY" | "MILITARY" | "PLACE", string | null][] = [
    ["kataib_hezbollah", "Kataib Hezbollah", "ARMED_GROUP", "pmf"],
    ["pmf", "Popular Mobilization Forces", "ARMED_GROUP", null],
    ["us_military", "U.S. military", "MILITARY", null],
    ["israel", "Israel", "COUNTRY", null],
    ["hamas", "Hamas", "ARMED_GROUP", null],
    ["iran", "Iran", "COUNTRY", null],
    ["k1", "K-1 base", "PLACE", null],
  ];
  for (const [key, name, type, partOf] of known) {
    const surfaces = [name, ...(key === "kataib_hezbollah" ? ["KH"] : []), ...(key === "us_military" ? ["American forces"] : [])];
    const present = surfaces.filter((s) => d.text.includes(s));
    if (present.length === 0) continue;
    d.entity(key, name, type, { partOf });
    for (const s of present) d.mention(key, s);
  }
  return d;
}

function eventsWith(result: LinkResult, doc: string, needle: string) {
  return result.events.filter((e) => e.mentions.some((m) => m.doc === doc && m.text.includes(needle)));
}

function strikeDocs(): LinkDocument[] {
  const a = actors(new FixtureDoc("d1", "On Sunday the U.S. military bombed Kataib Hezbollah sites, killing 25 fighters.", { published: "2019-12-30", outlet: "Wire" }));
  a.event({ span: a.text, trigger: "bombed", type: "ASSAULT", mode: "airstrike", actors: ["us_military"], targets: ["kataib_hezbollah"], date: "2019-12-29", dateText: "On Sunday", fatalities: 25 });
  const b = actors(new FixtureDoc("d2", "Some 32 people died when the U.S. military struck Kataib Hezbollah on December 29.", { published: "2020-01-02", outlet: "Blog" }));
  b.event({ span: b.text, trigger: "struck", type: "ASSAULT", mode: "airstrikes", actors: ["us_military"], targets: ["kataib_hezbollah"], date: "2019-12-29", dateText: "on December 29", fatalities: 32 });
  const c = actors(new FixtureDoc("d3", "Officials said 25 members of KH died in the raids by American forces on Sunday.", { published: "2019-12-31", outlet: "Paper" }));
  c.event({ span: c.text, trigger: "raids", type: "ASSAULT", mode: "air raid", actors: ["us_military"], targets: ["kataib_hezbollah"], date: "2019-12-29", dateText: "on Sunday", fatalities: 25 });
  return [a.build(), b.build(), c.build()];
}

describe("link: one event, many mentions", () => {
  it("one side's own losses stay out of the toll range and its disputes", () => {
    const a = actors(new FixtureDoc("d1", "On Sunday Israel struck Hamas, killing 200 people. Israel said 12 of its soldiers died.", { published: "2023-10-09" }));
    const strike = a.event({ span: "On Sunday Israel struck Hamas, killing 200 people.", trigger: "struck", type: "ASSAULT", actors: ["israel"], targets: ["hamas"], date: "2023-10-08", dateText: "On Sunday", fatalities: 200 });
    a.event({ span: "Israel said 12 of its soldiers died.", trigger: "died", type: "ASSAULT", actors: ["israel"], targets: ["hamas"], fatalities: 12, ownSide: true, anaphoric: true, sameAs: strike });
    const r = link([a.build()]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]?.fatalities).toEqual({ min: 200, max: 200 });
    expect(r.discrepancies.filter((d) => d.attribute === "fatalities")).toEqual([]);
  });

  it("a report of a later day does not join an event a speaker had told of before it", () => {
    const a = actors(new FixtureDoc("d1", "The U.S. military said on Saturday it had killed a planner of Hamas in a drone strike.", { published: "2021-08-28" }));
    const told = a.event({ span: "it had killed a planner of Hamas in a drone strike", trigger: "drone strike", type: "ASSAULT", mode: "drone strike", actors: ["us_military"], targets: ["hamas"] });
    a.claim("it had killed a planner of Hamas in a drone strike", "us_military", "said", told, "2021-08-28");
    const b = actors(new FixtureDoc("d2", "The drone strike of August 29 by the U.S. military killed ten people, not Hamas.", { published: "2021-09-18" }));
    b.event({ span: b.text, trigger: "drone strike", type: "ASSAULT", mode: "drone strike", actors: ["us_military"], targets: ["hamas"], date: "2021-08-29", dateText: "August 29", anaphoric: true, fatalities: 10 });
    expect(link([a.build(), b.build()]).events).toHaveLength(2);
  });

  it("one day's report does not join what is only told as a long-running situation", () => {
    const text = "Iran has fought in wars since the 1980s. Its killings on Thursday shocked the region.";
    const d = actors(new FixtureDoc("d1", text, { published: "2020-01-03" }));
    d.event({ span: "Iran has fought in wars since the 1980s.", trigger: "fought", type: "FIGHT", actors: ["iran"], date: "1980/2020-01-03", datePrecision: "interval", dateText: "since the 1980s" });
    d.event({ span: "Its killings on Thursday shocked the region.", trigger: "killings", type: "ASSAULT", actors: ["iran"], date: "2020-01-02", dateText: "on Thursday", anaphoric: true });
    expect(link([d.build()]).events).toHaveLength(2);
  });

  it("what a speaker told on a stated day is no later event, and is dated no later than that day", () => {
    const text = "The U.S. military killed the general in Baghdad on Thursday. “They killed our brothers,” a Kataib Hezbollah fighter said on Wednesday.";
    const d = actors(new FixtureDoc("d1", text, { published: "2020-01-03" }));
    d.entity("general", "the general", "PERSON").mention("general", "the general");
    d.event({ span: "The U.S. military killed the general in Baghdad on Thursday.", trigger: "killed", type: "ASSAULT", actors: ["us_military"], targets: ["general"], date: "2020-01-02", dateText: "on Thursday" });
    const quoted = d.event({ span: "“They killed our brothers,”", trigger: "killed", type: "ASSAULT", actors: ["us_military"], assertedBy: "kataib_hezbollah" });
    d.claim("“They killed our brothers,”", "kataib_hezbollah", "said", quoted, "2020-01-01");
    const r = link([d.build()]);
    expect(r.events).toHaveLength(2);
    const told = eventsWith(r, "d1", "our brothers")[0]!;
    expect([told.date, told.dateInferred]).toEqual(["2020-01-01", true]);
    expect(r.claims[0]?.date).toBe("2020-01-01");
  });

  it("a place of unknown country is no location dispute with a country it may lie in", () => {
    const docs = (second: string, place: [string, string, string | null]) => {
      const a = actors(new FixtureDoc("d1", "On Sunday the U.S. military bombed Kataib Hezbollah sites in Iran.", { published: "2019-12-30" }));
      a.event({ span: a.text, trigger: "bombed", type: "ASSAULT", actors: ["us_military"], targets: ["kataib_hezbollah"], location: "iran", date: "2019-12-29" });
      const text = `On Sunday the U.S. military bombed Kataib Hezbollah sites near ${second}.`;
      const b = actors(new FixtureDoc("d2", text, { published: "2019-12-30" }));
      b.entity(place[0], place[1], "PLACE", { country: place[2] }).mention(place[0], place[1]);
      b.event({ span: text, trigger: "bombed", type: "ASSAULT", actors: ["us_military"], targets: ["kataib_hezbollah"], location: place[0], date: "2019-12-29" });
      return link([a.build(), b.build()]);
    };
    const unknown = docs("Qarvadin", ["new:qarvadin", "Qarvadin", null]);
    expect(unknown.events).toHaveLength(1);
    expect(unknown.discrepancies.filter((d) => d.attribute === "location")).toEqual([]);
  });

  it("a site whose town is unknown may lie in a town: no location dispute, no count against the merge; two towns are a dispute", () => {
    const docs = (place: [string, string, "PLACE" | "FACILITY", string | null]) => {
      const a = actors(new FixtureDoc("d1", "On Sunday Kataib Hezbollah bombed the U.S. military at Kabul, killing 170 people.", { published: "2021-08-28" }));
      a.entity("kabul", "Kabul", "PLACE", { country: "AF" }).mention("kabul", "Kabul");
      a.event({ span: a.text, trigger: "bombed", type: "ASSAULT", mode: "bombing", actors: ["kataib_hezbollah"], targets: ["us_military"], location: "kabul", date: "2021-08-26", fatalities: 170 });
      const text = `On Sunday Kataib Hezbollah bombed the U.S. military at ${place[1]}, killing 170 people.`;
      const b = actors(new FixtureDoc("d2", text, { published: "2021-08-28" }));
      b.entity(place[0], place[1], place[2], { country: place[3] }).mention(place[0], place[1]);
      b.event({ span: text, trigger: "bombed", type: "ASSAULT", mode: "bombing", actors: ["kataib_hezbollah"], targets: ["us_military"], location: place[0], date: "2021-08-26", fatalities: 170 });
      return link([a.build(), b.build()]);
    };
    const airport = docs(["kabul_airport", "Kabul airport", "FACILITY", null]);
    expect(airport.events).toHaveLength(1);
    expect(airport.discrepancies.filter((d) => d.attribute === "location")).toEqual([]);
    const town = docs(["kandahar", "Kandahar", "PLACE", "AF"]);
    expect(town.events).toHaveLength(1);
    expect(town.discrepancies.filter((d) => d.attribute === "location")).toHaveLength(1);
  });

  it("a source naming several places for one event disputes another's place only when none of its places fits it", () => {
    const docs = (comment: string, place: string) => {
      const text = "Missiles hit cities across Ukraine on Monday. Missiles struck central Kyiv on Monday. Explosions were reported in Lviv on Monday.";
      const a = new FixtureDoc("d1", text, { published: "2022-10-10" });
      a.entity("ukraine", "Ukraine", "COUNTRY", { country: "UA" }).mention("ukraine", "Ukraine");
      a.entity("kyiv", "Kyiv", "PLACE", { country: "UA" }).mention("kyiv", "Kyiv");
      a.entity("lviv", "Lviv", "PLACE", { country: "UA" }).mention("lviv", "Lviv");
      a.event({ span: "Missiles hit cities across Ukraine on Monday.", trigger: "hit", type: "ASSAULT", mode: "missile strike", location: "ukraine", date: "2022-10-10", fatalities: 11 });
      a.event({ span: "Missiles struck central Kyiv on Monday.", trigger: "struck", type: "ASSAULT", mode: "missile strike", location: "kyiv", date: "2022-10-10" });
      a.event({ span: "Explosions were reported in Lviv on Monday.", trigger: "Explosions", type: "ASSAULT", location: "lviv", date: "2022-10-10" });
      const b = new FixtureDoc("d2", comment, { published: "2022-10-12", kind: "comment" });
      b.entity(place.toLowerCase(), place, "PLACE", { country: "UA" }).mention(place.toLowerCase(), place);
      b.event({ span: comment, trigger: "hit", type: "ASSAULT", mode: "missile strike", location: place.toLowerCase(), date: "2022-10-10", fatalities: 11 });
      return link([a.build(), b.build()]);
    };
    const kyiv = docs("My street in Kyiv was hit on Monday.", "Kyiv");
    expect(kyiv.events).toHaveLength(1);
    expect(kyiv.discrepancies.filter((d) => d.attribute === "location")).toEqual([]);
    const odesa = docs("My street in Odesa was hit on Monday.", "Odesa");
    expect(odesa.events).toHaveLength(1);
    expect(odesa.discrepancies.filter((d) => d.attribute === "location")).toHaveLength(1);
  });

  it("merges three reports that disagree on the toll into one disputed event", () => {
    const r = link(strikeDocs());
    expect(r.events).toHaveLength(1);
    const e = r.events[0]!;
    expect(e.sources).toEqual(["d1", "d2", "d3"]);
    expect(e.fatalities).toEqual({ min: 25, max: 32 });
    expect(e.date).toBe("2019-12-29");
    expect(e.datePrecision).toBe("day");
    expect(e.numMentions).toBe(3);
    expect(e.disputed).toBe(true);
    const d = r.discrepancies.find((x) => x.event === e.id && x.attribute === "fatalities");
    expect(d?.values.map((v) => [v.doc, v.value])).toEqual([
      ["d1", 25],
      ["d2", 32],
      ["d3", 25],
    ]);
    expect(d?.conservative).toBe(25);
    expect(r.discrepancies.filter((x) => x.attribute === "date")).toHaveLength(0);
  });

  it("joins a retrospective mention without participants to the event it points back to", () => {
    const docs = strikeDocs();
    const d = new FixtureDoc("d4", "Crowds gathered on Tuesday. They were angry about the strikes on Sunday.", { published: "2019-12-31" });
    d.event({ span: "the strikes on Sunday", trigger: "strikes", type: "ASSAULT", date: "2019-12-29", dateText: "on Sunday", anaphoric: true });
    const r = link([...docs, d.build()]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.sources).toContain("d4");
  });

  it("lets a month-precision and an undated mention join the dated event", () => {
    const docs = strikeDocs();
    const m = actors(new FixtureDoc("d5", "In December 2019 the U.S. military bombed Kataib Hezbollah.", { published: "2020-01-05" }));
    m.event({ span: m.text, trigger: "bombed", type: "ASSAULT", mode: "airstrike", actors: ["us_military"], targets: ["kataib_hezbollah"], date: "2019-12", datePrecision: "month", dateText: "In December 2019" });
    const u = actors(new FixtureDoc("d6", "The airstrike by the U.S. military against Kataib Hezbollah was illegal.", { published: "2020-01-03" }));
    u.event({ span: u.text, trigger: "airstrike", type: "ASSAULT", mode: "airstrike", actors: ["us_military"], targets: ["kataib_hezbollah"] });
    const r = link([...docs, m.build(), u.build()]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.sources).toEqual(["d1", "d2", "d3", "d5", "d6"]);
    expect(r.events[0]!.date).toBe("2019-12-29");
    const monthMention = r.events[0]!.mentions.find((x) => x.doc === "d5");
    expect(monthMention?.date).toBe("2019-12");
  });

  it("keeps an event reported only in a reader comment, flagged as such", () => {
    const docs = strikeDocs();
    const c = actors(new FixtureDoc("d7", "Rockets hit the K-1 base on December 27 and wounded two guards.", { published: "2020-01-02", kind: "comment", parent: "d2" }));
    c.event({ span: c.text, trigger: "hit", type: "ASSAULT", mode: "rocket attack", targets: ["k1"], location: "k1", date: "2019-12-27", injuries: 2 });
    const r = link([...docs, c.build()]);
    expect(r.events).toHaveLength(2);
    const only = eventsWith(r, "d7", "Rockets");
    expect(only).toHaveLength(1);
    expect(only[0]!.mentions.every((m) => m.comment === true)).toBe(true);
    expect(only[0]!.injuries).toEqual({ min: 2, max: 2 });
  });

  it("never merges different actors striking different targets on the same day", () => {
    const docs = strikeDocs();
    const i = actors(new FixtureDoc("d8", "On Sunday Israel bombed Hamas positions.", { published: "2019-12-30" }));
    i.event({ span: i.text, trigger: "bombed", type: "ASSAULT", mode: "airstrike", actors: ["israel"], targets: ["hamas"], date: "2019-12-29" });
    const r = link([...docs, i.build()]);
    expect(r.events).toHaveLength(2);
    expect(eventsWith(r, "d8", "Israel")[0]!.sources).toEqual(["d8"]);
  });

  it("keeps an attack and the reply to it apart even when they share actors (crossed roles)", () => {
    const d = actors(new FixtureDoc("d9", "Kataib Hezbollah fired rockets at the U.S. military on Saturday. The U.S. military bombed Kataib Hezbollah on Sunday.", { published: "2019-12-30" }));
    d.event({ span: "Kataib Hezbollah fired rockets at the U.S. military on Saturday.", trigger: "fired", type: "ASSAULT", mode: "rocket attack", actors: ["kataib_hezbollah"], targets: ["us_military"], date: "2019-12-28" });
    d.event({ span: "The U.S. military bombed Kataib Hezbollah on Sunday.", trigger: "bombed", type: "ASSAULT", mode: "airstrike", actors: ["us_military"], targets: ["kataib_hezbollah"], date: "2019-12-29" });
    expect(link([d.build()]).events).toHaveLength(2);
  });

  it("keeps the same attack type on days far apart as distinct events", () => {
    const days = ["2019-12-01", "2019-12-20", "2020-02-10"];
    const docs = days.map((day, i) => {
      const d = actors(new FixtureDoc(`d${i + 1}`, `The U.S. military bombed Kataib Hezbollah on ${day}.`, { published: day }));
      d.event({ span: d.text, trigger: "bombed", type: "ASSAULT", mode: "airstrike", actors: ["us_military"], targets: ["kataib_hezbollah"], date: day });
      return d.build();
    });
    const r = link(docs);
    expect(r.events.map((e) => e.date)).toEqual(days);
  });

  it("takes a headline's news as the days just before publication, not an event months earlier", () => {
    const docs = (source: "headline" | "document") => {
      const old = actors(new FixtureDoc("d1", "Kataib Hezbollah fired rockets at the K-1 base on March 1, killing a contractor.", { published: "2020-03-02" }));
      old.event({ span: old.text, trigger: "fired", type: "ASSAULT", mode: "rocket attack", actors: ["kataib_hezbollah"], targets: ["us_military"], location: "k1", date: "2020-03-01", fatalities: 1 });
      const head = actors(new FixtureDoc("d2", "Soldiers Killed In Rocket Attack On K-1 base By Kataib Hezbollah\n\nMore follows.", { published: "2020-03-12" }));
      const span = "Soldiers Killed In Rocket Attack On K-1 base By Kataib Hezbollah";
      head.event({ span, trigger: "Rocket Attack", type: "ASSAULT", mode: "rocket attack", actors: ["kataib_hezbollah"], targets: ["us_military"], location: "k1", date: "2020-03-12", dateSource: source });
      return [old.build(), head.build()];
    };
    expect(link(docs("headline")).events).toHaveLength(2);
    // a sentence dated only by its document's day has no date of its own to keep it apart
    expect(link(docs("document")).events).toHaveLength(1);
  });

  it("takes a headline as its document's news: the attack the document dates to the day before", () => {
    const headline = "Two American forces Soldiers Killed In Rocket Attack";
    const body = "Yesterday's attack by Kataib Hezbollah consisted of rockets fired from a truck.";
    // told paragraphs apart: nearness in the text does not join them
    const filler = "The base has long been a target of militias opposed to foreign troops. ".repeat(40);
    const d = actors(new FixtureDoc("d1", `${headline}\n\n${filler}\n\n${body}`, { published: "2020-03-12" }));
    d.event({ span: headline, trigger: "Rocket Attack", type: "ASSAULT", mode: "rocket attack", targets: ["us_military"], date: "2020-03-12", dateSource: "headline", fatalities: 2 });
    d.event({ span: body, trigger: "attack", type: "ASSAULT", actors: ["kataib_hezbollah"], date: "2020-03-11", dateText: "Yesterday" });
    const r = link([d.build()]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.date).toBe("2020-03-11");
  });

  it("keeps an undated activity going on for some time out of one day's event", () => {
    const docs = (ongoing: boolean) => {
      const day = actors(new FixtureDoc("d1", "On Sunday Kataib Hezbollah fired on Hamas at the K-1 base.", { published: "2019-12-30" }));
      day.event({ span: day.text, trigger: "fired", type: "ASSAULT", actors: ["kataib_hezbollah"], targets: ["hamas"], location: "k1", date: "2019-12-29" });
      const text = "Kataib Hezbollah have been killing Hamas supporters at the K-1 base.";
      const going = actors(new FixtureDoc("d2", text, { published: "2019-12-30" }));
      going.event({ span: text, trigger: "killing", type: "ASSAULT", actors: ["kataib_hezbollah"], targets: ["hamas"], location: "k1", ongoing });
      return [day.build(), going.build()];
    };
    expect(link(docs(true)).events).toHaveLength(2);
    expect(link(docs(false)).events).toHaveLength(1);
  });

  it("keeps an activity told over a period ('since January 12') out of one day's event within it", () => {
    const docs = (ongoing: boolean) => {
      const day = actors(new FixtureDoc("d1", "On Friday Kataib Hezbollah fired on Hamas at the K-1 base.", { published: "2024-02-03" }));
      day.event({ span: day.text, trigger: "fired", type: "ASSAULT", actors: ["kataib_hezbollah"], targets: ["hamas"], location: "k1", date: "2024-02-02" });
      const text = "Kataib Hezbollah keep firing on Hamas at the K-1 base, as they have since January 12.";
      const going = actors(new FixtureDoc("d2", text, { published: "2024-02-04" }));
      going.event({ span: text, trigger: "firing", type: "ASSAULT", actors: ["kataib_hezbollah"], targets: ["hamas"], location: "k1", date: "2024-01-12/2024-02-04", dateText: "since January 12", ongoing });
      return [day.build(), going.build()];
    };
    expect(link(docs(true)).events).toHaveLength(2);
    expect(link(docs(false)).events).toHaveLength(1);
  });

  it("joins an act undertaken to the act done when its own document tells both, and only then", () => {
    const doneText = "On Wednesday Kataib Hezbollah supporters withdrew from the K-1 base.";
    const agreedText = "Kataib Hezbollah agreed to withdraw from the K-1 base.";
    const docs = (committed: boolean, sameDoc: boolean) => {
      const a = actors(new FixtureDoc("d1", sameDoc ? `${doneText} ${agreedText}` : doneText, { published: "2020-01-02" }));
      a.event({ span: doneText, trigger: "withdrew", type: "RETREAT", mode: "withdrawal", actors: ["kataib_hezbollah"], location: "k1", date: "2020-01-01" });
      const b = sameDoc ? a : actors(new FixtureDoc("d2", agreedText, { published: "2020-01-02" }));
      b.event({ span: agreedText, trigger: "withdraw", type: "RETREAT", mode: "withdrawal", actors: ["kataib_hezbollah"], location: "k1", modality: "future", committed });
      return sameDoc ? [a.build()] : [a.build(), b.build()];
    };
    expect(link(docs(true, true)).events).toHaveLength(1);
    // only threatened or planned: never the act done
    expect(link(docs(false, true)).events).toHaveLength(2);
    // undertaken in one report, done in another: not this report's own telling
    expect(link(docs(true, false)).events).toHaveLength(2);
  });

  it("merges a partial reference to an affiliated group (KH is part of the PMF)", () => {
    const docs = strikeDocs();
    const p = actors(new FixtureDoc("d10", "The U.S. military hit Popular Mobilization Forces bases on Sunday.", { published: "2019-12-30" }));
    p.event({ span: p.text, trigger: "hit", type: "ASSAULT", actors: ["us_military"], targets: ["pmf"], date: "2019-12-29" });
    const r = link([...docs, p.build()]);
    expect(r.events).toHaveLength(1);
  });

  it("records a date discrepancy when close but different days are stated for one event", () => {
    const a = actors(new FixtureDoc("d1", "Kataib Hezbollah rockets killed one contractor at the K-1 base on Friday, December 27.", { published: "2019-12-30" }));
    a.event({ span: a.text, trigger: "killed", type: "ASSAULT", mode: "rocket attack", actors: ["kataib_hezbollah"], targets: ["us_military"], location: "k1", date: "2019-12-27", fatalities: 1 });
    const b = actors(new FixtureDoc("d2", "Kataib Hezbollah rockets killed one contractor at the K-1 base on Saturday.", { published: "2019-12-30" }));
    b.event({ span: b.text, trigger: "killed", type: "ASSAULT", mode: "rocket attack", actors: ["kataib_hezbollah"], targets: ["us_military"], location: "k1", date: "2019-12-28", fatalities: 1 });
    const r = link([a.build(), b.build()]);
    expect(r.events).toHaveLength(1);
    const d = r.discrepancies.find((x) => x.attribute === "date");
    expect(d?.values.map((v) => v.value)).toEqual(["2019-12-27", "2019-12-28"]);
  });

  it("records a perpetrator discrepancy when sources blame unrelated actors", () => {
    const a = actors(new FixtureDoc("d1", "Kataib Hezbollah fired rockets at the K-1 base on December 27, killing one contractor.", { published: "2019-12-30" }));
    a.event({ span: a.text, trigger: "fired", type: "ASSAULT", mode: "rocket attack", actors: ["kataib_hezbollah"], targets: ["us_military"], location: "k1", date: "2019-12-27", fatalities: 1 });
    const b = actors(new FixtureDoc("d2", "Iran fired rockets at the K-1 base on December 27, killing one contractor.", { published: "2019-12-31" }));
    b.event({ span: b.text, trigger: "fired", type: "ASSAULT", mode: "rocket attack", actors: ["iran"], targets: ["us_military"], location: "k1", date: "2019-12-27", fatalities: 1 });
    const r = link([a.build(), b.build()]);
    expect(r.events).toHaveLength(1);
    const d = r.discrepancies.find((x) => x.attribute === "perpetrator");
    expect(d?.values.map((v) => v.value)).toEqual(["Kataib Hezbollah", "Iran"]);
  });

  it("records no perpetrator discrepancy between two accusers of one culprit: who made a statement is who said it", () => {
    const a = actors(new FixtureDoc("d1", "Israel accused Kataib Hezbollah of the K-1 attack on December 28.", { published: "2019-12-30" }));
    a.event({ span: a.text, trigger: "accused", type: "ACCUSE", mode: "accusation", actors: ["israel"], targets: ["kataib_hezbollah"], date: "2019-12-28" });
    const b = actors(new FixtureDoc("d2", "Iran accused Kataib Hezbollah of the K-1 attack on December 28.", { published: "2019-12-30" }));
    b.event({ span: b.text, trigger: "accused", type: "ACCUSE", mode: "accusation", actors: ["iran"], targets: ["kataib_hezbollah"], date: "2019-12-28" });
    const r = link([a.build(), b.build()]);
    expect(r.events.filter((e) => e.type === "ACCUSE")).toHaveLength(1);
    expect(r.discrepancies.filter((x) => x.attribute === "perpetrator")).toEqual([]);
  });

  it("joins a series only to a series, and reports differing counts", () => {
    const a = actors(new FixtureDoc("d1", "Since October some 17 rocket attacks hit the U.S. military. One on December 27 killed a contractor.", { published: "2020-01-02" }));
    a.event({ span: "Since October some 17 rocket attacks hit the U.S. military.", trigger: "attacks", type: "ASSAULT", mode: "rocket attack", targets: ["us_military"], date: "2019-10/2019-12", datePrecision: "interval", count: 17 });
    a.event({ span: "One on December 27 killed a contractor.", trigger: "killed", type: "ASSAULT", mode: "rocket attack", targets: ["us_military"], date: "2019-12-27", fatalities: 1 });
    const b = actors(new FixtureDoc("d2", "Iran proxies carried out 11 attacks on the U.S. military over two months.", { published: "2019-12-31" }));
    b.event({ span: b.text, trigger: "attacks", type: "ASSAULT", mode: "rocket attack", targets: ["us_military"], date: "2019-11/2019-12", datePrecision: "interval", count: 11 });
    const r = link([a.build(), b.build()]);
    expect(r.events).toHaveLength(2);
    const series = r.events.find((e) => e.count !== null && e.count !== undefined);
    expect(series?.count).toEqual({ min: 11, max: 17 });
    expect(r.discrepancies.find((x) => x.attribute === "count")?.conservative).toBe(11);
  });

  it("never merges the two ends of a stated causal link, nor what is only threatened with what happened (which is no event)", () => {
    const d = actors(
      new FixtureDoc("d1", "The U.S. military bombed Kataib Hezbollah in retaliation for the attack. The U.S. military will bomb Kataib Hezbollah again.", {
        published: "2019-12-30",
      }),
    );
    const strike = d.event({ span: "The U.S. military bombed Kataib Hezbollah", trigger: "bombed", type: "ASSAULT", mode: "airstrike", actors: ["us_military"], targets: ["kataib_hezbollah"] });
    const cause = d.event({ span: "the attack", trigger: "attack", type: "ASSAULT", anaphoric: true });
    d.event({ span: "The U.S. military will bomb Kataib Hezbollah again.", trigger: "bomb", type: "ASSAULT", mode: "airstrike", actors: ["us_military"], targets: ["kataib_hezbollah"], modality: "future" });
    d.relation(strike, cause, "in retaliation for", "in retaliation for the attack");
    const r = link([d.build()]);
    expect(r.events).toHaveLength(2);
    expect(r.events.flatMap((e) => e.mentions).some((m) => m.text.includes("will bomb"))).toBe(false);
    expect(r.relations).toHaveLength(1);
  });

  it("lists a statement told as not made ('did not condemn') as no event, but a planned one as an event", () => {
    const d = actors(new FixtureDoc("d1", "The U.S. military did not condemn Kataib Hezbollah. Iran will condemn Kataib Hezbollah.", { published: "2019-12-30" }));
    d.event({ span: "The U.S. military did not condemn Kataib Hezbollah.", trigger: "condemn", type: "DISAPPROVE", actors: ["us_military"], targets: ["kataib_hezbollah"], modality: "denied" });
    d.event({ span: "Iran will condemn Kataib Hezbollah.", trigger: "condemn", type: "DISAPPROVE", actors: ["iran"], targets: ["kataib_hezbollah"], modality: "future" });
    const r = link([d.build()]);
    expect(r.events.map((e) => e.mentions.map((m) => m.text))).toEqual([["Iran will condemn Kataib Hezbollah."]]);
  });

  it("lists an announced withdrawal as an event, but not one only demanded or threatened", () => {
    const text = "Kataib Hezbollah will withdraw from the K-1 base. Israel threatened to withdraw from talks with Hamas.";
    const d = actors(new FixtureDoc("d1", text, { published: "2019-12-30" }));
    d.event({ span: "Kataib Hezbollah will withdraw from the K-1 base.", trigger: "withdraw", type: "RETREAT", mode: "withdrawal", actors: ["kataib_hezbollah"], location: "k1", modality: "future" });
    d.event({ span: "Israel threatened to withdraw from talks with Hamas.", trigger: "withdraw", type: "RETREAT", mode: "withdrawal", actors: ["israel"], targets: ["hamas"], modality: "future", wanted: true });
    const r = link([d.build()]);
    expect(r.events.map((e) => e.mentions.map((m) => m.text))).toEqual([["Kataib Hezbollah will withdraw from the K-1 base."]]);
  });

  it("keeps a cause of a cause apart from the event it led to, and lets it join its own event", () => {
    const a = actors(new FixtureDoc("d1", "The U.S. military bombed Kataib Hezbollah on Sunday.", { published: "2019-12-30" }));
    a.event({ span: a.text, trigger: "bombed", type: "ASSAULT", mode: "airstrike", actors: ["us_military"], targets: ["kataib_hezbollah"], date: "2019-12-29", dateText: "on Sunday", dateSource: "text" });
    const b = actors(
      new FixtureDoc("d2", "A U.S. military strike killed Hamas leaders on Thursday. The strike came days after Iran stormed a checkpoint, itself in retaliation for U.S. military strikes on Kataib Hezbollah.", {
        published: "2020-01-03",
      }),
    );
    b.event({ span: "A U.S. military strike killed Hamas leaders on Thursday.", trigger: "strike", type: "ASSAULT", mode: "airstrike", actors: ["us_military"], targets: ["hamas"], date: "2020-01-02", dateText: "on Thursday", dateSource: "text" });
    const came = b.event({ span: "The strike came", trigger: "strike", type: "ASSAULT", mode: "airstrike", anaphoric: true });
    const stormed = b.event({ span: "Iran stormed a checkpoint", trigger: "stormed", type: "ASSAULT", actors: ["iran"] });
    const strikes = b.event({ span: "U.S. military strikes on Kataib Hezbollah", trigger: "strikes", type: "ASSAULT", mode: "airstrike", actors: ["us_military"], targets: ["kataib_hezbollah"] });
    b.relation(came, stormed, "days after", "came days after", null, "CAUSE");
    b.relation(stormed, strikes, "in retaliation for", "in retaliation for");
    const r = link([a.build(), b.build()]);
    const eventOf = (text: string) => r.events.find((e) => e.mentions.some((m) => m.text === text));
    expect(eventOf("U.S. military strikes on Kataib Hezbollah")?.id).toBe(eventOf(a.text)?.id);
    expect(eventOf("The strike came")?.id).toBe(eventOf("A U.S. military strike killed Hamas leaders on Thursday.")?.id);
  });

  it("a bare reference back means the act its document just told with the same word, even one told as a cause", () => {
    const text =
      "Israel struck the K-1 base on Friday. The strike came six days after the barrage by Iran against Israel. That barrage was itself an answer to the bombing of a consulate.";
    const d = actors(new FixtureDoc("d1", text, { published: "2024-04-20" }));
    d.event({ span: "Israel struck the K-1 base on Friday.", trigger: "struck", type: "ASSAULT", actors: ["israel"], location: "k1", date: "2024-04-19", dateText: "on Friday", dateSource: "text" });
    const came = d.event({ span: "The strike came", trigger: "strike", type: "ASSAULT", anaphoric: true });
    const barrage = d.event({ span: "the barrage by Iran against Israel", trigger: "barrage", type: "ASSAULT", actors: ["iran"], targets: ["israel"] });
    const that = d.event({ span: "That barrage", trigger: "barrage", type: "ASSAULT", anaphoric: true });
    const bombing = d.event({ span: "the bombing of a consulate", trigger: "bombing", type: "ASSAULT", mode: "bombing", anaphoric: true });
    d.relation(came, barrage, "days after", "came six days after", null, "CAUSE");
    d.relation(that, bombing, "answer to", "an answer to the bombing", null, "CAUSE");
    const w = actors(new FixtureDoc("d2", "Iran fired drones at Israel on Saturday.", { published: "2024-04-14" }));
    w.event({ span: w.text, trigger: "fired drones", type: "ASSAULT", mode: "drone strike", actors: ["iran"], targets: ["israel"], date: "2024-04-13", dateText: "on Saturday", dateSource: "text" });
    const r = link([d.build(), w.build()]);
    const eventOf = (needle: string) => r.events.find((e) => e.mentions.some((m) => m.text === needle))?.id;
    expect(eventOf("That barrage")).toBe(eventOf("the barrage by Iran against Israel"));
    expect(eventOf("That barrage")).not.toBe(eventOf("Israel struck the K-1 base on Friday."));
  });

  it("joins the reports a document states to tell one act, and records whom each source blames", () => {
    const filler = " Officials met for hours to weigh a response, and the talks went on late into the night without any decision.".repeat(10);
    const text = `An explosion hit the K-1 base on Tuesday.${filler} Iran blamed an Israeli air strike. Israel said the blast was caused by a rocket misfired by Hamas.`;
    const d = actors(new FixtureDoc("d1", text, { published: "2024-04-17" }));
    const blast = d.event({ span: "An explosion hit the K-1 base on Tuesday.", trigger: "explosion", type: "ASSAULT", mode: "explosion", location: "k1", date: "2024-04-16", dateText: "on Tuesday", dateSource: "text" });
    d.event({ span: "an Israeli air strike", trigger: "air strike", type: "ASSAULT", mode: "airstrike", actors: ["israel"], assertedBy: "iran", sameAs: blast });
    d.event({ span: "the blast was caused by a rocket misfired by Hamas", trigger: "blast", type: "ASSAULT", mode: "explosion", actors: ["hamas"], assertedBy: "israel", anaphoric: true });
    const r = link([d.build()]);
    const violent = r.events.filter((e) => e.type === "ASSAULT");
    expect(violent).toHaveLength(1);
    const who = r.discrepancies.find((x) => x.attribute === "perpetrator");
    expect(new Set(who?.values.map((v) => v.value))).toEqual(new Set(["Israel", "Hamas"]));
  });

  it("keeps a speaker's claim that the target's own side did it with the act, as a disputed perpetrator beside the accusation", () => {
    const text = "A missile hit the K-1 base in Israel on Friday, killing 50. Israel blamed Hamas for the attack. Hamas said the attack was the work of Israel.";
    const d = actors(new FixtureDoc("d1", text, { published: "2024-04-09" }));
    const strike = d.event({ span: "A missile hit the K-1 base in Israel on Friday, killing 50.", trigger: "hit", type: "ASSAULT", targets: ["israel"], location: "k1", date: "2024-04-05", dateText: "on Friday", dateSource: "text", fatalities: 50 });
    const blame = d.event({ span: "Israel blamed Hamas for the attack.", trigger: "blamed", type: "ACCUSE", actors: ["israel"], targets: ["hamas"] });
    d.relation(blame, strike, "accusation", "blamed Hamas for the attack", null, "CAUSE");
    d.event({ span: "the attack was the work of Israel", trigger: "attack", type: "ASSAULT", actors: ["israel"], assertedBy: "hamas", anaphoric: true });
    const r = link([d.build()]);
    expect(r.events.filter((e) => e.type === "ASSAULT")).toHaveLength(1);
    const who = r.discrepancies.find((x) => x.attribute === "perpetrator");
    expect(who?.values.map((v) => v.value).sort()).toEqual(["Hamas", "Israel"]);
  });

  it("places an undated reference back from another source by the very toll it tells, and not by a toll it does not", () => {
    const a = actors(new FixtureDoc("d1", "Israel struck Gaza on Tuesday in response to a landmine explosion that killed six soldiers on Monday.", { published: "2023-09-20" }));
    a.event({ span: "a landmine explosion that killed six soldiers on Monday.", trigger: "explosion", type: "ASSAULT", mode: "explosion", date: "2023-09-18", dateText: "on Monday", dateSource: "text", fatalities: 6 });
    const b = new FixtureDoc("d2", "The mine attack killed six of ours.", { published: "2023-09-26", kind: "comment" });
    b.event({ span: b.text, trigger: "attack", type: "ASSAULT", anaphoric: true, fatalities: 6 });
    const c = new FixtureDoc("d3", "The mine attack killed four of ours.", { published: "2023-09-26", kind: "comment" });
    c.event({ span: c.text, trigger: "attack", type: "ASSAULT", anaphoric: true, fatalities: 4 });
    const r = link([a.build(), b.build(), c.build()]);
    expect(eventsWith(r, "d2", "mine attack").map((e) => e.mentions.map((m) => m.doc).sort())).toEqual([["d1", "d2"]]);
    expect(eventsWith(r, "d3", "mine attack").flatMap((e) => e.mentions.map((m) => m.doc))).toEqual(["d3"]);
  });

  it("a reference back means the event its document already referred to by that word, over a nearer event told with another", () => {
    const filler = " Officials met for hours to weigh a response, and the talks went on late into the night without any decision.".repeat(3);
    const text =
      `Russia fired dozens of cruise missiles at Kyiv on Monday. Putin said the strikes were a response.${filler} ` +
      "On Saturday a truck exploded on the bridge. Nobody has claimed the blast. The ministry said the strikes damaged 11 power plants.";
    const d = new FixtureDoc("d1", text, { published: "2022-10-10" });
    d.entity("russia", "Russia", "COUNTRY", { country: "RU" }).mention("russia", "Russia");
    d.event({ span: "Russia fired dozens of cruise missiles at Kyiv on Monday.", trigger: "fired", type: "ASSAULT", mode: "missile strike", actors: ["russia"], date: "2022-10-10", dateText: "on Monday" });
    d.event({ span: "Putin said the strikes were a response.", trigger: "strikes", type: "ASSAULT", anaphoric: true });
    d.event({ span: "On Saturday a truck exploded on the bridge.", trigger: "exploded", type: "ASSAULT", mode: "explosion", date: "2022-10-08", dateText: "On Saturday" });
    d.event({ span: "Nobody has claimed the blast.", trigger: "blast", type: "ASSAULT", mode: "explosion", anaphoric: true });
    d.event({ span: "The ministry said the strikes damaged 11 power plants.", trigger: "strikes", type: "ASSAULT", anaphoric: true });
    const r = link([d.build()]);
    const [damaged] = eventsWith(r, "d1", "damaged 11");
    expect(damaged?.mentions.map((m) => m.text)).toContain("Russia fired dozens of cruise missiles at Kyiv on Monday.");
    expect(eventsWith(r, "d1", "Nobody has claimed")[0]?.mentions.some((m) => m.text.includes("truck exploded"))).toBe(true);
  });

  it("keeps a burning and an abduction told side by side apart", () => {
    const text = "Protesters set part of the building on fire on Tuesday. Police had abducted several activists on Tuesday.";
    const d = new FixtureDoc("d1", text, { published: "2024-06-25" });
    d.event({ span: "Protesters set part of the building on fire on Tuesday.", trigger: "set part of the building on fire", type: "COERCE", mode: "destruction", date: "2024-06-25", dateText: "on Tuesday" });
    d.event({ span: "Police had abducted several activists on Tuesday.", trigger: "abducted", type: "COERCE", mode: "abduction", date: "2024-06-25", dateText: "on Tuesday" });
    expect(link([d.build()]).events).toHaveLength(2);
  });

  it("places a bare toll after the references back of its document that say more", () => {
    const a = actors(new FixtureDoc("d1", "A missile hit the K-1 base on Friday, killing 50.", { published: "2024-04-08" }));
    a.event({ span: a.text, trigger: "hit", type: "ASSAULT", location: "k1", date: "2024-04-05", dateText: "on Friday", dateSource: "text", fatalities: 50 });
    const b = actors(new FixtureDoc("d2", "Two days after the missile strike on the K-1 base, Israel says 57 died. Hamas said 39 were killed.", { published: "2024-04-10" }));
    b.event({ span: "the missile strike on the K-1 base", trigger: "missile strike", type: "ASSAULT", mode: "missile strike", location: "k1", anaphoric: true });
    b.event({ span: "Israel says 57 died.", trigger: "died", type: "ASSAULT", fatalities: 57, anaphoric: true });
    b.event({ span: "Hamas said 39 were killed.", trigger: "killed", type: "ASSAULT", fatalities: 39 });
    const r = link([a.build(), b.build()]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]?.fatalities).toEqual({ min: 39, max: 57 });
  });

  it("places a cause told with its own day among the other dated reports, so a later reference finds it", () => {
    const filler = " Officials met for hours to weigh a response, and the talks went on late into the night without any decision.".repeat(4);
    const text = `Iran fired drones at Israel on Saturday in retaliation for an Israeli strike in Damascus on April 1.${filler} The April 1 strike killed seven members of Hamas.`;
    const d = actors(new FixtureDoc("d1", text, { published: "2024-04-14" }));
    d.entity("damascus", "Damascus", "PLACE").mention("damascus", "Damascus");
    const fired = d.event({ span: "Iran fired drones at Israel on Saturday", trigger: "fired drones", type: "ASSAULT", mode: "drone strike", actors: ["iran"], targets: ["israel"], date: "2024-04-13", dateText: "on Saturday", dateSource: "text" });
    const strike = d.event({ span: "an Israeli strike in Damascus on April 1.", trigger: "strike", type: "ASSAULT", actors: ["israel"], location: "damascus", date: "2024-04-01", dateText: "on April 1", dateSource: "text" });
    d.event({ span: "The April 1 strike killed seven members of Hamas.", trigger: "strike", type: "ASSAULT", targets: ["hamas"], date: "2024-04-01", dateText: "April 1", dateSource: "text", fatalities: 7, anaphoric: true });
    d.relation(fired, strike, "in retaliation for", "in retaliation for an Israeli strike");
    const r = link([d.build()]);
    const eventOf = (needle: string) => r.events.find((e) => e.mentions.some((m) => m.text === needle))?.id;
    expect(eventOf("The April 1 strike killed seven members of Hamas.")).toBe(eventOf("an Israeli strike in Damascus on April 1."));
  });

  it("keeps accusations about different acts apart, each linked to its own act", () => {
    const d = actors(
      new FixtureDoc("d1", "Iran killed a contractor at the K-1 base on Friday. Hamas stormed a checkpoint on Tuesday. Israel accused Iran of the killing. Israel accused Iran of the storming.", {
        published: "2019-12-31",
      }),
    );
    const killing = d.event({ span: "Iran killed a contractor at the K-1 base on Friday.", trigger: "killed", type: "ASSAULT", actors: ["iran"], location: "k1", date: "2019-12-27", dateText: "on Friday", dateSource: "text" });
    const storming = d.event({ span: "Hamas stormed a checkpoint on Tuesday.", trigger: "stormed", type: "PROTEST", mode: "storming", actors: ["hamas"], date: "2019-12-31", dateText: "on Tuesday", dateSource: "text" });
    const first = d.event({ span: "Israel accused Iran of the killing.", trigger: "accused", type: "ACCUSE", mode: "accusation", actors: ["israel"], targets: ["iran"] });
    const second = d.event({ span: "Israel accused Iran of the storming.", trigger: "accused", type: "ACCUSE", mode: "accusation", actors: ["israel"], targets: ["iran"] });
    d.relation(first, killing, "accused", "accused Iran of the killing", null, "CAUSE");
    d.relation(second, storming, "accused", "accused Iran of the storming", null, "CAUSE");
    const r = link([d.build()]);
    const accusations = r.events.filter((e) => e.type === "ACCUSE");
    expect(accusations).toHaveLength(2);
    const about = (e: (typeof r.events)[number]) => r.relations.find((x) => x.from === e.id)?.to;
    expect(new Set(accusations.map(about)).size).toBe(2);
  });

  it("joins one side's accusations about the same act from different sources, and keeps the other side's apart", () => {
    const us = (d: FixtureDoc) => {
      d.entity("us_government", "US government", "GOVERNMENT", { country: "US" });
      d.entity("us_military", "U.S. military", "MILITARY", { country: "US" });
      d.entity("trump", "Trump", "PERSON", { partOf: "us_government", country: "US" });
      for (const [key, name] of [["us_military", "U.S. military"], ["trump", "Trump"]] as const) if (d.text.includes(name)) d.mention(key, name);
      return d;
    };
    const attack = { trigger: "killed", type: "ASSAULT", mode: "rocket attack", location: "k1", date: "2019-12-27", fatalities: 1 } as const;
    const a = actors(us(new FixtureDoc("d1", "Rockets killed a contractor at the K-1 base on Friday. The U.S. military blamed Kataib Hezbollah for the attack.", { published: "2019-12-30" })));
    const a1 = a.event({ ...attack, span: "Rockets killed a contractor at the K-1 base on Friday." });
    const a2 = a.event({ span: "The U.S. military blamed Kataib Hezbollah for the attack.", trigger: "blamed", type: "ACCUSE", mode: "accusation", actors: ["us_military"], targets: ["kataib_hezbollah"] });
    a.relation(a2, a1, "blamed", "blamed Kataib Hezbollah for the attack", null, "CAUSE");
    const b = actors(us(new FixtureDoc("d2", "Rockets killed a contractor at the K-1 base on Friday. Trump blamed Iran for the attack.", { published: "2019-12-31" })));
    const b1 = b.event({ ...attack, span: "Rockets killed a contractor at the K-1 base on Friday." });
    const b2 = b.event({ span: "Trump blamed Iran for the attack.", trigger: "blamed", type: "ACCUSE", mode: "accusation", actors: ["trump"], targets: ["iran"] });
    b.relation(b2, b1, "blamed", "blamed Iran for the attack", null, "CAUSE");
    const c = actors(new FixtureDoc("d3", "Rockets killed a contractor at the K-1 base on Friday. Iran blamed Israel for the attack.", { published: "2019-12-31" }));
    const c1 = c.event({ ...attack, span: "Rockets killed a contractor at the K-1 base on Friday." });
    const c2 = c.event({ span: "Iran blamed Israel for the attack.", trigger: "blamed", type: "ACCUSE", mode: "accusation", actors: ["iran"], targets: ["israel"] });
    c.relation(c2, c1, "blamed", "blamed Israel for the attack", null, "CAUSE");
    const r = link([a.build(), b.build(), c.build()]);
    expect(r.events.filter((e) => e.type === "ASSAULT")).toHaveLength(1);
    const accusations = r.events.filter((e) => e.type === "ACCUSE");
    expect(accusations.map((e) => e.sources).sort()).toEqual([["d1", "d2"], ["d3"]]);
    const joined = accusations.find((e) => e.numMentions === 2)!;
    // a president and his state's military are one accuser, not a disputed one
    expect(r.discrepancies.filter((x) => x.event === joined.id && x.attribute === "perpetrator")).toEqual([]);
  });

  it("gives an undated event the earliest publication date of its sources, flagged as inferred", () => {
    const u = actors(new FixtureDoc("d1", "The U.S. military bombed Kataib Hezbollah.", { published: "2020-01-03" }));
    u.event({ span: u.text, trigger: "bombed", type: "ASSAULT", actors: ["us_military"], targets: ["kataib_hezbollah"] });
    const e = link([u.build()]).events[0]!;
    expect([e.date, e.datePrecision, e.dateInferred]).toEqual(["2020-01-03", "day", true]);
    expect(link(strikeDocs()).events[0]!.dateInferred).toBeUndefined();
  });

  it("is deterministic: the same input gives byte-identical output", () => {
    const once = JSON.stringify(link(strikeDocs()));
    const twice = JSON.stringify(link(strikeDocs()));
    expect(twice).toBe(once);
  });

  it("keeps provenance: every span in the result slices back to its document", () => {
    const docs = strikeDocs();
    const text = new Map(docs.map((d) => [d.id, d.text]));
    const r = link(docs);
    const spans = [
      ...r.mentions,
      ...r.events.flatMap((e) => e.mentions),
      ...r.discrepancies.flatMap((d) => d.values.map((v) => ({ ...v, text: v.text ?? "" }))),
      ...r.claims,
    ];
    expect(spans.length).toBeGreaterThan(5);
    for (const s of spans) expect(text.get(s.doc)!.slice(s.start, s.end)).toBe(s.text);
  });
});
