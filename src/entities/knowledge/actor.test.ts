import { describe, expect, it } from "vitest";
import { mergeActors, parseActors } from "./actor.js";

describe("actor files: positions, leading office and body", () => {
  it("reads positions, ledBy and body, skipping incomplete positions", () => {
    const { actors, diagnostics } = parseActors(
      [
        { id: "rsf_leader", name: "Mohamed Hamdan Dagalo", type: "PERSON", country: "SD", positions: [{ role: "head", of: "rapid_support_forces" }, { role: "deputy" }] },
        { id: "sd_mod", name: "Ministry of Defence of Sudan", type: "GOVERNMENT", country: "sd", ledBy: "defense_minister", body: "defense_ministry" },
      ],
      "test",
    );
    expect(diagnostics).toEqual([]);
    expect(actors[0]?.positions).toEqual([{ role: "head", of: "rapid_support_forces" }]);
    expect(actors[1]).toMatchObject({ ledBy: "defense_minister", body: "defense_ministry", country: "SD" });
    expect(actors[0]).toMatchObject({ ledBy: null, body: null });
  });

  it("merges positions of the same actor without duplicates", () => {
    const a = parseActors([{ id: "x", name: "X", type: "PERSON", positions: [{ role: "head", of: "g" }] }], "a").actors;
    const b = parseActors([{ id: "x", name: "X", type: "PERSON", positions: [{ role: "head", of: "g" }, { role: "deputy", of: "h" }] }], "b").actors;
    expect(mergeActors([a, b])[0]?.positions).toEqual([
      { role: "head", of: "g" },
      { role: "deputy", of: "h" },
    ]);
  });
});
