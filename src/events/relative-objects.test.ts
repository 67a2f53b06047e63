import { describe, expect, it } from "vitest";
import { extractText, reactionOf } from "./testing.js";

const run = (text: string) => extractText(text, { published: "2023-05-02" });

describe("a reaction told in a relative clause", () => {
  it("is about the event the clause hangs on, as a stated link", () => {
    const r = run("Shops closed after a bombing in Khartoum which Sudan blamed on the RSF.");
    const { index, link, object } = reactionOf(r, "ACCUSE");
    expect(index).toBeGreaterThanOrEqual(0);
    expect(link?.type).toBe("CAUSE");
    expect(object?.trigger.text).toBe("bombing");
    expect(link?.implied).toBeUndefined();
  });

  it("takes a pronoun subject too ('the attacks which it alleges come from Iran')", () => {
    const r = run("Israel asked how to react to the attacks which it alleges come from Iran.");
    expect(reactionOf(r, "ACCUSE").object?.trigger.text).toBe("attacks");
  });

  it("leaves a clause whose subject is not right before the verb alone", () => {
    const r = run("Shops closed after a bombing in Khartoum, which residents say Sudan later blamed on the RSF.");
    const accusation = r.events.findIndex((e) => e.type === "ACCUSE");
    expect(r.relations.some((x) => x.from === accusation && !x.implied)).toBe(false);
  });
});
