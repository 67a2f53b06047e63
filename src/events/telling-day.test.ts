/**
 * The day a claim was told, read through the whole pipeline: it needs the text stage's
 * quotations and the time stage's dates.
 */
import { describe, expect, it } from "vitest";
import { createPipeline } from "../pipeline.js";

const pipeline = createPipeline();
const claims = (text: string) => pipeline.analyze({ text, kind: "article", published: "2020-01-03", title: null }).claims;
const dateOf = (text: string, needle: string) => claims(text).find((c) => c.text.includes(needle))?.date;

describe("the day a claim was told", () => {
  it("is the date of an attribution after the quotation, and a continuing quotation takes it", () => {
    const text = "“The Americans should leave Iraq,” said Kataib Hezbollah fighter Saad Ali on Wednesday. “They killed our brothers.”";
    expect(dateOf(text, "should leave")).toBe("2020-01-01");
    expect(dateOf(text, "our brothers")).toBe("2020-01-01");
  });

  it("is the date between a reporting verb and what was said", () => {
    expect(dateOf("The Pentagon said on Thursday that it had killed the general.", "killed")).toBe("2020-01-02");
  });

  it("is not a date that another event sets ('after the strike on Sunday') nor one the quotation tells", () => {
    expect(dateOf("“They will pay a heavy price,” the minister said after the strike on Sunday.", "heavy price")).toBeUndefined();
    expect(dateOf("“We struck them on Sunday,” the Pentagon said.", "struck")).toBeUndefined();
  });

  it("of what is itself said, or still to come, is the date of the act", () => {
    const threat = pipeline.analyze({ text: "“We will fight them all over Iraq,” he said on Wednesday.", kind: "article", published: "2021-08-28", title: null });
    expect(threat.claims[0]?.date).toBe("2021-08-25");
    expect(threat.events[0]?.date).toBe("2021-08-25");
  });
});
