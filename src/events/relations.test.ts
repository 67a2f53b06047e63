import { describe, expect, it } from "vitest";
import { extractText } from "./testing.js";

const run = (text: string) => extractText(text);

describe("causal links", () => {
  it("in retaliation for a nominal event", () => {
    const r = run("The strikes were conducted in retaliation for the death of a U.S. contractor in a rocket attack.");
    expect(r.relations).toHaveLength(1);
    const rel = r.relations[0]!;
    expect(rel.type).toBe("RETALIATION");
    const cause = r.events[rel.to]!;
    expect(cause.mode).toBe("rocket attack");
    expect(cause.fatalities).toBe(1);
    expect(r.events[rel.from]?.trigger.text).toBe("strikes");
    expect(rel.evidence.text.startsWith("in retaliation for")).toBe(true);
  });

  it("'a retaliation for' set off by a comma, and one state's 'answer to' another's act", () => {
    const r = run("Iran fired missiles at Israel on Saturday, a retaliation for an Israeli strike on its consulate in Damascus.");
    const rel = r.relations[0];
    expect(rel?.type).toBe("RETALIATION");
    expect(r.events[rel!.to]?.actors).toEqual(["israel"]);
    const b = run("That barrage was itself Iran's answer to the bombing of its consulate.");
    expect(b.relations[0]?.type).toBe("RETALIATION");
    expect(b.events[b.relations[0]!.to]?.trigger.text).toBe("bombing");
  });

  it("'its response to X' is a cue, and a date in X's relative clause dates X", () => {
    const r = extractText("The United States launched airstrikes on Friday against targets in Iraq, the first wave of its response to a drone attack that killed three soldiers in Jordan last weekend.", {
      times: { "on Friday": "2024-02-02", "last weekend": "2024-01-27/2024-01-28" },
    });
    const rel = r.relations[0];
    expect(rel?.type).toBe("RETALIATION");
    const cause = r.events[rel!.to];
    expect(cause?.trigger.text).toBe("drone attack");
    expect(cause?.date).toBe("2024-01-27/2024-01-28");
    expect(r.events[rel!.from]?.fatalities ?? null).toBeNull();
  });

  it("a cause a headline names beside its news takes no headline date", () => {
    const r = extractText("US Strikes 85 Targets in Iraq in Retaliation for Deadly Drone Attack on Jordan Base\n\nThe strikes began on Friday.", { published: "2024-02-02" });
    const cause = r.events.find((e) => e.trigger.text.toLowerCase() === "drone attack");
    expect(cause).toBeDefined();
    expect(cause?.dateSource ?? null).not.toBe("headline");
    expect(r.events.find((e) => e.trigger.text === "Strikes")?.dateSource).toBe("headline");
  });

  it("a response that names nothing ('in response.') answers the latest hostile act of others told before it", () => {
    const r = run("Hamas shelled the camp on Friday, killing 40 people. Israel said its jets had struck Hamas positions in response.");
    const rel = r.relations[0];
    expect(rel?.type).toBe("RETALIATION");
    expect(r.events[rel!.to]?.trigger.text).toBe("shelled");
    expect(r.events[rel!.from]?.trigger.text).toBe("struck");
    expect(rel?.cue).toContain("object read from context");
    expect(rel?.implied).toBe(true);
  });

  it("', and that ...' after a cue starts a second act of what was said, out of the cue's scope", () => {
    const r = run("The spokesman said the air force had struck targets in retaliation for Tuesday's raid, and that jets that crossed the border had been shot down.");
    const rel = r.relations[0];
    expect(rel?.type).toBe("RETALIATION");
    expect(r.events[rel!.to]?.text).toBe("Tuesday's raid");
    expect(r.events.map((e) => e.trigger.text)).toEqual(["struck", "raid", "shot down"]);
  });

  it("'came six days after X': the span between the two acts is no date of the cause", () => {
    const r = extractText("The strike came six days after Iran's barrage against Israel.", { times: { "six days after": "2024-04-25" } });
    const barrage = r.events.find((e) => e.trigger.text === "barrage");
    expect(barrage?.date).toBeNull();
    expect(barrage?.actors).toEqual(["iran"]);
    // a time phrase that only opens with the cue still dates the act after it
    const b = extractText("Sure enough, after a day of silence, Russia attacked Kyiv.", { times: { "after a day": "2024-04-21" } });
    expect(b.events.find((e) => e.trigger.text === "attacked")?.date).toBe("2024-04-21");
  });

  it("what an explosion was caused by is how it came about: the same act, and its doer", () => {
    const r = run("Explosions hit Hamas bases in Gaza. These were either caused by the heat or by Israeli air attacks.");
    const air = r.events.find((e) => e.trigger.text === "air attacks");
    const blast = r.events.find((e) => e.trigger.text === "Explosions");
    expect(air?.sameAs).toBe(blast?.index);
    expect(r.relations).toHaveLength(0);
    const b = run("Israel said the blast was caused by a rocket misfired by Hamas.");
    expect(b.events[0]?.actors).toEqual(["hamas"]);
  });

  it("who is said to have fired the weapon is the act's actor as the sentence tells it", () => {
    const r = run("Russia denied carrying out the attack and said the missile that hit the station was fired by Ukrainian forces.");
    expect(r.events.find((e) => e.type === "ASSAULT")?.actors).toEqual(["ukraine"]);
  });

  it("an act with an actor of its own that a speaker blames is their account of the act just told", () => {
    const r = run("An explosion hit a hospital in Gaza. Hamas blamed an Israeli air strike.");
    const strike = r.events.find((e) => e.trigger.text === "air strike");
    expect(strike?.sameAs).toBe(r.events.find((e) => e.trigger.text === "explosion")?.index);
    // blaming someone "for" an act names another act
    const b = run("An explosion hit a hospital in Gaza. Hamas blamed an Israeli strike for the deaths.");
    expect(b.events.find((e) => e.trigger.text === "strike")?.sameAs).toBeUndefined();
  });

  it("a reprisal for ... in a reported sentence", () => {
    const r = run("US jets struck five targets in Syria, the Pentagon said, a reprisal for a rocket attack that killed a contractor.");
    const rel = r.relations[0];
    expect(rel?.type).toBe("RETALIATION");
    expect(r.events[rel!.to]?.fatalities).toBe(1);
  });

  it("links each of the events a list names to the cause", () => {
    const r = run("In the week following the fatal shooting of a teenager, several protests and riots erupted in Kharkiv.");
    expect(r.relations.map((x) => `${r.events[x.from]?.trigger.text} -> ${r.events[x.to]?.trigger.text}`)).toEqual(["protests -> shooting", "riots -> shooting"]);
  });

  it("an event that escalated into another caused it", () => {
    const r = run("The protest in Khartoum escalated into clashes with the army.");
    expect(r.relations.map((x) => `${x.type} ${r.events[x.from]?.trigger.text} -> ${r.events[x.to]?.trigger.text}`)).toEqual(["CAUSE clashes -> protest"]);
  });

  it("in protest at is CAUSE", () => {
    const r = run("Thousands stormed the embassy in protest at US airstrikes on Kataib Hezbollah.");
    expect(r.relations[0]?.type).toBe("CAUSE");
    expect(r.events[r.relations[0]!.from]?.type).toBe("PROTEST");
    expect(r.events[r.relations[0]!.to]?.type).toBe("ASSAULT");
  });

  it("an act told with 'after doing' is the same actor's episode, not a cause; 'after being attacked' is one", () => {
    const r = run("Protesters stormed the embassy after smashing a door and setting fire to a reception area.");
    expect(r.events.map((e) => e.type)).toEqual(["PROTEST", "COERCE"]);
    expect(r.relations).toEqual([]);
    const b = run("Iran struck the base after being attacked by Israel. The US struck the base after Iran attacked the embassy.");
    expect(b.relations.map((x) => [b.events[x.from]?.trigger.text, b.events[x.to]?.trigger.text])).toEqual([
      ["struck", "attacked"],
      ["struck", "attacked"],
    ]);
    // what is received is another's act, and a cause
    const c = run("The Houthis agreed to a truce after receiving guarantees from Saudi Arabia.");
    expect(c.relations.map((x) => c.events[x.to]?.trigger.text)).toEqual(["guarantees"]);
  });

  it("sentence-initial cue: After X, Y", () => {
    const r = run("After the bombing of the market, protesters marched through Khartoum.");
    const rel = r.relations[0];
    expect(r.events[rel!.from]?.type).toBe("PROTEST");
    expect(r.events[rel!.to]?.type).toBe("ASSAULT");
  });

  it("cause-first: X, prompting Y", () => {
    const r = run("Protesters set fire to the gate, prompting tear gas.");
    const rel = r.relations[0];
    expect(r.events[rel!.from]?.mode).toBe("crowd control");
    expect(r.events[rel!.to]?.mode).toBe("destruction");
  });

  it("a response cue links to the previous sentence's attack", () => {
    const r = run("Hamas fired rockets at Israel. Israel responded with airstrikes on Gaza.");
    const rel = r.relations[0];
    expect(rel?.type).toBe("RETALIATION");
    expect(r.events[rel!.from]?.mode).toBe("airstrike");
  });

  it("a condemnation points at what it condemns", () => {
    const r = run("Iraq condemned the US attack.");
    const rel = r.relations[0];
    expect(rel?.type).toBe("CAUSE");
    expect(r.events[rel!.from]?.type).toBe("DISAPPROVE");
    expect(r.events[rel!.to]?.type).toBe("ASSAULT");
  });
});

describe("leading causes behind a time phrase, and more cue verbs", () => {
  it("reads 'In the week following X, Y' as X causing Y", () => {
    const r = run("In the week following the shooting of a student, protests erupted in the city.");
    expect(r.relations).toHaveLength(1);
    const rel = r.relations[0]!;
    expect(r.events[rel.from]?.type).toBe("PROTEST");
    expect(r.events[rel.to]?.type).toBe("ASSAULT");
  });

  it("reads 'X fueled Y' with X as the cause", () => {
    const r = run("The killing of a student by police fueled a riot on Monday.");
    const rel = r.relations[0]!;
    expect(rel.cue).toBe("fueled");
    expect(r.events[rel.from]?.type).toBe("PROTEST");
  });
});
