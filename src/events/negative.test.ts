import { describe, expect, it } from "vitest";
import { createEventExtractor } from "./index.js";
import { ACTORS, buildInput } from "./testing.js";

const extract = createEventExtractor({});

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
  "March 11 was a cold day in Baghdad.",
  "Analysis: what comes next for the region",
  "Posted by b on January 2, 2020 at 18:45 UTC | Permalink",
  "Foreign interests made the country into a battle field.",
  "Everyone is breathing a sigh of relief.",
];

describe("sentences that report no event", () => {
  it.each(NO_EVENT)("%s", (text) => {
    const r = extract(buildInput(text, { dict: ACTORS }));
    expect(r.events.map((e) => `${e.type}:${e.trigger.text}`)).toEqual([]);
  });
});
