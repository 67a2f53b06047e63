import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "../support/cli.js";
import { seedFile } from "../support/paths.js";

describe("sitrep ingest: usage errors, bad inputs and identity", () => {
  it("exits 2 on a usage error and names the problem", async () => {
    const dir = tempDir();
    const bad = await runCli(["ingest", seedFile("002"), "--published", "2020-13-45", "--db", join(dir, "x.db")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--published/);
    const unknown = await runCli(["ingest", "--no-such-flag", "x", "--db", join(dir, "x.db")]);
    expect(unknown.code).toBe(2);
  });

  it("reports each bad input on one line, stores the good ones and exits 1", async () => {
    const dir = tempDir();
    const db = join(dir, "s.db");
    const png = join(dir, "picture.html");
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const missing = join(dir, "missing.txt");
    const run = await runCli(["ingest", png, seedFile("002"), missing, "--db", db]);
    expect(run.code).toBe(1);
    const lines = run.stderr.split("\n").filter((l) => l.startsWith("sitrep:"));
    expect(lines.some((l) => l.includes("picture.html") && /unsupported/.test(l))).toBe(true);
    expect(lines.some((l) => l.includes("missing.txt"))).toBe(true);
    const docs = await runCli(["documents", "--json", "--db", db]);
    const list = JSON.parse(docs.stdout) as { source: string }[];
    expect(list.map((d) => d.source)).toEqual([expect.stringContaining("002_")]);
  });

  it("stores the same content under two names once, with both sources", async () => {
    const dir = tempDir();
    const db = join(dir, "s.db");
    const copy = join(dir, "copy-of-002.txt");
    copyFileSync(seedFile("002"), copy);
    const run = await runCli(["ingest", seedFile("002"), copy, "--db", db]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/1 added .*1 duplicate/);
    const show = await runCli(["show", "d1", "--json", "--db", db]);
    const doc = (JSON.parse(show.stdout) as { document: { sources: string[] } }).document;
    expect(doc.sources).toHaveLength(2);
  });

  it("stores an empty file with status empty instead of failing", async () => {
    const dir = tempDir();
    const db = join(dir, "s.db");
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "  \n\t\n");
    const run = await runCli(["ingest", empty, "--db", db]);
    expect(run.code, run.stderr).toBe(0);
    const docs = JSON.parse((await runCli(["documents", "--json", "--db", db])).stdout) as { status: string }[];
    expect(docs.map((d) => d.status)).toEqual(["empty"]);
  });

  it("show names an unknown id", async () => {
    const dir = tempDir();
    const run = await runCli(["show", "d999", "--db", join(dir, "s.db")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/d999/);
  });
});
