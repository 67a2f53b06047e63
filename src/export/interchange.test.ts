import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openStore } from "../store/open.js";
import { FixtureDoc, fixtureDocumentSet } from "../link/fixture.js";
import { buildInterchange } from "./interchange.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function fixtures(): FixtureDoc[] {
  const a = new FixtureDoc("d1", "On Sunday the U.S. military bombed Kataib Hezbollah, killing 25.", { published: "2019-12-30", outlet: "Wire" })
    .entity("us_military", "U.S. military", "MILITARY")
    .mention("us_military", "U.S. military")
    .entity("kataib_hezbollah", "Kataib Hezbollah", "ARMED_GROUP")
    .mention("kataib_hezbollah", "Kataib Hezbollah");
  a.event({ span: a.text, trigger: "bombed", type: "ASSAULT", mode: "airstrike", actors: ["us_military"], targets: ["kataib_hezbollah"], date: "2019-12-29", fatalities: 25 });
  const b = new FixtureDoc("d2", "Some 32 died when the U.S. military hit Kataib Hezbollah on December 29.", { published: "2020-01-02", outlet: "Blog" })
    .entity("us_military", "U.S. military", "MILITARY")
    .mention("us_military", "U.S. military")
    .entity("kataib_hezbollah", "Kataib Hezbollah", "ARMED_GROUP")
    .mention("kataib_hezbollah", "Kataib Hezbollah");
  b.event({ span: b.text, trigger: "hit", type: "ASSAULT", mode: "airstrike", actors: ["us_military"], targets: ["kataib_hezbollah"], date: "2019-12-29", fatalities: 32 });
  return [a, b];
}

async function storeWith(files: FixtureDoc[]) {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-interchange-"));
  dirs.push(dir);
  const store = await openStore(join(dir, "t.db"));
  for (const [n, f] of files.entries()) {
    await store.addDocumentSet(fixtureDocumentSet(f, n));
  }
  return store;
}

describe("buildInterchange", () => {
  it("fills every array from a real SQLite store, deterministically", async () => {
    const store = await storeWith(fixtures());
    try {
      const x = await buildInterchange(store);
      expect(x.documents.map((d) => d.id)).toEqual(["d1", "d2"]);
      expect(x.entities.map((e) => e.name)).toEqual(["U.S. military", "Kataib Hezbollah"]);
      expect(x.mentions).toHaveLength(4);
      expect(x.events).toHaveLength(1);
      expect(x.events[0]!.sources).toEqual(["d1", "d2"]);
      expect(x.discrepancies.map((d) => [d.attribute, d.values.map((v) => v.value)])).toEqual([["fatalities", [25, 32]]]);
      expect(x.framing?.length).toBeGreaterThan(0);
      const again = await buildInterchange(store);
      expect(JSON.stringify(again)).toBe(JSON.stringify(x));
      for (const m of [...x.mentions, ...x.events.flatMap((e) => e.mentions)]) {
        const doc = x.documents.find((d) => d.id === m.doc)!;
        expect(doc.text.slice(m.start, m.end)).toBe(m.text);
      }
    } finally {
      await store.close();
    }
  });

  it("exports documents that have no analysis with empty layers", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-interchange-"));
    dirs.push(dir);
    const store = await openStore(join(dir, "t.db"));
    try {
      const f = fixtures()[0]!;
      await store.addDocumentSet({ ...fixtureDocumentSet(f, 0), analyses: null });
      const x = await buildInterchange(store);
      expect(x.documents).toHaveLength(1);
      expect(x.events).toEqual([]);
      expect(x.entities).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
