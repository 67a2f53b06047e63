import { describe, expect, it } from "vitest";
import { extractText, reactionOf } from "./testing.js";

const run = (text: string) => extractText(text, { published: "2019-09-16" });

describe("what a reaction is about when the sentence does not say", () => {
  it("an accusation with no object blames for the latest attack told before it, as an implied link", () => {
    const r = run("Drones struck the Abqaiq oil plant on Saturday. Later, Saudi Arabia pointed the finger at Iran.");
    const { index, link, object } = reactionOf(r, "ACCUSE");
    expect(index).toBeGreaterThanOrEqual(0);
    expect(link?.type).toBe("CAUSE");
    expect(object?.type).toBe("ASSAULT");
    expect(link?.implied).toBe(true);
    expect(link?.cue).toContain("read from context");
  });

  it("an accusation that says what it is about in other words ('of', 'that') is left alone", () => {
    const r = run("Drones struck the Abqaiq oil plant on Saturday. Saudi Arabia accused Iran of smuggling weapons to the Houthis.");
    expect(reactionOf(r, "ACCUSE").link).toBeUndefined();
  });

  it("an attack told only after the accusation is not what it is about", () => {
    const r = run("Saudi Arabia pointed the finger at Iran. Drones struck the Abqaiq oil plant on Saturday.");
    expect(r.relations).toHaveLength(0);
  });

  it("a threat against the perpetrators is about the attack told before it", () => {
    const r = run('Drones struck the Abqaiq oil plant on Saturday. "All options are on the table to bring the perpetrators to justice," Saudi Arabia said.');
    const { index, object } = reactionOf(r, "THREATEN");
    expect(index).toBeGreaterThanOrEqual(0);
    expect(object?.trigger.text).toBe("struck");
  });

  it("a threat conditioned on an event already told responds to it, and the reference stays real", () => {
    const r = run("Protesters blocked the roads of Khartoum on Monday. The governor threatened to resign if the protest continued.");
    const { link, object: protest } = reactionOf(r, "THREATEN");
    expect(protest?.trigger.text).toBe("protest");
    expect(protest?.modality).toBe("asserted");
    expect(link?.implied).toBe(true);
  });

  it("a condition on something new is no cause", () => {
    const r = run("The governor threatened to resign if a protest broke out.");
    expect(r.relations).toHaveLength(0);
  });
});
