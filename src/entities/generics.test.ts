import { describe, expect, it } from "vitest";
import { keyOf, run } from "./test-helpers.js";

function genericsOf(text: string, key: string): string[] | undefined {
  return run(text).entities.find((e) => e.key === key)?.generics;
}

/** Every mention's text is the slice of the document at its offsets. */
function spansHold(text: string): void {
  for (const m of run(text).mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
}

describe("generic keys an entity is", () => {
  it("records the office a title with a country names, but not a former one", () => {
    const text = "Kenyan President Amos Wekesa flew to Nairobi.\nHe met the former Kenyan President Paul Otieno there.";
    const r = run(text);
    const amos = keyOf(r, "Kenyan President Amos Wekesa");
    const paul = keyOf(r, "Kenyan President Paul Otieno");
    expect(amos).toBeDefined();
    expect(paul).toBeDefined();
    expect(r.entities.find((e) => e.key === amos)?.generics).toEqual(["kenya_president"]);
    expect(r.entities.find((e) => e.key === paul)?.generics).toBeUndefined();
    spansHold(text);
  });

  it("records no office for a title without a country", () => {
    expect(genericsOf("Captain Amos Wekesa flew to Nairobi.", "new:amos wekesa")).toBeUndefined();
  });

  it("records the body every country has that a known facility is", () => {
    expect(genericsOf("Protesters gathered outside the U.S. Embassy in Baghdad on Tuesday.", "us_embassy_baghdad")).toEqual(["united_states_embassy"]);
  });

  it("reads @POTUS as the president the document names, else as the office", () => {
    const named = "President Trump spoke at noon. Critics of @POTUS were loud.";
    expect(keyOf(run(named), "@POTUS")).toBe("donald_trump");
    spansHold(named);
    const bare = run("Critics of @POTUS were loud. POTUS replied.");
    expect(keyOf(bare, "@POTUS")).toBe("united_states_president");
    expect(keyOf(bare, "POTUS")).toBe("united_states_president");
    expect(bare.entities.find((e) => e.key === "united_states_president")).toMatchObject({ type: "PERSON" });
  });

  it("makes a backed group described by its sect that sect's group, and a bare demonym group not", () => {
    const text = "Saudi-backed Sunni militias shelled the port.\nIn the north, Yemeni Sunni militias held the hills.";
    const r = run(text);
    expect(keyOf(r, "Saudi-backed Sunni militias")).toBe("new:saudi arabia aligned groups");
    expect(r.entities.find((e) => e.key === "new:saudi arabia aligned groups")?.generics).toEqual(["new:sunni militias"]);
    expect(r.entities.find((e) => e.key === keyOf(r, "Yemeni Sunni militias"))?.generics).toBeUndefined();
    spansHold(text);
  });
});
