import { describe, expect, it } from "vitest";
import { FixtureDoc } from "./fixture.js";
import { link } from "./index.js";

describe("link: entities across documents", () => {
  it("gives one entity per key, collects every surface form, resolves partOf, numbers by first appearance", () => {
    const a = new FixtureDoc("d1", "Kata'ib Hizballah is part of the Popular Mobilization Forces.")
      .entity("pmf", "Popular Mobilization Forces", "ARMED_GROUP", { aliases: ["PMF"] })
      .entity("kataib_hezbollah", "Kataib Hezbollah", "ARMED_GROUP", { partOf: "pmf" })
      .mention("kataib_hezbollah", "Kata'ib Hizballah")
      .mention("pmf", "Popular Mobilization Forces");
    const b = new FixtureDoc("d2", "KH fighters were killed.").entity("kataib_hezbollah", "Kataib Hezbollah", "ARMED_GROUP", { partOf: "pmf" }).mention("kataib_hezbollah", "KH");
    const r = link([a.build(), b.build()]);
    expect(r.entities.map((e) => [e.id, e.name])).toEqual([
      ["e1", "Kataib Hezbollah"],
      ["e2", "Popular Mobilization Forces"],
    ]);
    const kh = r.entities[0]!;
    expect(kh.aliases).toEqual(["Kata'ib Hizballah", "KH"]);
    expect(kh.partOf).toBe("e2");
    expect(r.entities[1]!.aliases).toEqual(["PMF"]);
    expect(kh.documentCount).toBe(2);
    expect(r.mentions.map((m) => [m.doc, m.text, m.entity])).toEqual([
      ["d1", "Kata'ib Hizballah", "e1"],
      ["d1", "Popular Mobilization Forces", "e2"],
      ["d2", "KH", "e1"],
    ]);
  });

  it("merges a bare surname into the one longer person name, and only when it is unique", () => {
    const a = new FixtureDoc("d1", "Hooman Majd wrote a book.").entity("new:hooman majd", "Hooman Majd", "PERSON").mention("new:hooman majd", "Hooman Majd");
    const b = new FixtureDoc("d2", "Majd said so. Smith agreed.")
      .entity("new:majd", "Majd", "PERSON")
      .mention("new:majd", "Majd")
      .entity("new:smith", "Smith", "PERSON")
      .mention("new:smith", "Smith");
    const c = new FixtureDoc("d3", "John Smith and Jane Smith met.")
      .entity("new:john smith", "John Smith", "PERSON")
      .mention("new:john smith", "John Smith")
      .entity("new:jane smith", "Jane Smith", "PERSON")
      .mention("new:jane smith", "Jane Smith");
    const r = link([a.build(), b.build(), c.build()]);
    const majd = r.entities.filter((e) => e.name.includes("Majd"));
    expect(majd).toHaveLength(1);
    expect(majd[0]!.name).toBe("Hooman Majd");
    expect(majd[0]!.aliases).toContain("Majd");
    expect(r.mentions.filter((m) => m.text.includes("Majd")).map((m) => m.entity)).toEqual([majd[0]!.id, majd[0]!.id]);
    expect(r.entities.filter((e) => e.name.includes("Smith"))).toHaveLength(3);
  });

  it("never merges two known actors, even when one name ends with the other", () => {
    const a = new FixtureDoc("d1", "Hezbollah and Kataib Hezbollah are different.")
      .entity("kataib_hezbollah", "Kataib Hezbollah", "ARMED_GROUP")
      .mention("kataib_hezbollah", "Kataib Hezbollah")
      .entity("hezbollah", "Hezbollah", "ARMED_GROUP");
    a.mention("hezbollah", "Hezbollah and");
    const r = link([a.build()]);
    expect(r.entities).toHaveLength(2);
  });

  it("joins a generic key to the one entity the documents say it is, and only when it is one", () => {
    const a = new FixtureDoc("d1", "Kenyan President Amos Wekesa resigned.")
      .entity("new:amos wekesa", "Amos Wekesa", "PERSON", { generics: ["kenya_president"] })
      .mention("new:amos wekesa", "Kenyan President Amos Wekesa");
    const b = new FixtureDoc("d2", "The Kenyan president left.").entity("kenya_president", "President of Kenya", "PERSON").mention("kenya_president", "Kenyan president");
    const r = link([a.build(), b.build()]);
    expect(r.entities).toHaveLength(1);
    expect(r.entities[0]!.name).toBe("Amos Wekesa");
    expect(r.entities[0]!.aliases).toContain("Kenyan president");
    expect(new Set(r.mentions.map((m) => m.entity))).toEqual(new Set([r.entities[0]!.id]));

    const c = new FixtureDoc("d3", "Kenyan President Paul Otieno arrived.")
      .entity("new:paul otieno", "Paul Otieno", "PERSON", { generics: ["kenya_president"] })
      .mention("new:paul otieno", "Kenyan President Paul Otieno");
    expect(link([a.build(), b.build(), c.build()]).entities).toHaveLength(3);
  });
});
