import { describe, expect, it } from "vitest";
import { loadSites } from "./sites.js";

const read = loadSites();
const at = (text: string, trigger: string) => {
  const i = text.indexOf(trigger);
  return read(text, i, i + trigger.length);
};

describe("sites", () => {
  it("reads the site just before the trigger or in the phrase after it", () => {
    expect(at("16 people died in the consulate strike.", "strike")).toBe("consulate");
    expect(at("the bombing of its consulate in Damascus", "bombing")).toBe("consulate");
    expect(at("a missile strike on the main railway station", "strike")).toBe("station");
    expect(at("strikes on hospitals in Gaza", "strikes")).toBe("hospital");
    expect(at("a strike hit the consulate at Hodeidah", "strike")).toBe("consulate");
    expect(at("Israel bombed the same hospital", "bombed")).toBe("hospital");
  });

  it("reads none where no site is named, or the phrase after the trigger is not about where it struck", () => {
    expect(at("explosions were heard near an air base", "explosions")).toBeNull();
    expect(at("the strike killed 16 people", "strike")).toBeNull();
  });
});
