import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Interchange } from "../../src/model/interchange.js";
import { runCli, tempDir } from "../support/cli.js";
import { seedFile } from "../support/paths.js";

// The seed corpus through the real executable, as ../shared/data/gold/README.md ingests it.
describe("sitrep ingest + export on the seed corpus", () => {
  const dir = tempDir();
  const db = join(dir, "seeds.db");
  const out = join(dir, "export.json");
  let data: Interchange;
  let first: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    first = await runCli(["ingest", seedFile("000"), seedFile("002"), seedFile("003"), seedFile("004"), "--db", db]);
    const second = await runCli(["ingest", seedFile("001"), "--published", "2020-03-12", "--db", db]);
    expect(second.code, second.stderr).toBe(0);
    const exp = await runCli(["export", "--format", "json", "--db", db, "--out", out]);
    expect(exp.code, exp.stderr).toBe(0);
    data = JSON.parse(readFileSync(out, "utf8")) as Interchange;
  });

  it("exits 0 and reports what it added", () => {
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/4 added/);
  });

  it("reads each article's publication date from its text", () => {
    const published = Object.fromEntries(
      data.documents.filter((d) => d.kind !== "comment").map((d) => [basename(d.source).slice(0, 3), d.published?.slice(0, 10)]),
    );
    expect(published).toEqual({ "000": "2020-01-02", "001": "2020-03-12", "002": "2020-01-02", "003": "2020-01-03", "004": "2019-12-31" });
  });

  it("splits reader comments into documents of their own", () => {
    const byFile = (p: string) => data.documents.find((d) => d.kind !== "comment" && basename(d.source).startsWith(p))!;
    const commentsOf = (p: string) => data.documents.filter((d) => d.kind === "comment" && d.parent === byFile(p).id);
    expect(commentsOf("000")).toHaveLength(99);
    expect(commentsOf("001")).toHaveLength(4);
    expect(commentsOf("002")).toHaveLength(0);
    expect(commentsOf("003")).toHaveLength(0);
    expect(commentsOf("004")).toHaveLength(0);
    const numbers = commentsOf("000").map((c) => c.number);
    expect(numbers).not.toContain(30);
    expect(new Set(numbers).size).toBe(99);
    const replies = commentsOf("001").filter((c) => c.replyTo);
    expect(replies).toHaveLength(1);
  });

  it("keeps site furniture out of bodies", () => {
    for (const d of data.documents) {
      expect(d.text).not.toMatch(/Related Posts with Thumbnails|No comments:|next page »/);
    }
  });

  it("every span in the export slices back to its text", () => {
    const text = new Map(data.documents.map((d) => [d.id, d.text]));
    const check = (s: { doc: string; start: number; end: number; text: string }) => {
      expect(text.get(s.doc)?.slice(s.start, s.end)).toBe(s.text);
    };
    data.mentions.forEach(check);
    data.timeExpressions.forEach(check);
    data.claims.forEach(check);
    for (const e of data.events) e.mentions.forEach(check);
    for (const r of data.relations) r.evidence.forEach(check);
  });

  it("re-ingesting the same files changes nothing and says so", async () => {
    const before = readFileSync(out, "utf8");
    const again = await runCli(["ingest", seedFile("000"), seedFile("002"), "--db", db]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/0 added .*2 duplicates/);
    const out2 = join(dir, "export2.json");
    expect((await runCli(["export", "--db", db, "--out", out2])).code).toBe(0);
    const after = JSON.parse(readFileSync(out2, "utf8")) as Interchange;
    const strip = (x: Interchange) => JSON.stringify({ ...x, documents: x.documents.map((d) => ({ ...d, sources: undefined })) });
    expect(strip(after)).toBe(strip(JSON.parse(before) as Interchange));
  });
});
