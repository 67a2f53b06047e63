import { describe, expect, it } from "vitest";
import { parseSignature } from "./en/signature.js";
import { separateQuoted } from "./quoted-signatures.js";

const at = (line: number, text: string) => ({ line, signature: parseSignature(text)! });

describe("separateQuoted", () => {
  it("takes signatures that break the running order as quotes", () => {
    const { own, quoted } = separateQuoted([
      at(1, "Posted by: A | Jan 2 2020 19:01 utc | 1"),
      at(3, "Posted by: B | Jan 2 2020 19:05 utc | 2"),
      at(5, "Posted by: A | Jan 2 2020 19:01 utc | 1"),
      at(7, "Posted by: C | Jan 2 2020 19:09 utc | 4"),
      at(9, "Posted by: D | Jan 2 2020 18:00 utc | 5"),
    ]);
    expect(own.map((o) => o.line)).toEqual([1, 3, 7]);
    expect(quoted.map((q) => q.line)).toEqual([5, 9]);
  });

  it("takes an exact repeat of an unnumbered signature as a quote", () => {
    const { own, quoted } = separateQuoted([
      at(1, "Posted by: A | July 21, 2022 at 10:02 AM"),
      at(3, "Posted by: A | July 21, 2022 at 10:02 AM"),
      at(5, "Posted by: B | July 21, 2022 at 11:15 AM"),
    ]);
    expect(own.map((o) => o.line)).toEqual([1, 5]);
    expect(quoted[0]!.reason).toContain("repeats");
  });
});
