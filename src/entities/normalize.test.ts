import { describe, expect, it } from "vitest";
import { boundedDistance } from "./distance.js";
import { fold, foldName, newKey, skeleton, slug } from "./normalize.js";

describe("normalisation", () => {
  it("folds diacritics, apostrophes, periods and hyphens", () => {
    expect(fold("Kata’ib Hizballah")).toBe("kataib hizballah");
    expect(fold("Kata'ib Hizballah")).toBe("kataib hizballah");
    expect(fold("U.S.")).toBe("us");
    expect(fold("Julián Castro")).toBe("julian castro");
    expect(fold("Abdul-Mahdi")).toBe("abdul mahdi");
  });

  it("drops Arabic articles for names", () => {
    expect(foldName("Al-Qa'im")).toBe(foldName("al Qaim"));
    expect(foldName("Al Qā’im")).toBe("qaim");
    expect(foldName("ad-Dawr")).toBe("dawr");
  });

  it("keys unseen actors deterministically", () => {
    expect(newKey("Hooman Majd")).toBe("new:hooman majd");
    expect(newKey("Abu Mahdi al-Muhandis")).toBe("new:abu mahdi muhandis");
    expect(newKey("The Darfur Tribune")).toBe("new:darfur tribune");
    expect(newKey("Ḥamdān")).toBe(newKey("Hamdan"));
    expect(slug("Saudi Arabia")).toBe("saudi_arabia");
  });

  it("gives transliterations one skeleton and keeps short different names apart", () => {
    const ksm = ["Qassem", "Qasem", "Kassem", "Qasim"].map((n) => skeleton(fold(n)));
    expect(new Set(ksm).size).toBe(1);
    expect(skeleton("hezbollah")).toBe(skeleton("hizballah"));
    expect(skeleton("soleimani")).toBe(skeleton("suleimani"));
    expect(skeleton("iran")).not.toBe(skeleton("iraq"));
  });

  it("bounds edit distances", () => {
    expect(boundedDistance("sputnik", "spuntik", 2)).toBe(1);
    expect(boundedDistance("baghdad", "bagdad", 2)).toBe(1);
    expect(boundedDistance("soleimani", "salisbury", 2)).toBe(3);
    expect(boundedDistance("", "abc", 5)).toBe(3);
  });
});
