import { describe, expect, it } from "vitest";
import { extractText } from "./testing.js";

const violent = (text: string) => extractText(text).events.filter((e) => e.type === "ASSAULT" || e.type === "FIGHT");

describe("fatalities", () => {
  it("marks a toll of its teller's own people ('192 of its soldiers'), and only that", () => {
    const r = extractText("Russia launched an offensive on Kharkiv. Moscow says 192 of its soldiers died. Ukraine said the shelling killed 40 soldiers.").events;
    expect(r.filter((e) => e.fatalities !== null).map((e) => [e.fatalities, e.ownSide ?? false])).toEqual([
      [192, true],
      [40, false],
    ]);
  });

  it("a death given as the reason for an act ('over the death of') is no toll of that act", () => {
    const [e] = violent("Russia carried out acts of war against Ukraine over the death of a Russian translator.");
    expect(e?.trigger.text).toBe("acts of war");
    expect(e?.fatalities ?? null).toBeNull();
  });

  it.each([
    ["A car bomb killed at least 18 people in Kabul.", 18],
    ["Russian shelling of Kharkiv killed seven civilians.", 7],
    ["An estimated 25 people were killed in the US strike.", 25],
    ["This time two US soldiers and a British one were killed in a rocket attack on Camp Taji.", 3],
    ["A rocket attack on a base killed one U.S. contractor.", 1],
    ["Iran killed an American contractor, wounding many.", 1],
    ["Militants ambushed a patrol, killing a dozen soldiers.", 12],
    ["Twenty-five fighters died in the clashes.", 25],
    ["The strike on Gaza left 40 dead.", 40],
    ["Its strike on the camp killed between 250 and 300 suspected foreign militants.", 250],
    ["A shell killed 20 to 30 unarmed young men in Aleppo.", 20],
    ["A bomb killed two or three guards.", 2],
    ["A roadside bombing near Samarra killed one U.S. soldier and wounded two others.", 1],
    ["A minefield explosion killed two Iraqi youths and injured five others.", 2],
  ])("%s -> %d", (text, n) => {
    expect(violent(text).map((e) => e.fatalities)).toContain(n);
  });

  it("'the deaths of 25 militia members in U.S. airstrikes'", () => {
    const e = violent("Crowds gathered in protest at the deaths of 25 militia members in U.S. airstrikes on Sunday.");
    expect(e.map((x) => x.fatalities)).toContain(25);
  });

  it("vague tolls stay unknown, not zero", () => {
    const [e] = violent("Iran killed an American contractor, wounding many.");
    expect(e?.injuries).toBeNull();
    const [d] = violent("Dozens were killed in the bombing.");
    expect(d?.fatalities).toBeNull();
  });

  it.each([
    ["An air strike hit the camp on Tuesday. No one was killed, officials said.", "fatalities"],
    ["A third strike killed nobody.", "fatalities"],
    ["A strike hit a market in Izium, but there were no casualties.", "fatalities"],
    ["No civilians were killed in the raid on the village, the army said.", "fatalities"],
    ["A drone struck the depot, but none of the guards were hurt.", "injuries"],
  ] as const)("a stated zero is a toll of 0, not 'one' and not unknown: %s", (text, field) => {
    expect(violent(text).map((e) => e[field])).toContain(0);
  });

  it("'no one' is never read as one victim", () => {
    expect(violent("Rockets hit the base. No one was killed.").map((e) => e.fatalities)).not.toContain(1);
  });

  it("a named victim is not a count", () => {
    const [e] = violent("A US drone strike killed Qassem Soleimani.");
    expect(e?.fatalities).toBeNull();
  });

  it("an aside naming part of the dead does not hide the count before it", () => {
    expect(violent("At least 27 people, including two civilians, were killed in the assault.")[0]?.fatalities).toBe(27);
    expect(violent("Some 40 people, most of them soldiers, died in the fighting.")[0]?.fatalities).toBe(40);
  });

  it("a subject told to be 'among' the dead is part of the toll, not the toll", () => {
    expect(violent("Police said two children were among the 26 killed in the raid.")[0]?.fatalities).toBe(26);
    expect(violent("A mosque was struck and a child was among the dead.")[0]?.fatalities ?? null).toBeNull();
  });

  it("a toll put 'at' a number after what it counts, and losses counted in people", () => {
    expect(violent("Officials put the death toll from the fighting at 200, including 10 civilians.")[0]?.fatalities).toBe(200);
    expect(violent("Russia attacked Kharkiv. Ukraine put its losses at 19 soldiers.").map((e) => e.fatalities)).toEqual([null, 19]);
    // losses of things, or with no number of people, are no toll
    expect(violent("Russia attacked Kharkiv, suffering heavy losses.")[0]?.fatalities).toBeNull();
    expect(violent("Russia attacked Kharkiv, with losses at 3 tanks.")[0]?.fatalities).toBeNull();
  });

  it("years and calibres are not tolls", () => {
    expect(violent("Rebels attacked the town in 2019.")[0]?.fatalities).toBeNull();
    expect(violent("Militias fired 107mm rockets at the base.")[0]?.fatalities).toBeNull();
  });

  it("a toll-only sentence after an attack becomes its follow-up", () => {
    const r = extractText("US jets bombed five sites in Syria. Some 32 people died.");
    const follow = r.events.find((e) => e.fatalities === 32);
    expect(follow?.anaphoric).toBe(true);
    expect(follow?.actors).toEqual(["united_states"]);
  });

  it("'the toll is' a number is a toll, and a toll-only sentence that tells it follows up the attack", () => {
    const r = violent("My street was hit by a missile on Monday. Nobody there was a soldier. The toll is at least 19, the police say.");
    expect(r.map((e) => e.fatalities)).toEqual([null, 19]);
    expect(violent("Shelling killed four. The toll of the war is heavy.").map((e) => e.fatalities)).toEqual([4]);
  });

  it("a toll follows the attack, not the interception of its missiles; crews and peacekeepers are counted", () => {
    const r = extractText("Russia launched 84 cruise missiles at Kyiv, and air defences shot down 43 of the missiles. Police said 11 people were killed.");
    const launched = r.events.find((e) => e.mode === "missile strike");
    expect(r.events.find((e) => e.fatalities === 11)?.sameAs).toBe(launched?.index);
    // a shoot-down of aircraft is an act with dead of its own
    const jets = extractText("Pakistan shot down two Indian jets. Two pilots were killed.");
    expect(jets.events.find((e) => e.fatalities === 2)?.sameAs).toBe(jets.events.find((e) => e.mode === "shoot-down")?.index);
    expect(violent("Five peacekeepers were killed in the shelling.")[0]?.fatalities).toBe(5);
  });

  it("a toll that stood 'by' a day is a follow-up of the attack before it, not an act of that day", () => {
    const r = extractText("Missiles hit Lviv on Monday. By Wednesday police counted 19 dead and 105 wounded. Then on Tuesday another wave hit Kyiv.", { times: { "on Monday": "2022-10-10", Wednesday: "2022-10-12", "on Tuesday": "2022-10-11" } });
    const toll = r.events.find((e) => e.fatalities === 19);
    expect(toll?.sameAs).toBe(r.events.find((e) => e.date === "2022-10-10" && e.fatalities === null)?.index);
    expect(toll?.date).not.toBe("2022-10-12");
  });

  it("counts the wounded after the dead apart from them ('11 people were killed and 64 wounded')", () => {
    const [e] = violent("Police said 11 people were killed and 64 wounded in the shelling.");
    expect([e?.fatalities, e?.injuries]).toEqual([11, 64]);
  });

  it("a toll-only sentence three sentences after its attack, in the next paragraph, is still its follow-up", () => {
    const r = violent("Days of clashes left at least 105 people dead.\n\nPolice used tear gas on protesters in the capital. The government has given no toll. The minister said that 19 people had died.");
    expect(r.map((e) => e.fatalities)).toEqual([105, 19]);
  });

  it("a toll-only follow-up is stated to be the same act as its attack, so that they are linked as one", () => {
    const r = extractText("Days of clashes left at least 105 people dead. The minister said that 19 people had died.");
    const clashes = r.events.find((e) => e.fatalities === 105);
    expect(r.events.find((e) => e.fatalities === 19)?.sameAs).toBe(clashes?.index);
  });

  it("a toll told with a word of killing and nothing else of an act is the toll of the attack just told", () => {
    const r = extractText("An explosion tore through the hospital in Gaza on Tuesday, killing hundreds, the ministry said. The ministry, which is run by Hamas, said 471 people were killed.", { times: { "on Tuesday": "2023-10-17" } });
    const blast = r.events.find((e) => e.trigger.text === "explosion");
    const toll = r.events.find((e) => e.fatalities === 471);
    expect(toll?.trigger.text).toBe("killed");
    expect(toll?.sameAs).toBe(blast?.index);
  });

  it("a toll-only sentence counts no series' dead", () => {
    expect(violent("Our troops faced 11 rocket attacks. Not one was answered. Eventually they killed an American but should we do nothing?").filter((e) => e.fatalities === 1)).toEqual([]);
  });

  it("a toll with no attack before it makes no event", () => {
    expect(extractText("Some 32 people died of the flu this winter.").events).toEqual([]);
  });
});

