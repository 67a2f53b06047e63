import { describe, expect, it } from "vitest";
import { loadKnowledge } from "./knowledge/index.js";
import { nearName } from "./spelling.js";
import { keyOf, run } from "./test-helpers.js";

const k = loadKnowledge([]);

describe("near-miss spellings of known names", () => {
  it("finds the one name a word misspells by one edit", () => {
    expect(nearName(k, "bagdad")).toBe("baghdad");
    expect(nearName(k, "iraki")).toBe("iraqi");
    expect(nearName(k, "ukranian")).toBe("ukrainian");
  });

  it("refuses a word one edit from two different names, or with another skeleton", () => {
    expect(nearName(k, "nigera")).toBeNull(); // Niger and Nigeria
    expect(nearName(k, "stain")).toBeNull(); // Spain: another consonant skeleton
  });

  it("uses a near miss where the context confirms it", () => {
    const r = run("Photos of the storming of US Embassy Bagdad.\nThe Ukranian parliament met on Friday.");
    expect(keyOf(r, "US Embassy Bagdad")).toBe("us_embassy_baghdad");
    expect(keyOf(r, "Ukranian parliament")).toBe("ukraine_parliament");
  });

  it("leaves a lone misspelt word that nothing confirms, and words written in lower case elsewhere", () => {
    const alone = run("Reporters said Ukranian refugees were absent.");
    expect(alone.mentions.some((m) => m.text.startsWith("Ukranian"))).toBe(false);
    expect(keyOf(run("The Iraki parliament met."), "Iraki parliament")).toBe("iraq_parliament");
    const lower = run("The iraki tea was cold. The Iraki parliament met.");
    expect(lower.mentions.some((m) => m.key === "iraq_parliament")).toBe(false);
  });

  it("reads a known actor's name misspelt in two letters, but not a common word opening a sentence nor a city of its own", () => {
    expect(keyOf(run("Kataib Hezbolah fired rockets. Later Netanyohu spoke."), "Netanyohu")).toBe("benjamin_netanyahu");
    const rioters = run("Rioters torched cars on Monday.");
    expect(rioters.mentions.some((m) => m.key === "reuters")).toBe(false);
    // a capital of its own is not a misspelt country
    expect(keyOf(run("Police arrested 13 people in Colombo."), "Colombo")).toBe("colombo");
  });
});
