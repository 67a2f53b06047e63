import { describe, expect, it } from "vitest";
import { extractText } from "./testing.js";

const fire = (text: string) => extractText(text).events.find((e) => e.trigger.text === "set fire to");

describe("acts against part of a compound", () => {
  it("happen at the facility just named", () => {
    expect(fire("Hamas supporters gathered at the embassy. They set fire to a gate, intent on breaking in.")?.location).toBe("us_embassy");
  });

  it("take no place from a facility named further back, nor for what is no part of one", () => {
    const far = "Hamas supporters gathered at the embassy. The day was hot. Many came from Gaza by bus. They set fire to a gate.";
    expect(fire(far)?.location).toBeNull();
    expect(fire("Hamas supporters gathered at the embassy. They set fire to a car.")?.location).toBeNull();
  });
});