describe("series counts and weapons", () => {
  it.each([
    ["Iranian proxy forces have carried out 11 attacks over the last two months.", 11],
    ["In total some 17 such attacks happened.", 17],
    ["Our troops faced 11 rocket attacks since October.", 11],
  ])("%s -> count %d", (text, n) => {
    expect(violent(text)[0]?.count).toBe(n);
  });
  it("reads the weapon with its model or calibre", () => {
    expect(violent("Militias fired old Soviet 107mm rockets at Camp Taji.")[0]?.weapon).toBe("old Soviet 107mm rockets");
    expect(violent("Houthi forces launched a drone strike on Abqaiq.")[0]?.weapon).toBe("drone");
  });

  it("reads no weapon in a word another word before makes something else ('fuel tanks')", () => {
    expect(violent("A truck exploded on the bridge, setting fire to fuel tanks on a train.")[0]?.weapon).toBeNull();
    expect(violent("Russian tanks shelled the town.")[0]?.weapon).toBe("Russian tanks");
  });

  it("of two acts in one segment, each takes the weapon told nearer to it", () => {
    const e = violent("The Houthis keep firing at ships in the Red Sea, and American and British jets keep bombing Yemen.");
    expect(e.find((x) => x.trigger.text === "firing")?.weapon ?? null).toBeNull();
    expect(e.find((x) => x.trigger.text === "bombing")?.weapon).toBe("jets");
    // (not acts of one clause: "bombs that killed and maimed" are the means of the maiming too)
    const one = violent("Iran was blamed for a wave of powerful bombs that killed and maimed U.S. soldiers.");
    expect(one.map((x) => x.weapon)).toEqual(one.map(() => "bombs"));
    expect(one.length).toBeGreaterThan(1);
  });

  it("a weapon word that names what was struck ('missile storage sites') is not the act's weapon", () => {
    expect(violent("The strikes hit command centers, rocket and missile storage sites and drone facilities.")[0]?.weapon ?? null).toBeNull();
    expect(violent("Warplanes bombed a missile factory near Homs.")[0]?.weapon).toBe("Warplanes");
  });
});
