/**
 * BAD-INPUT.md row 11 in the terminal: text that carries ANSI escapes and control
 * characters (in a document's text, title, outlet, author, and in a file name) reaches
 * the screen without them, through `sitrep ingest`, `show` and `documents`.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "../support/cli.js";

// C0 controls other than tab and newline, DEL, C1 controls (CSI U+009B among them), and
// the bidirectional overrides that can reorder what a terminal shows.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const record = {
  id: "terminal-1",
  title: "Title \u001b[31mred\u001b[0m \u202eevil",
  outlet: "Bell\u0007 Outlet",
  author: "Esc\u001b]0;owned\u0007 Author",
  text: "Terminal marker \u001b[31mred\u001b[0m bell\u0007 title\u001b]0;owned\u0007 back\u0008space \u009b31m csi. The army said 4 soldiers died.",
};

describe("row 11: control characters never reach the terminal", () => {
  it("ingest, show and documents print the text without escapes or control characters", async () => {
    const dir = tempDir("sitrep-terminal-");
    const db = join(dir, "t.db");
    const jsonl = join(dir, "records.jsonl");
    writeFileSync(jsonl, JSON.stringify(record) + "\n");
    const oddName = join(dir, "name-\u001b[31m-red.txt");
    writeFileSync(oddName, "A file whose name holds an escape. Police said 2 people were hurt.\n");
    const missing = join(dir, "missing-\u0007-bell.txt");

    const ingest = await runCli(["ingest", jsonl, oddName, missing, "--db", db, "--jobs", "1"]);
    expect(ingest.code).toBe(1);
    expect(ingest.stdout).toMatch(/2 added/);
    expect(ingest.stderr).toMatch(/missing- -bell\.txt: not-found/);
    const show = await runCli(["show", "d1", "--db", db]);
    expect(show.code, show.stderr).toBe(0);
    const documents = await runCli(["documents", "--db", db]);
    expect(documents.code, documents.stderr).toBe(0);

    for (const [name, out] of [["ingest", ingest.stdout + ingest.stderr], ["show", show.stdout], ["documents", documents.stdout]] as const) {
      expect(CONTROL.test(out), `${name} printed a control character: ${JSON.stringify(out.slice(0, 400))}`).toBe(false);
    }
    // The words around the escapes are still shown.
    expect(show.stdout).toContain("Terminal marker red bell title0;owned backspace");
    expect(show.stdout.split("\n").find((l) => l.startsWith("title"))).toMatch(/^title +Title .*red.*evil$/);
    expect(show.stdout).toMatch(/outlet\s+Bell Outlet/);
    expect(documents.stdout).toContain("Bell Outlet");

    // JSON output keeps the exact text, escaped: no raw C0 control or escape character.
    // (JSON.stringify leaves C1 controls such as U+009B and bidi overrides raw.)
    const json = await runCli(["show", "d1", "--json", "--db", db]);
    // eslint-disable-next-line no-control-regex
    expect(/[\u0000-\u0009\u000b-\u001f]/.test(json.stdout)).toBe(false);
    expect((JSON.parse(json.stdout) as { document: { text: string } }).document.text).toBe(record.text);
  }, 120_000);
});
