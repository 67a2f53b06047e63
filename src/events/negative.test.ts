import { describe, expect, it } from "vitest";
import { extractText } from "./testing.js";


/** Sentences that report no event and must yield none. */
const NO_EVENT = [
  "What Will The Trump Administration Do When Iraq Asks U.S. Troops To Leave?",
  "Will Russia attack Kyiv again?",
  "Trump of course won't take it.",
  "The message was delivered.",
  "The Marine guards look calm.",
  "This is a smart move by the Iraqi prime minister.",
  "The United States is a large country.",
  "President Trump offered a quick summary of the week.",
  "The deceased soldiers were buried on Monday.",
  "It is quite possible that nobody knows.",
  "Some 32 people died of the flu this winter.",
  "The strike price of the option rose in March.",
  "It strikes me as odd that Israel stays quiet.",
  "The speech struck a chord with Hamas.",
  "Putin's remarks hit a nerve in Kyiv.",
  "The government has not released a death toll.",
  "The ministry released a video of the parade.",
  "It sounds as if Russia expected Ukraine to behave like Belarus.",
  "Sudan is a supposed voluntary host of Russian troops.",
  "March 11 was a cold day in Baghdad.",
  "Analysis: what comes next for the region",
  "Posted by b on January 2, 2020 at 18:45 UTC | Permalink",
  "Foreign interests made the country into a battle field.",
  "Everyone is breathing a sigh of relief.",
  "The current state of Russian-Ukrainian relations threatens U.S. interests.",
  "The economic crisis has now hit the most important sectors in Moscow.",
  "The storm hit Kharkiv on Monday.",
  "The minister talked of partners rather than fueling up strike jets.",
  "I agree with the last comment, and I support the general idea.",
];

describe("sentences that report no event", () => {
  it.each(NO_EVENT)("%s", (text) => {
    const r = extractText(text);
    expect(r.events.map((e) => `${e.type}:${e.trigger.text}`)).toEqual([]);
  });
});

describe("a noun that cannot act", () => {
  it("is no subject of an act, but a law can call for something and a passive keeps its event", () => {
    const law = extractText("The Pentagon backed a law calling for the withdrawal of U.S. troops.");
    expect(law.events.some((e) => e.type === "DEMAND")).toBe(true);
    const passive = extractText("The sanctions were attacked by Russia.");
    expect(passive.events.some((e) => e.type === "ASSAULT")).toBe(true);
    // "the state" governs and can act
    const state = extractText("The state attacked protesters in Kharkiv.");
    expect(state.events.some((e) => e.type === "ASSAULT")).toBe(true);
  });
});

describe("a word before the head it modifies", () => {
  it("is still a verb where the words before it ask for one", () => {
    expect(extractText("Russia will strike planes on the ground.").events.map((e) => e.type)).toEqual(["ASSAULT"]);
  });
});

describe("the writer's own opinion", () => {
  it("is no act, but a speaker's 'I' in a quotation is", () => {
    const text = '"I support the ceasefire," Zelensky said.';
    const quotes = [{ start: 0, end: text.indexOf(" Zelensky"), text: text.slice(0, text.indexOf(" Zelensky")), kind: "quotation" as const, speakerText: "Zelensky", handle: null, date: null }];
    expect(extractText(text, { quotes }).events.map((e) => e.type)).toContain("SUPPORT");
  });
});
