/**
 * "We" in a group's quotation, read through the whole pipeline: it needs the text stage's
 * quotations and the entity stage's names.
 */
import { describe, expect, it } from "vitest";
import { createPipeline } from "../pipeline.js";

const pipeline = createPipeline();
const events = (text: string) => pipeline.analyze({ text, kind: "article", published: "2020-01-03", title: null }).events;
const killed = (text: string) => events(text).find((e) => e.trigger.text === "killed");

describe("the first person plural in a group's quotation", () => {
  it("stands for the group the attribution names, in a quotation that continues it too", () => {
    const text = "“The Americans should leave Iraq,” said 27-year-old Kataib Hezbollah fighter Saad Ali on Wednesday. “They killed our brothers who fought ISIS.”";
    expect(killed(text)?.targets).toEqual(["kataib_hezbollah"]);
    expect(events(text).find((e) => e.trigger.text === "fought")?.actors).toEqual(["kataib_hezbollah"]);
  });

  it("stands for a group named before the quotation, and for 'we' as an actor", () => {
    expect(events("A Hamas spokesman said: “We attacked the checkpoint.”").find((e) => e.trigger.text === "attacked")?.actors).toEqual(["hamas"]);
  });

  it("names no one when the attribution names only a person, and 'our' before a place is not the group", () => {
    expect(killed("“They killed our brothers,” said Saad Ali.")?.targets).toEqual([]);
    expect(events("“Israel shelled our country,” a Hamas spokesman said.").find((e) => e.trigger.text === "shelled")?.targets).not.toContain("hamas");
  });
});
