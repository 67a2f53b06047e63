import { describe, expect, it } from "vitest";
import { keyOf, mentionOf, run } from "./test-helpers.js";

describe("candidates", () => {
  it("finds multiword names with particles and keeps the possessive out", () => {
    const r = run("Abu Mahdi al-Muhandis met Adil Abdul-Mahdi. Kataib Hezbollah’s leader spoke of Asa’ib Ahl al-Haq.");
    expect(keyOf(r, "Abu Mahdi al-Muhandis")).toBe("abu_mahdi_al_muhandis");
    expect(keyOf(r, "Adil Abdul-Mahdi")).toBe("adil_abdul_mahdi");
    expect(keyOf(r, "Kataib Hezbollah")).toBe("kataib_hezbollah");
    expect(keyOf(r, "Asa’ib Ahl al-Haq")).toBe("asaib_ahl_al_haq");
    expect(r.mentions.some((m) => m.text.endsWith("’s"))).toBe(false);
  });

  it("reads demonyms as their country", () => {
    const r = run("Hungarian and Romanian ministers met Serbian envoys.\nIranian-backed militias fired rockets.");
    expect(mentionOf(r, "Hungarian")).toMatchObject({ key: "hungary", role: "demonym" });
    expect(keyOf(r, "Romanian")).toBe("romania");
    expect(keyOf(r, "Serbian")).toBe("serbia");
    expect(mentionOf(r, "Iranian")).toMatchObject({ key: "iran", role: "demonym" });
  });

  it("maps handles from the data and from a tweet signature", () => {
    const r = run("Great job by @realDonaldTrump today.\nWe stand with Kharkiv. — Olena Kovalenko (@olenakov) March 3, 2022\nAs @olenakov wrote, the shelling went on.");
    expect(keyOf(r, "@realDonaldTrump")).toBe("donald_trump");
    expect(keyOf(r, "@olenakov")).toBe("new:olena kovalenko");
    expect(r.mentions.filter((m) => m.key === "new:olena kovalenko").map((m) => m.role)).toContain("handle");
  });

  it("types unseen names by titles and head words", () => {
    const r = run(
      "Maj. Amira Haddad said the Sudan Liberation Movement shelled the town.\nThe Khartoum Centre for Peace Studies and the Darfur Tribune reported it, as did Nyala Airport staff.",
    );
    const byKey = new Map(r.entities.map((e) => [e.key, e]));
    expect(byKey.get("new:amira haddad")?.type).toBe("PERSON");
    expect(byKey.get("new:sudan liberation movement")?.type).toBe("ARMED_GROUP");
    expect(byKey.get("new:khartoum centre for peace studies")?.type).toBe("ORGANIZATION");
    expect(byKey.get("new:darfur tribune")?.type).toBe("MEDIA");
    expect(byKey.get("new:nyala airport")?.type).toBe("FACILITY");
  });

  it("keeps a capital's name against a small town of a country the document happens to name", () => {
    const dhaka = run("Hasina fled to India. Students in Dhaka rallied.").entities.find((e) => e.aliases.includes("Dhaka"));
    expect(dhaka?.country).toBe("BD");
    // a city of its own size in the country named still wins
    const tripoli = run("Clashes broke out in Lebanon. Gunmen fought in Tripoli.").entities.find((e) => e.aliases.includes("Tripoli"));
    expect(tripoli?.country).toBe("LB");
  });

  it("reads a league as an organisation, not an armed group", () => {
    expect(run("The Awami League rallied in Dhaka.").entities.find((e) => e.name === "Awami League")?.type).toBe("ORGANIZATION");
  });

  it("names a place first met in a dateline's capitals by its ordinary spelling", () => {
    const r = run("Title\n\nNIAMEY, Aug 7 (Reuters) - Thousands rallied in a stadium in Niamey on Sunday.");
    const niamey = r.entities.find((e) => e.aliases.includes("Niamey"));
    expect(niamey?.name).toBe("Niamey");
  });

  it("reads an unseen name shaped like a person's as a place when every mention stands after 'in', 'near' or 'into'", () => {
    const r = run("Troops moved into Nagorno-Karabakh on Tuesday. Clashes went on in Nagorno-Karabakh and near Khan Younis.\nAmira Haddad spoke in Geneva. In Omar Farah's view, the talks failed.");
    const byKey = new Map(r.entities.map((e) => [e.key, e]));
    expect(byKey.get("new:nagorno karabakh")?.type).toBe("PLACE");
    expect(byKey.get("new:khan younis")?.type).toBe("PLACE");
    // a name that speaks, or owns a view, is still a person
    expect(byKey.get("new:amira haddad")?.type).toBe("PERSON");
    expect(byKey.get("new:omar farah")?.type).toBe("PERSON");
  });
});

