import { describe, expect, it } from "vitest";
import { keyOf, mentionOf, run } from "./test-helpers.js";

/** Every mention's text is the slice of the document at its offsets. */
function spansHold(text: string): void {
  for (const m of run(text).mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
}

describe("bodies named without their country", () => {
  it("reads a bare force as the force named earlier (Sudan)", () => {
    const text = "The Sudanese army shelled Omdurman on Monday.\nLater the army said regular Sudanese soldiers had retaken the bridge.";
    const r = run(text);
    expect(mentionOf(r, "the army")).toMatchObject({ key: "sudanese_armed_forces", role: "description" });
    expect(keyOf(r, "regular Sudanese soldiers")).toBe("sudanese_armed_forces");
    spansHold(text);
  });

  it("prefers the one country whose army the document named to a country that speaks in the sentence before (Sudan)", () => {
    const text = "The Sudanese army shelled Omdurman on Monday.\nThe United States said it was horrified.\nLater the army carried out airstrikes on Nyala.";
    expect(mentionOf(run(text), "the army")).toMatchObject({ key: "sudanese_armed_forces", role: "description" });
    spansHold(text);
  });

  it("takes the country that acts in the sentence before, and weapon platforms (Ukraine)", () => {
    const text = "Russia has launched a new offensive.\nSu-34 bombers struck Kharkiv overnight, and the Air Force said more would follow.";
    const r = run(text);
    expect(mentionOf(r, "Su-34 bombers")).toMatchObject({ key: "russia_air_force", role: "description" });
    expect(keyOf(r, "the Air Force")).toBe("russia_air_force");
    spansHold(text);
  });

  it("does not read a place as the actor: 'in Iraq and Syria controlled by …'", () => {
    const r = run("The United States military struck targets in Iraq and Syria controlled by a militia, carried out by Air Force F-15E fighter planes.");
    expect(keyOf(r, "Air Force")).toBe("united_states_air_force");
    expect(keyOf(r, "F-15E fighter planes")).toBe("united_states_air_force");
  });

  it("resolves parliament to the country of an office holder in the sentence (Kenya)", () => {
    const r = run("Kenya's president signed the bill after a vote in parliament.\nProtesters in Sudan marched to the nation’s parliament.");
    expect(mentionOf(r, "parliament")).toMatchObject({ key: "kenya_parliament", role: "description" });
    expect(keyOf(r, "the nation’s parliament")).toBe("sudan_parliament");
    expect(r.entities.find((e) => e.key === "sudan_parliament")?.aliases).toContain("nation’s parliament");
  });

  it("leaves bare bodies alone without context, after a modifier or a person's determiner", () => {
    const r = run("A vote in parliament is due.\nThe rebel army advanced. He said his military was ready.\nThe military-run television praised the military industrial complex.");
    expect(r.mentions.filter((m) => /parliament|army|military/.test(m.text))).toEqual([]);
  });

  it("names a country's forces by their own name and as demonym + forces alike (Iraq)", () => {
    const text = "ISF units cleared the village.\nIraqi troops and the Iraqi Security Forces then withdrew, the Iraqi military said.";
    const r = run(text);
    const keys = ["ISF", "Iraqi troops", "Iraqi Security Forces", "Iraqi military"].map((t) => keyOf(r, t));
    expect(keys).toEqual(["iraq_military", "iraq_military", "iraq_military", "iraq_military"]);
    spansHold(text);
  });

  it("keeps the Royal Air Force a name of its own", () => {
    const r = run("Russia has launched a new offensive. The Royal Air Force said nothing.");
    expect(r.mentions.some((m) => m.key === "russia_air_force")).toBe(false);
  });

  it("names embassy guards and units after the country that acts", () => {
    const r = run("The U.S. has reinforced its embassy guards. It has airlifted an airborne infantry battalion to Kuwait.");
    expect(keyOf(r, "its embassy guards")).toBe("united_states_embassy_guards");
    expect(keyOf(r, "airborne infantry battalion")).toBe("united_states_military");
  });
});

describe("groups described by their people or a bracket (Sudan, Gaza)", () => {
  it("takes member nouns into the group's mention", () => {
    const r = run("RSF fighters looted the market while Hamas militants held the crossing.");
    expect(keyOf(r, "RSF fighters")).toBe("rapid_support_forces");
    expect(keyOf(r, "Hamas militants")).toBe("hamas");
    expect(r.entities.find((e) => e.key === "rapid_support_forces")?.aliases).toContain("RSF");
  });

  it("names a country's generic force by the force in brackets", () => {
    const r = run("Sudanese government paramilitaries (the Rapid Support Forces) attacked El Fasher.");
    expect(mentionOf(r, "Sudanese government paramilitaries")).toMatchObject({ key: "rapid_support_forces", role: "description" });
  });

  it("reads a country body as the known actor that is that body", () => {
    expect(keyOf(run("Israeli troops entered Gaza."), "Israeli troops")).toBe("idf");
  });
});

describe("descriptions that point at a holder", () => {
  it("finds the person holding the office that leads the body (Ukraine)", () => {
    const r = run("Ukrainian Defence Minister Rustem Umerov spoke in Kyiv. The Ukrainian defence ministry chief later added that talks would go on.");
    expect(mentionOf(r, "Ukrainian defence ministry chief")).toMatchObject({ key: "new:rustem umerov", role: "title" });
    expect(keyOf(r, "Ukrainian defence ministry")).toBe("ukraine_defense_ministry");
  });

  it("uses positions from the actor files, not for one of many or a verb", () => {
    const r = run("Hezbollah's leader warned Israel.\nA Hezbollah leader was killed.\nHezbollah fighters head to Syria.");
    expect(keyOf(r, "Hezbollah's leader")).toBe("hassan_nasrallah");
    expect(r.mentions.filter((m) => m.key === "hassan_nasrallah")).toHaveLength(1);
  });

  it("does not guess among several holders the document does not name", () => {
    const r = run("The Quds Force chief visited Damascus.");
    expect(r.mentions.some((m) => m.role === "title")).toBe(false);
  });
});

describe("descriptions by another head and places in names", () => {
  it("reads the diplomatic compound as the document's embassy", () => {
    const r = run("The Qatari Embassy in Khartoum was shelled. Staff fled the diplomatic compound.");
    expect(mentionOf(r, "the diplomatic compound")).toMatchObject({ key: "qatar_embassy", role: "description" });
  });

  it("keeps a place written after a description when the entity's name holds it", () => {
    const r = run("Protesters stormed the U.S. Embassy in Baghdad. An attack on our embassy in Baghdad followed.");
    expect(keyOf(r, "our embassy in Baghdad")).toBe("us_embassy_baghdad");
    expect(keyOf(r, "Baghdad")).toBe("baghdad");
  });

  it("adds a facility's short name written inside its full name (Syria)", () => {
    const r = run("Russian jets took off from Hmeimim Air Base.");
    expect(r.entities.find((e) => e.key === "hmeimim_air_base")?.aliases).toEqual(expect.arrayContaining(["Hmeimim Air Base", "Hmeimim"]));
  });

  it("names a person's campaign after a possessive, with its own words as an alias", () => {
    const r = run("President Joe Biden spoke. Aides in the President's re-election campaign cheered.");
    expect(keyOf(r, "the President's re-election campaign")).toBe("joe_biden_campaign");
    expect(r.entities.find((e) => e.key === "joe_biden_campaign")?.aliases).toContain("re-election campaign");
  });
});

describe("borders", () => {
  it("reads a one-country border as the border with the country the sentence is in", () => {
    const text = "Drones hit a camp in northern Syria near the Turkish border on Friday.\nLater they crossed the Syrian-Turkish border.";
    const r = run(text);
    expect(keyOf(r, "Turkish border")).toBe("new:syria turkey border");
    expect(keyOf(r, "Syrian-Turkish border")).toBe("new:syria turkey border");
    spansHold(text);
  });

  it("keeps a border followed by a quantity the place", () => {
    expect(keyOf(run("Jets bombed sites at the Iraqi Syrian border hundreds of kilometers away."), "Iraqi Syrian border")).toBe("new:iraq syria border");
  });

  it("keeps a border alone without another country, and is not fooled by a later one", () => {
    const r = run("Troops moved along the Turkish border. Syria protested.");
    expect(keyOf(r, "Turkish border")).toBe("new:turkey border");
  });

  it("does not make a place of a border that modifies a noun", () => {
    const text = "Turkish border guards fired on the car, and Turkish border police stopped it.";
    const r = run(text);
    expect(r.mentions.filter((m) => m.key.endsWith("border"))).toEqual([]);
    expect(keyOf(r, "Turkish border police")).toBe("turkey_police");
    spansHold(text);
  });
});

