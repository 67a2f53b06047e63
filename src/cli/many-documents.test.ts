import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { manyDocuments } from "./many-documents.js";

const dir = mkdtempSync(join(tmpdir(), "sitrep-many-"));
const file = join(dir, "one.txt");
writeFileSync(file, "One article.");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("manyDocuments", () => {
  it("uses workers for a folder, stdin, JSONL, feeds, URLs and more than two inputs", () => {
    expect(manyDocuments([dir])).toBe(true);
    expect(manyDocuments(["-"])).toBe(true);
    expect(manyDocuments(["items.jsonl"])).toBe(true);
    expect(manyDocuments(["news.rss"])).toBe(true);
    expect(manyDocuments(["https://example.org/feed"])).toBe(true);
    expect(manyDocuments([file, file, file])).toBe(true);
  });

  it("analyses one or two plain files in process", () => {
    expect(manyDocuments([file])).toBe(false);
    expect(manyDocuments([file, join(dir, "missing.txt")])).toBe(false);
  });
});
