import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readFileCapped } from "./read-file.js";

const dir = mkdtempSync(join(tmpdir(), "sitrep-read-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("readFileCapped", () => {
  it("reads a file whole", async () => {
    const path = join(dir, "a.txt");
    writeFileSync(path, "Rockets hit the base.");
    const r = await readFileCapped(path, 1000);
    expect(r.ok && Buffer.from(r.bytes).toString("utf8")).toBe("Rockets hit the base.");
  });

  it("refuses a file over the cap before reading it, and names a missing one", async () => {
    const path = join(dir, "big.txt");
    writeFileSync(path, "x".repeat(2000));
    expect(await readFileCapped(path, 1000)).toMatchObject({ ok: false, code: "too-large" });
    expect(await readFileCapped(join(dir, "none.txt"), 1000)).toMatchObject({ ok: false, code: "not-found" });
  });

  it("refuses a pipe instead of waiting on it for ever", async () => {
    const fifo = join(dir, "pipe");
    execFileSync("mkfifo", [fifo]);
    expect(await readFileCapped(fifo, 1000)).toMatchObject({ ok: false, code: "unreadable", message: "not a regular file" });
  });
});
