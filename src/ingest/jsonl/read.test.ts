import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isFailure, type ReadResult } from "../types.js";
import { readJsonlFile, readJsonlText } from "./read.js";

const fixture = new URL("../../../test/fixtures/ingest/records.jsonl", import.meta.url).pathname;

async function all(results: AsyncIterable<ReadResult>): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of results) out.push(r);
  return out;
}

describe("JSONL", () => {
  it("makes one document per record, named by its id; bad lines fail alone with file:LINE", async () => {
    const results = await all(readJsonlFile(fixture, 1_000_000));
    const items = results.filter((r) => !isFailure(r));
    const failures = results.filter(isFailure);
    expect(items.map((r) => !isFailure(r) && r.source)).toEqual(["rec-alpha", "rec-gamma"]);
    expect(failures.map((f) => [f.input, f.code])).toEqual([
      [`${fixture}:2`, "bad-json"],
      [`${fixture}:5`, "bad-record"],
    ]);
    for (const f of failures) expect(f.message).not.toContain("\n");
    const alpha = items[0];
    if (!alpha || isFailure(alpha)) throw new Error("no item");
    expect(alpha.parsed).toMatchObject({ title: "Protest at ministry", outlet: "City Herald", published: "2020-01-10", author: "J. Mensah", url: "https://herald.example/protest" });
    expect(alpha.parsed.text).toContain("Protesters gathered outside the ministry");
    expect(alpha.charset).toBe("utf-8");
  });

  it("fails an over-long line without reading it whole, and carries on", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-jsonl-"));
    const path = join(dir, "long.jsonl");
    const long = JSON.stringify({ id: "huge", text: "x".repeat(300_000) });
    writeFileSync(path, `${long}\n${JSON.stringify({ id: "small", text: "Small record." })}\n`);
    const results = await all(readJsonlFile(path, 100_000));
    expect(results.map((r) => (isFailure(r) ? r.code : r.source))).toEqual(["too-large", "small"]);
  });

  it("replaces lone surrogates and invalid bytes with U+FFFD", async () => {
    const line = new TextEncoder().encode('{"id":"s","text":"bad \\ud800 surrogate"}\n');
    const [item] = await all(readJsonlText(line, "mem.jsonl"));
    if (!item || isFailure(item)) throw new Error("expected an item");
    expect(item.parsed.text).toContain("bad \uFFFD surrogate");
    expect(item.parsed.diagnostics.map((d) => d.code)).toContain("invalid-bytes");
  });
});
