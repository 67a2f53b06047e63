/**
 * Event rules that need what the entity stage knows of each actor — its country, its
 * kind, its full name — run through the whole pipeline rather than the test dictionary.
 */
import { describe, expect, it } from "vitest";
import { createPipeline } from "../pipeline.js";

const pipeline = createPipeline();
const events = (text: string) => pipeline.analyze({ text, kind: "article", published: "2020-01-02", title: null }).events;
const accusations = (text: string) => events(text).filter((e) => e.type === "ACCUSE");

describe("accusations read from claims, by whom", () => {
  it("a state telling of its own forces' strike claims it; no accusation", () => {
    expect(accusations("The Russian military struck five targets in Syria on Sunday, the Kremlin said.")).toHaveLength(0);
    expect(accusations("The U.S. military struck five targets in Iraq on Sunday, Defense Secretary Mark Esper said.")).toHaveLength(0);
  });

  it("another state telling of the same strike accuses its author", () => {
    const other = accusations("The Russian military struck five targets in Syria on Sunday, the State Department said.");
    expect(other).toHaveLength(1);
    expect(other[0]?.actors).toEqual(["us_department_of_state"]);
    expect(other[0]?.targets).toEqual(["russia_military"]);
  });
});

describe("accusations of planning", () => {
  it("a claim that someone is planning an attack, named as the quotation's subject, accuses them of it", () => {
    const planned = accusations("The Pentagon said in a statement that “Hamas is actively developing plans to attack the embassy.”");
    expect(planned).toHaveLength(1);
    expect(planned[0]?.targets).toEqual(["hamas"]);
    // a future attack not told as planned now accuses no one
    expect(accusations("The Pentagon said in a statement that “Hamas will attack the embassy.”")).toHaveLength(0);
  });
});

describe("a speaker who goes on", () => {
  it("'She continued: “...”' is the last named speaker's, not the last person named", () => {
    const text = "The Pentagon said in a statement that Hamas had attacked the embassy, days after Biden met Netanyahu. She continued: “The strike was aimed at deterring future attacks.”";
    const claims = pipeline.analyze({ text, kind: "article", published: "2020-01-02", title: null }).claims;
    const going = claims.find((c) => c.text.includes("deterring"));
    expect(going?.speaker).toBe(claims[0]?.speaker);
    expect(going?.speaker).toMatch(/defense|pentagon/);
  });
});

describe("threats of force", () => {
  it("are dated when told, not when the act they announce would come", () => {
    const threat = events("“We will surround all their bases in the coming days,” Hassam Abbas said.").find((e) => e.type === "THREATEN");
    expect(threat?.mode).toBe("threat of force");
    expect(threat?.date).toBeNull();
  });

  it("surrounding a base or an embassy is a blockade; a place surrounded by a town is not", () => {
    expect(events("Militiamen surrounded the U.S. embassy compound in Baghdad.").map((e) => [e.type, e.mode])).toContainEqual(["COERCE", "blockade"]);
    expect(events("The hotel is surrounded by the old town and a camp.")).toEqual([]);
  });
});

describe("anaphors that name several groups", () => {
  const target = (text: string) => events(text).find((e) => e.trigger.text === "attacked")?.targets;

  it("'these groups' takes a plural name before a nearer single group", () => {
    expect(target("When the Islamic State overran large parts of Iraq, Iran helped to stand up the Popular Mobilization Forces. Israel attacked these groups throughout the year.")).toEqual(["popular_mobilization_forces"]);
  });

  it("with no plural name in reach, the nearest subject", () => {
    expect(target("The Islamic State overran Mosul. Israel attacked these groups.")).toEqual(["islamic_state"]);
  });
});

