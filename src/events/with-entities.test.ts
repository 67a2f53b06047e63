/**
 * Event rules that need what the entity stage knows of each actor — its country, its
 * kind, its full name — run through the whole pipeline rather than the test dictionary.
 */
import { describe, expect, it } from "vitest";
import { createPipeline } from "../pipeline.js";

const pipeline = createPipeline();
const events = (text: string) => pipeline.analyze({ text, kind: "article", published: "2020-01-02", title: null }).events;
const accusations = (text: string) => events(text).filter((e) => e.type === "ACCUSE");

describe("accusations read from claims, by whom", () => {
  it("a state telling of its own forces' strike claims it; no accusation", () => {
    expect(accusations("The Russian military struck five targets in Syria on Sunday, the Kremlin said.")).toHaveLength(0);
    expect(accusations("The U.S. military struck five targets in Iraq on Sunday, Defense Secretary Mark Esper said.")).toHaveLength(0);
  });

  it("another state telling of the same strike accuses its author", () => {
    const other = accusations("The Russian military struck five targets in Syria on Sunday, the State Department said.");
    expect(other).toHaveLength(1);
    expect(other[0]?.actors).toEqual(["us_department_of_state"]);
    expect(other[0]?.targets).toEqual(["russia_military"]);
  });
});

describe("anaphors that name several groups", () => {
  const target = (text: string) => events(text).find((e) => e.trigger.text === "attacked")?.targets;

  it("'these groups' takes a plural name before a nearer single group", () => {
    expect(target("When the Islamic State overran large parts of Iraq, Iran helped to stand up the Popular Mobilization Forces. Israel attacked these groups throughout the year.")).toEqual(["popular_mobilization_forces"]);
  });

  it("with no plural name in reach, the nearest subject", () => {
    expect(target("The Islamic State overran Mosul. Israel attacked these groups.")).toEqual(["islamic_state"]);
  });
});