describe("places too small for the gazetteer", () => {
  it("reads one unseen word that stands only after 'near' or 'in' as a place, not a word that describes a noun", () => {
    const r = run("Jets hit a camp near Balakot on Tuesday. A helicopter crashed in Budgam. A paper based in Christian east Beirut closed. Aid reached a camp in Quorvath. Quorvath said it needed more. Its strike at Mansehrabad killed ten. Talks resumed at Christmas. Jets struck across the Line of Control.");
    const byName = new Map(r.entities.map((e) => [e.name, e]));
    expect(byName.get("Balakot")?.type).toBe("PLACE");
    expect(byName.get("Budgam")?.type).toBe("PLACE");
    expect(byName.get("Mansehrabad")?.type).toBe("PLACE");
    expect(byName.get("Christian")?.type).not.toBe("PLACE");
    expect(byName.get("Christmas")).toBeUndefined();
    expect(byName.get("Line")?.type).not.toBe("PLACE");
    // a name that also stands elsewhere (here as a speaker) is not read as a place by this rule
    expect(byName.get("Quorvath")?.type).not.toBe("PLACE");
  });
});

describe("a kind of place after a name", () => {
  it("makes one unseen word after 'in' a place ('in Nangarhar province')", () => {
    const r = run("The strike in Nangarhar province killed two. Fighting raged in Qorvani district.");
    const byName = new Map(r.entities.map((e) => [e.name, e]));
    expect(byName.get("Nangarhar")?.type).toBe("PLACE");
    expect(byName.get("Qorvani")?.type).toBe("PLACE");
  });

  it("makes one unseen word before a word for a kind of place a place, with no preposition ('shelled the Qorvani district')", () => {
    const r = run("Troops shelled the Qorvani district on Wednesday. Zardeh Bazaar reopened.");
    const byName = new Map(r.entities.map((e) => [e.name, e]));
    expect(byName.get("Qorvani")?.type).toBe("PLACE");
    expect(byName.get("Zardeh Bazaar")?.type).not.toBe("PLACE");
  });

  it("says where a base is after a country's own name, and whose after its adjective or initials", () => {
    const r = run("A drone attack on Jordan base killed three. Rockets hit U.S. bases. Iranian bases were struck.");
    expect(keyOf(r, "Jordan")).toBe("jordan");
    expect(r.mentions.some((m) => m.key === "jordan_military")).toBe(false);
    expect(keyOf(r, "U.S. bases")).toBe("united_states_military");
    expect(keyOf(r, "Iranian bases")).toBe("iran_military");
  });
});

describe("a people, not a state", () => {
  it("reads a demonym after 'ethnic' or after a place's name as a people, one group however placed", () => {
    const r = run("Karabakh Armenians agreed to disarm. Ethnic Armenian forces in Nagorno-Karabakh laid down their arms. Armenian troops stayed home. Senior Hungarian officials met.");
    const group = r.mentions.filter((m) => m.key === "new:people of armenia").map((m) => m.text);
    expect(group).toEqual(["Karabakh Armenians", "Ethnic Armenian"]);
    expect(keyOf(r, "Armenian troops")).toBe("armenia_military");
    expect(keyOf(r, "Hungarian officials")).toBe("hungary_government");
    expect(r.entities.find((e) => e.key === "new:people of armenia")?.type).toBe("GROUP");
  });
});

describe("plural nouns for people", () => {
  it("opening a sentence alone are no names; inside a name they stay", () => {
    const r = run("Officials claimed secondary explosions proved it. Witnesses said the car exploded. Magnier said it was legal. The Sudan Doctors Network said 62 died.");
    const names = r.entities.map((e) => e.name);
    expect(names).not.toContain("Officials");
    expect(names).not.toContain("Witnesses");
    expect(names).toContain("Magnier");
    expect(names).toContain("Sudan Doctors Network");
  });
});

