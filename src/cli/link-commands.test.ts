import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FixtureDoc, fixtureDocumentSet } from "../link/fixture.js";
import { openStore } from "../store/open.js";

const run = promisify(execFile);
const bin = new URL("../../bin/sitrep.js", import.meta.url).pathname;
let dir = "";
let db = "";

async function sitrep(...args: string[]): Promise<{ stdout: string; code: number }> {
  try {
    const { stdout } = await run(process.execPath, [bin, ...args, "--db", db], { encoding: "utf8" });
    return { stdout, code: 0 };
  } catch (error) {
    const e = error as { stdout?: string; code?: number };
    return { stdout: e.stdout ?? "", code: e.code ?? 1 };
  }
}

function entities(d: FixtureDoc): FixtureDoc {
  for (const [key, name, type] of [
    ["us_military", "U.S. military", "MILITARY"],
    ["kataib_hezbollah", "Kataib Hezbollah", "ARMED_GROUP"],
  ] as const) {
    if (d.text.includes(name)) d.entity(key, name, type).mention(key, name);
  }
  return d;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sitrep-cli-link-"));
  db = join(dir, "t.db");
  const a = entities(new FixtureDoc("d1", "Kataib Hezbollah rockets killed a contractor of the U.S. military on December 27.", { published: "2019-12-28", outlet: "Wire" }));
  const rocket = a.event({ span: a.text, trigger: "killed", type: "ASSAULT", mode: "rocket attack", actors: ["kataib_hezbollah"], targets: ["us_military"], date: "2019-12-27", fatalities: 1 });
  const b = entities(new FixtureDoc("d2", "The U.S. military bombed Kataib Hezbollah on Sunday, killing 25, in retaliation for the rocket attack on Friday.\u001b[31m", { published: "2019-12-30", outlet: "Paper" }));
  const strike = b.event({ span: "The U.S. military bombed Kataib Hezbollah on Sunday, killing 25", trigger: "bombed", type: "ASSAULT", mode: "airstrike", actors: ["us_military"], targets: ["kataib_hezbollah"], date: "2019-12-29", fatalities: 25 });
  const back = b.event({ span: "the rocket attack on Friday", trigger: "attack", type: "ASSAULT", mode: "rocket attack", date: "2019-12-27", anaphoric: true });
  b.relation(strike, back, "in retaliation for", "in retaliation for the rocket attack on Friday");
  const c = entities(new FixtureDoc("d3", "Some 32 died when the U.S. military struck Kataib Hezbollah on December 29.", { published: "2020-01-02", outlet: "Blog" }));
  c.event({ span: c.text, trigger: "struck", type: "ASSAULT", mode: "airstrike", actors: ["us_military"], targets: ["kataib_hezbollah"], date: "2019-12-29", fatalities: 32 });
  void rocket;
  const store = await openStore(db);
  for (const [n, f] of [a, b, c].entries()) await store.addDocumentSet(fixtureDocumentSet(f, n));
  await store.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("link commands", () => {
  it("timeline lists events in date order with sources and a DISPUTED marker", async () => {
    const { stdout, code } = await sitrep("timeline");
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^2019-12-27 .*Kataib Hezbollah → U\.S\. military.*killed 1.*\[2 sources\]$/);
    expect(lines[1]).toMatch(/^2019-12-29 .*killed 25–32.*\[2 sources\] {2}DISPUTED$/);
    const filtered = await sitrep("timeline", "--from", "2019-12-28");
    expect(filtered.stdout.trim().split("\n")).toHaveLength(1);
    expect((await sitrep("timeline", "--type", "NOPE")).code).toBe(2);
  });

  it("event shows every source side by side, disputes and relations, with control characters removed", async () => {
    const events = JSON.parse((await sitrep("events", "--json", "--actor", "kataib")).stdout) as { id: string; mode: string }[];
    const strike = events.find((e) => e.mode === "airstrike")!;
    const { stdout } = await sitrep("event", strike.id);
    expect(stdout).toContain("killed 25");
    expect(stdout).toContain("killed 32");
    expect(stdout).toMatch(/fatalities: 25 \(d2\) \| 32 \(d3\); conservative 25/);
    expect(stdout).toMatch(/RETALIATION to v\d/);
    expect(stdout).not.toContain("\u001b");
    expect((await sitrep("event", "v99")).code).toBe(1);
  });

  it("disputes, chain and entities print the linked results", async () => {
    expect((await sitrep("disputes")).stdout).toMatch(/fatalities \(conservative: 25\)/);
    const chain = (await sitrep("chain")).stdout.trim().split("\n");
    expect(chain[0]).toMatch(/^2019-12-27/);
    expect(chain[1]).toMatch(/^ {2}└ RETALIATION .*2019-12-29/);
    const ents = JSON.parse((await sitrep("entities", "--json")).stdout) as { name: string; documentCount: number }[];
    expect(ents.map((e) => [e.name, e.documentCount])).toEqual([
      ["Kataib Hezbollah", 3],
      ["U.S. military", 3],
    ]);
  });
});
