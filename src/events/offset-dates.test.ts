import { describe, expect, it } from "vitest";
import { extractText } from "./testing.js";

describe("dates from the span a cue states", () => {
  it("'X on Wednesday, a day after Y': Y was on Tuesday", () => {
    const r = extractText("Pakistan said on Wednesday it had shot down two jets, a day after Indian warplanes struck a camp.", {
      times: { "on Wednesday": "2019-02-27", "a day after": "2019-02-28" },
    });
    const strike = r.events.find((e) => e.trigger.text === "struck");
    expect(strike?.date).toBe("2019-02-26");
    expect(strike?.dateText).toBe("a day after");
    expect(r.events.find((e) => e.trigger.text === "shot down")?.date).toBe("2019-02-27");
  });

  it("the other clause's stated day anchors the span even when it tells no act", () => {
    const r = extractText("The pilot walked across the border on Friday evening, two days after his jet was shot down over Kashmir.", {
      times: { "on Friday evening": "2019-03-01", "two days after": "2019-03-04" },
    });
    expect(r.events.find((e) => e.trigger.text === "shot down")?.date).toBe("2019-02-27");
  });

  it("a span in weeks, and a cue that opens the sentence", () => {
    const r = extractText("Two weeks after the bombing of the market, protesters stormed the ministry on 20 May.", {
      times: { "Two weeks after": "2020-06-01", "on 20 May": "2020-05-20" },
    });
    expect(r.events.find((e) => e.trigger.text === "bombing")?.date).toBe("2020-05-06");
  });

  it("a clause in the present tense with no day of its own anchors the span on the day of writing", () => {
    const r = extractText("Two days after the bombers struck the town, the funerals are over.", { times: { "Two days after": "2024-02-06" }, published: "2024-02-04" });
    expect(r.events.find((e) => e.trigger.text === "struck")?.date).toBe("2024-02-02");
  });

  it("reads a span the time stage left unresolved from its words ('Three days after ..., the numbers still do not agree')", () => {
    const r = extractText("Three days after the militia overran the camp, the numbers still do not agree.", { published: "2025-04-16" });
    const overrun = r.events.find((e) => e.trigger.text === "overran");
    expect(overrun?.date).toBe("2025-04-13");
    expect(overrun?.dateText).toBe("Three days after");
  });

  it("'hours after' puts the two acts on one day", () => {
    const r = extractText("The minister resigned on Monday, hours after protesters marched on her residence.", { times: { "on Monday": "2024-08-05" }, published: "2024-08-06" });
    const march = r.events.find((e) => e.trigger.text === "marched");
    expect(march?.date).toBe("2024-08-05");
    expect(march?.dateText).toBe("hours after");
  });

  it("an act whose own clause states its day keeps it; with no day on the other side, no date is made up", () => {
    const own = extractText("Militias stormed the embassy on Tuesday, two days after the strikes on Sunday.", {
      times: { "on Tuesday": "2019-12-31", "two days after": "2020-01-04", "on Sunday": "2019-12-29" },
    });
    expect(own.events.find((e) => e.trigger.text === "strikes")?.date).toBe("2019-12-29");
    const none = extractText("Militias stormed the embassy, two days after the strikes.", { times: { "two days after": "2020-01-04" } });
    expect(none.events.find((e) => e.trigger.text === "strikes")?.dateText).not.toBe("two days after");
  });
});