describe("titles of documents and operations", () => {
  it("are no entities; a known name that looks like one stays", () => {
    const r = run("India suspended the Indus Waters Treaty. Pakistan launched Operation Bunyan-um-Marsoos. Operation Inherent Resolve said the Paris Agreement held.");
    const names = r.entities.map((e) => e.name);
    expect(names.filter((n) => /Treaty|Operation Bunyan|Agreement/.test(n))).toEqual([]);
    expect(keyOf(r, "Operation Inherent Resolve")).toBe("coalition");
    expect(names).toContain("India");
  });
});

describe("a day after a name", () => {
  it("is no part of it ('the Rafah Crossing on Monday')", () => {
    const r = run("Egypt closed the Rafah Crossing on Monday. The Council on Foreign Relations said so.");
    expect(mentionOf(r, "Rafah Crossing")?.key).toBe("new:rafah crossing");
    expect(r.entities.map((e) => e.name).filter((n) => /Monday/.test(n))).toEqual([]);
    expect(keyOf(r, "Council on Foreign Relations")).toBe("council_on_foreign_relations");
  });
});

describe("canonical keys within a document", () => {
  it("joins spelling and transliteration variants", () => {
    const r = run("Qasim Soleimani and Kassem Suleimani are one man, as are Hizballah and Hezbollah, and Kata'ib Hezbollah and Kata’ib Hizballah.");
    expect(keyOf(r, "Qasim Soleimani")).toBe("qassem_soleimani");
    expect(keyOf(r, "Kassem Suleimani")).toBe("qassem_soleimani");
    expect(keyOf(r, "Hizballah")).toBe("hezbollah");
    expect(keyOf(r, "Kata'ib Hezbollah")).toBe("kataib_hezbollah");
    expect(keyOf(r, "Kata’ib Hizballah")).toBe("kataib_hezbollah");
  });

  it("gives every acronym defined in brackets the key of its name", () => {
    const r = run("the Popular Mobilization Forces (PMF/PMU/Hashed) and the Tigray Defence Committee (TDC) met. Later the TDC said no.");
    expect(keyOf(r, "PMF/PMU/Hashed")).toBe("popular_mobilization_forces");
    expect(keyOf(r, "Tigray Defence Committee")).toBe("new:tigray defence committee");
    expect(r.mentions.filter((m) => m.text === "TDC").map((m) => m.key)).toEqual(["new:tigray defence committee", "new:tigray defence committee"]);
  });

  it("ties a surname and a titled name to the full name", () => {
    const r = run("Defense Secretary Mark Esper spoke.\nCol. Hanna Petrenko, a spokeswoman for the Atlantic Council, said the line held. Petrenko added that Mr. Trump agreed.");
    expect(keyOf(r, "Defense Secretary Mark Esper")).toBe("mark_esper");
    expect(keyOf(r, "Petrenko")).toBe("new:hanna petrenko");
    expect(keyOf(r, "Mr. Trump")).toBe("donald_trump");
    expect(r.entities.find((e) => e.key === "new:hanna petrenko")?.partOf).toBe("atlantic_council");
  });

  it("reads metonyms and capitals that act as their governments", () => {
    const r = run("The Pentagon said Tehran has made it clear. Talks in Tehran ended. Kyiv warned that Moscow would respond.");
    expect(keyOf(r, "The Pentagon")).toBe("us_department_of_defense");
    expect(r.mentions.find((m) => m.text === "Tehran")).toMatchObject({ key: "iran", role: "metonym" });
    expect(r.mentions.filter((m) => m.text === "Tehran")[1]?.key).toBe("tehran");
    expect(keyOf(r, "Kyiv")).toBe("ukraine");
    expect(keyOf(r, "Moscow")).toBe("russia");
    // a word of where before it keeps the capital the city
    const city = run("Missiles struck central Kyiv. Shells fell on northern Baghdad.");
    expect(keyOf(city, "Kyiv")).toBe("kyiv");
    expect(keyOf(city, "Baghdad")).toBe("baghdad");
  });

  it("builds country bodies and person bodies", () => {
    const r = run("Russian troops shelled Kharkiv while the Ukrainian government and Iraq’s parliament met. The Trump administration and the Sudanese army were silent.");
    expect(keyOf(r, "Russian troops")).toBe("russia_military");
    expect(keyOf(r, "Ukrainian government")).toBe("ukraine_government");
    expect(keyOf(r, "Iraq’s parliament")).toBe("iraq_parliament");
    expect(keyOf(r, "Trump administration")).toBe("donald_trump_administration");
    expect(keyOf(r, "Sudanese army")).toBe("sudanese_armed_forces");
  });

  it("reads a bare body as the country's when every actor and place the document names is of one country, or overwhelmingly so", () => {
    const one = run("Sudan's Rapid Support Forces shelled a camp near El Fasher in Darfur. The army said its air force had struck back.");
    const army = one.mentions.find((m) => m.text.toLowerCase().includes("army"));
    expect(one.entities.find((e) => e.key === army?.key)?.country).toBe("SD");
    const two = run("Sudan's Rapid Support Forces shelled a camp near El Fasher in Darfur and the border with Chad. The army said its air force had struck back.");
    // (and a passing word is too little: "a vote in parliament against US troops")
    const passing = run("This smells of a coup to prevent a vote in parliament against US occupation troops.");
    expect(passing.mentions.some((m) => m.text.toLowerCase().includes("parliament"))).toBe(false);
    expect(two.mentions.some((m) => m.text.toLowerCase().includes("army"))).toBe(false);
    // ... unless one country is named overwhelmingly more often than any other
    const most = run("Bombers struck churches in Colombo, Negombo and Batticaloa in Sri Lanka.\nBlasts also hit the Kingsbury hotel in Colombo.\nSri Lanka mourned.\nIndia said it had warned of attacks.\nNobody claimed the bombings.\nThe government imposed a curfew.");
    const government = most.mentions.find((m) => m.text.toLowerCase().includes("government"));
    expect(most.entities.find((e) => e.key === government?.key)?.country).toBe("LK");
  });

  it("reads a country's state media and its diplomatic mission as bodies of that country", () => {
    const r = run("Syria's state media said the toll rose. Iranian state television denied it, and Ukraine's mission to the United Nations called for a meeting.");
    expect(keyOf(r, "Syria's state media")).toBe("syria_state_media");
    expect(keyOf(r, "Iranian state television")).toBe("iran_state_media");
    expect(keyOf(r, "Ukraine's mission")).toBe("ukraine_government");
  });

  it("reads an unknown name before a site's lower-case head as the site's", () => {
    const r = run("An explosion tore through the al-Ahli Arab hospital on Tuesday. Later Mr Smith building a house was seen.");
    expect(r.entities.find((e) => e.name.includes("Ahli"))?.type).toBe("FACILITY");
    expect(r.entities.find((e) => e.name.includes("Smith"))?.type).not.toBe("FACILITY");
    // a town's name before a site's head only says where the site is
    expect(run("A missile hit the Kramatorsk station.").entities.find((e) => e.name === "Kramatorsk")?.type).toBe("PLACE");
  });

  it("ends a name at a headline's capitalised preposition", () => {
    const r = run("Who Fired The Tochka At Kramatorsk?\n\nThe missile hit Kramatorsk.");
    expect(r.entities.find((e) => e.name.includes("Tochka"))?.name ?? "Tochka").not.toContain("Kramatorsk");
    expect(r.mentions.filter((m) => m.key === "kramatorsk")).toHaveLength(2);
  });

  it("knows the Group of Seven as an organisation, not an armed group", () => {
    const r = run("Biden will convene leaders of the Group of Seven on Sunday.");
    expect(mentionOf(r, "Group of Seven")?.key).toBe("g7");
    expect(r.entities.find((e) => e.key === "g7")?.type).toBe("ORGANIZATION");
  });

  it("reads a country's bases as its armed forces", () => {
    const r = run("Rockets hit a Russian base in Syria. Later drones struck Turkish military bases.");
    expect(keyOf(r, "Russian base")).toBe("russia_military");
    expect(keyOf(r, "Turkish military bases")).toBe("turkey_military");
  });

  it("states membership from appositions and part-of phrases", () => {
    const r = run("Omar Farouk, the head of the Sahel Brigade, spoke. The Kordofan Battalion is part of the Rapid Support Forces.");
    const e = new Map(r.entities.map((x) => [x.key, x]));
    expect(e.get("new:omar farouk")?.partOf).toBe("new:sahel brigade");
    expect(e.get("new:kordofan battalion")?.partOf).toBe("rapid_support_forces");
  });

  it("resolves office titles to the named holder", () => {
    const r = run("Iraqi Prime Minister Adil Abdul-Mahdi met them. Later the prime minister left.\nIn another city, the Sudanese president spoke.");
    expect(keyOf(r, "the prime minister")).toBe("adil_abdul_mahdi");
    expect(keyOf(r, "Sudanese president")).toBe("sudan_president");
  });
});

