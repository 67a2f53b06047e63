import { describe, expect, it } from "vitest";
import type { QuoteSpan } from "../model/analysis.js";
import { extractText } from "./testing.js";

const run = (text: string, quotes: QuoteSpan[] = []) => extractText(text, { quotes });

describe("claims", () => {
  it("a toll told inside a claim is the speaker's, though the act's word stands before it", () => {
    const r = run("Russia condemned the strikes as a violation of its sovereignty and said 16 people were killed in the town.");
    const strikes = r.events.find((e) => e.trigger.text === "strikes");
    expect(strikes?.fatalities).toBe(16);
    expect(strikes?.assertedBy).toBe("russia");
  });

  it("two words are a claim when they tell a toll ('Russia says nobody died'), not a bare day ('said on Monday')", () => {
    const r = run("Russia says nobody died. Officials said on Monday.");
    expect(r.claims.map((c) => [c.speaker, c.text])).toEqual([["russia", "nobody died"]]);
  });

  it("who counts the dead reports a toll and is no actor of the killing", () => {
    const r = run("Hamas counted 23 fighters killed in the strikes.");
    expect(r.claims[0]?.speaker).toBe("hamas");
    const e = r.events.find((x) => x.trigger.text === "killed" || x.trigger.text === "strikes");
    expect(e?.actors ?? []).not.toContain("hamas");
    expect(r.events.some((x) => x.fatalities === 23 && x.assertedBy === "hamas")).toBe(true);
  });

  it("X said CONTENT", () => {
    const r = run("Zelensky said Russian missiles struck a power plant in Kyiv.");
    expect(r.claims).toHaveLength(1);
    const c = r.claims[0]!;
    expect(c.speaker).toBe("volodymyr_zelensky");
    expect(c.cue).toBe("said");
    expect(c.text).toBe("Russian missiles struck a power plant in Kyiv");
    const e = r.events.find((x) => x.type === "ASSAULT");
    expect(e?.assertedBy).toBe("volodymyr_zelensky");
    expect(e?.claim).toBe(0);
    expect(c.event).toBe(e?.index);
  });

  it("the head of the speaker's phrase speaks, not a name in a phrase after it", () => {
    const r = run("Hamas's envoy to Russia said the talks had failed.");
    expect(r.claims[0]?.speaker).toBe("hamas");
  });

  it("a speaker in a relative clause ('the figure that Hamas announced') does not say the sentence", () => {
    const r = run("An American estimate put the toll at 100, far below the figure of 471 that Hamas announced within hours.");
    expect(r.claims.filter((c) => c.speaker === "hamas")).toHaveLength(0);
    expect(run("Rockets hit Kyiv overnight, Zelensky said.").claims[0]?.speaker).toBe("volodymyr_zelensky");
  });

  it("what is told to someone starts after 'that'", () => {
    const r = run("An American official told Reuters that Israel carried out the attack.");
    expect(r.claims[0]?.text).toBe("Israel carried out the attack");
    expect(r.events.find((e) => e.type === "ASSAULT")?.actors).toEqual(["israel"]);
  });

  it("a verb of saying joined by 'and' to the clause's first verb has its subject as speaker", () => {
    const r = run("Zelensky spoke with Putin on Saturday and said Ukraine would not attack Belarus.");
    expect(r.claims[0]?.speaker).toBe("volodymyr_zelensky");
    expect(r.claims[0]?.text).toBe("Ukraine would not attack Belarus");
  });

  it("a contrast after a comma is not what the speaker said", () => {
    const r = run("Israel said six people were injured, while Hamas accused Israel of planning a strike.");
    expect(r.claims.find((c) => c.speaker === "israel")?.text).toBe("six people were injured");
    const accusation = r.events.find((e) => e.type === "ACCUSE");
    expect(accusation?.actors).toEqual(["hamas"]);
    expect(accusation?.targets).toEqual(["israel"]);
    expect(accusation?.assertedBy).toBeNull();
  });

  it("an act whose clause names its own subject is not the act of the speaker who denies it", () => {
    const r = run("The junta accused Israel of planning a strike, which Russia denied.");
    expect(r.events.find((e) => e.type === "ACCUSE")?.actors).toEqual([]);
    // a passive, or a clause with no subject of its own, is still the speaker's
    expect(run("The attack was condemned, Russia said.").events.find((e) => e.type === "DISAPPROVE")?.actors).toEqual(["russia"]);
    expect(run("“We will fight them all over Iraq,” said Lloyd Austin.").events.find((e) => e.type === "THREATEN")?.actors).toEqual(["lloyd_austin"]);
  });

  it("a speaker after the cue needs a comma or quotation mark before it", () => {
    const r = run("Hamas called for a strike and accused Israel of violence.");
    expect(r.claims.some((c) => c.speakerText?.startsWith("Israel"))).toBe(false);
    expect(r.events.find((e) => e.type === "ACCUSE")?.targets).toEqual(["israel"]);
  });

  it("CONTENT, X said / CONTENT, said X", () => {
    const a = run("Houthi forces attacked Abqaiq on Saturday, the Pentagon said.");
    expect(a.claims[0]?.speaker).toBe("pentagon");
    expect(a.claims[0]?.text).toBe("Houthi forces attacked Abqaiq on Saturday");
    const b = run("“We will not tolerate attacks on our people,” said Lloyd Austin.");
    expect(b.claims[0]?.speaker).toBe("lloyd_austin");
  });

  it("appositive speakers: the named person wins", () => {
    const r = run("Lloyd Austin, the defence secretary, said the strikes hit weapons depots in Syria.");
    expect(r.claims[0]?.speaker).toBe("lloyd_austin");
  });

  it("according to X", () => {
    const r = run("According to Reuters, Israeli jets struck Gaza overnight.");
    expect(r.claims[0]?.speaker).toBe("reuters");
    expect(r.claims[0]?.cue).toBe("According to");
  });

  it("unnamed sources keep their words and no speaker", () => {
    const r = run("Iranian proxies carried out 11 attacks on US bases, an American official said.");
    expect(r.claims[0]?.speaker).toBeNull();
    expect(r.claims[0]?.speakerText).toBe("an American official");
  });

  it("beliefs and allegations are hedged; their events alleged", () => {
    const r = run("Most Hamas leaders believe that Israel attacked the convoy.");
    expect(r.claims[0]?.hedged).toBe(true);
    expect(r.claims[0]?.cue).toBe("believe");
    expect(r.events.find((e) => e.type === "ASSAULT")?.modality).toBe("alleged");
  });

  it("he said resolves to the last person", () => {
    const r = run("Putin spoke on television. He said Ukrainian drones attacked a refinery.");
    expect(r.claims[0]?.speaker).toBe("vladimir_putin");
  });

  it("an embedded tweet is a claim by its author", () => {
    const text = "Russia shelled Kharkiv again. Many dead. — Volodymyr Zelensky (@ZelenskyyUa) March 1, 2022";
    const end = text.indexOf(" —");
    const q: QuoteSpan = { start: 0, end, text: text.slice(0, end), kind: "tweet", speakerText: "Volodymyr Zelensky", handle: "ZelenskyyUa", date: "2022-03-01" };
    const r = run(text, [q]);
    const c = r.claims.find((x) => x.cue === "tweeted");
    expect(c?.speaker).toBe("volodymyr_zelensky");
    expect(c?.text).toBe(q.text);
    expect(r.events[0]?.assertedBy).toBe("volodymyr_zelensky");
  });

  it("a speakerless quotation continuing a claim in the same paragraph inherits its speaker", () => {
    const text = "“Everyone is relieved,” said Lloyd Austin. “The situation was handled with restraint.”";
    const q1s = 0;
    const q1e = text.indexOf("”") + 1;
    const q2s = text.lastIndexOf("“");
    const quotes: QuoteSpan[] = [
      { start: q1s, end: q1e, text: text.slice(q1s, q1e), kind: "quotation", speakerText: "Lloyd Austin", handle: null, date: null },
      { start: q2s, end: text.length, text: text.slice(q2s), kind: "quotation", speakerText: null, handle: null, date: null },
    ];
    const r = run(text, quotes);
    expect(r.claims.map((c) => c.speaker)).toEqual(["lloyd_austin", "lloyd_austin"]);
  });

  it("a proper name is not a cue ('United States')", () => {
    const r = run("The United States deployed troops to Poland.");
    expect(r.claims).toEqual([]);
  });
});