describe("who took part, read with how each is named", () => {
  const first = (text: string) => events(text)[0];

  it("a country's name after 'in' before the event noun says where; its adjective or short form names the attacker", () => {
    const where = first("Four Kenyan police officers killed in Somalia bomb attack.");
    expect(where?.actors).toEqual([]);
    expect(where?.location).toBe("somalia");
    expect(where?.targets).toEqual(["kenya_police"]);
    expect(first("Nine civilians died in an Ethiopian drone strike.")?.actors).toEqual(["ethiopia"]);
    expect(first("Nine civilians died in a U.S. drone strike.")?.actors).toEqual(["united_states"]);
  });

  it("an addition in brackets joins the list before it", () => {
    const e = first("Three Ukrainian soldiers (and a Polish one) were killed in a drone attack.");
    expect(e?.targets).toEqual(expect.arrayContaining(["ukraine_armed_forces", "poland"]));
  });

  it("those whose deaths in an attack are told are its targets, and a name in lower case still modifies the noun", () => {
    const e = first("Surely the deaths of two more Kenyan soldiers in an al-Shabaab attack are grounds for war.");
    expect(e?.type).toBe("ASSAULT");
    expect(e?.actors).toEqual(["al_shabaab"]);
    expect(e?.targets).toEqual(["kenya_military"]);
  });

  it("a group told by the country it is in stands for that country when no one else is named", () => {
    expect(first("Opposition groups in Zimbabwe demanded new elections.")?.actors).toEqual(["zimbabwe"]);
    // an event noun is no group of people
    expect(first("The attacks in Syria killed 20 people.")?.actors).toEqual([]);
  });

  it("what is given goes to the one named after 'for'", () => {
    const aid = events("Ministers agreed on Monday to provide about 40 million euros of aid for Moldova and Georgia.").find((e) => e.type === "AID");
    expect(aid?.targets).toEqual(["moldova", "georgia"]);
  });

  it("a verb after 'and' and a repeated modal keeps the subject", () => {
    const sanctions = events("Canada said it would freeze the assets of the group and would deny entry to its leaders.").filter((e) => e.type === "SANCTION");
    expect(sanctions.map((e) => e.actors)).toEqual([["canada"], ["canada"]]);
  });
});

describe("where it happened", () => {
  const first = (text: string) => events(text)[0];

  it("a retreat is placed where it leaves; 'outside of' is 'outside'", () => {
    expect(first("Bosnian Serbs said their forces had completed their withdrawal from the besieged Bosnian town of Gorazde.")?.location).toBe("gorazde");
    expect(first("Three soldiers were killed by a roadside bomb outside of the Iraqi city of Kirkuk.")?.location).toBe("kirkuk");
    // where the others come from is not where they act
    expect(first("Protesters from Kirkuk marched in Baghdad.")?.location).toBe("baghdad");
  });

  it("an act in a part of a compound ('in the courtyard of the embassy') happened at that compound", () => {
    // (two compounds named: the part's own "of" says which)
    const rally = events("Militiamen left Baghdad airport and rallied in the courtyard of the US embassy in Baghdad.").find((e) => e.trigger.text === "rallied");
    expect(rally?.location).toMatch(/embassy/);
  });
});

describe("a reply's addressee", () => {
  const comment = (text: string) => pipeline.analyze({ text, kind: "comment", published: "2022-10-12", title: null }).events;

  it("takes no part in what the reply says ('@Dmitri The blast killed three')", () => {
    const [blast] = comment("@Dmitri The blast killed three, according to the investigators.");
    expect(blast?.actors).toEqual([]);
    expect(blast?.fatalities).toBe(3);
    expect(blast?.text.startsWith("The blast")).toBe(true);
    const [shelling] = comment("@ana_k, @Ben: Russia shelled the town.");
    expect(shelling?.actors).toEqual(["russia"]);
  });
});

describe("dates inside what a speaker says", () => {
  it("an act a speaker names is dated by a month ending what they said ('... in Christchurch in March.')", () => {
    const told = pipeline.analyze({ text: "The minister told parliament the attacks were retaliation for the mosque shootings in Christchurch in March.", kind: "article", published: "2019-04-26", title: null });
    expect(told.events.find((e) => e.trigger.text === "shootings")?.date).toBe("2019-03");
  });
});

describe("a country's name before an attack noun", () => {
  const violent = (text: string) => events(text).filter((e) => e.type === "ASSAULT");

  it("says where when the document places attacks in that country, and who otherwise", () => {
    const [headline] = violent("Sri Lanka Easter bombings kill more than 200\n\nSuicide bombers struck three churches in Sri Lanka on Sunday, killing 207 people.");
    expect([headline?.actors, headline?.location]).toEqual([[], "sri_lanka"]);
    const [strikes] = violent("US strikes kill 25 in Iraq\n\nU.S. jets struck Kataib Hezbollah sites in Iraq on Sunday, killing 25.");
    expect(strikes?.actors).toEqual(["united_states"]);
  });
});

describe("a named object at the end of a trigger phrase", () => {
  it("'closed the Rafah Crossing': the name the phrase ends on is its object, not a name the trigger sits in", () => {
    const closing = events("Egypt closed the Rafah Crossing on Monday.").find((e) => e.type === "COERCE");
    expect(closing?.trigger.text).toBe("closed the Rafah Crossing");
    expect(closing?.actors).toEqual(["egypt"]);
  });
});