describe("places", () => {
  it("knows continents and large regions as places with a point on the map", () => {
    const r = run("France sent troops to a camp in Africa, and migrants crossed into Europe through the Balkans.");
    for (const [name, key] of [["Africa", "africa"], ["Europe", "europe"], ["Balkans", "balkans"]] as const) {
      const e = r.entities.find((x) => x.key === keyOf(r, name));
      expect(e?.key).toBe(key);
      expect(e?.geo).not.toBeNull();
    }
  });

  it("geocodes from the alias list and from GeoNames", () => {
    const r = run("Strikes hit Abu Kamal, Albu Kamal and Bukamal, then Erbil, Arbil and Irbil, and Kharkiv in Ukraine.");
    expect(new Set(["Abu Kamal", "Albu Kamal", "Bukamal"].map((t) => keyOf(r, t)))).toEqual(new Set(["abu_kamal"]));
    expect(new Set(["Erbil", "Arbil", "Irbil"].map((t) => keyOf(r, t)))).toEqual(new Set(["erbil"]));
    const kharkiv = r.entities.find((e) => e.key === keyOf(r, "Kharkiv"));
    expect(kharkiv?.country).toBe("UA");
    expect(kharkiv?.geo?.lat).toBeGreaterThan(49);
    expect(r.entities.find((e) => e.key === "iraq")?.geo ?? r.entities.find((e) => e.key === "ukraine")?.geo).not.toBeNull();
  });

  it("prefers a same-name place in a country the document mentions", () => {
    const inLebanon = run("Clashes in Lebanon spread to Tripoli.");
    const alone = run("Clashes spread to Tripoli.");
    expect(inLebanon.entities.find((e) => e.key === keyOf(inLebanon, "Tripoli"))?.country).toBe("LB");
    expect(alone.entities.find((e) => e.key === keyOf(alone, "Tripoli"))?.country).toBe("LY");
  });

  it("makes compass regions and borders of countries", () => {
    const r = run("Fighting in northeast Syria reached the Syrian-Iraqi border and the Iraqi-Syrian border.");
    expect(keyOf(r, "northeast Syria")).toBe("new:northeast syria");
    expect(keyOf(r, "Syrian-Iraqi border")).toBe(keyOf(r, "Iraqi-Syrian border"));
  });
});

describe("different actors never merge", () => {
  it("keeps look-alike names apart", () => {
    const r = run(
      "Hezbollah praised Kataib Hezbollah. Iran denied that Iranian-backed militias acted. Trump said the Trump administration would act. Hamas and the Houthis agreed.",
    );
    const keys = (t: string) => r.mentions.filter((m) => m.text === t).map((m) => m.key);
    expect(keys("Hezbollah")[0]).not.toBe(keys("Kataib Hezbollah")[0]);
    expect(keys("Iran")[0]).toBe("iran");
    expect(keys("Iranian-backed militias")[0]).not.toBe("iran");
    expect(keys("Trump")[0]).toBe("donald_trump");
    expect(keys("Trump administration")[0]).not.toBe("donald_trump");
    expect(keys("Hamas")[0]).not.toBe(keys("Houthis")[0]);
  });

  it("does not let a known surname take an unseen full name", () => {
    const r = run("Ash Carter, the former defense secretary, spoke. Carter said little.");
    expect(keyOf(r, "Ash Carter")).toBe("new:ash carter");
    expect(keyOf(r, "Carter")).toBe("new:ash carter");
  });
});

describe("negative cases", () => {
  const junk = [
    "Loading",
    "Permalink",
    "Comments",
    "Related Posts",
    "Monday",
    "Thursday",
    "January",
    "December",
    "The",
    "But",
    "Sure enough",
    "Posted by",
    "Reply",
    "Share this",
    "Meanwhile",
    "However",
    "I",
  ];

  it("never turns page furniture, calendar words or sentence openers into entities", () => {
    const text = junk.map((w) => `${w}\n${w} the report was read.`).join("\n");
    const r = run(text);
    expect(r.entities).toEqual([]);
    expect(r.mentions).toEqual([]);
  });

  it("does not make entities of headline Title Case words", () => {
    const r = run("Another Quiet Day As Markets Wait For Sure Signals\nNothing happened.");
    expect(r.entities).toEqual([]);
  });

  it("does not make people of capitalised common words the text also writes in lower case", () => {
    const r = run("The state runs deep and the cop was good. He called it the Deep State. Good Cop plays.");
    expect(r.entities.map((e) => e.key)).toEqual([]);
  });
});
