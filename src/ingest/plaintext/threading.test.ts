import { describe, expect, it } from "vitest";
import { replyStructure } from "./threading.js";

describe("replyStructure", () => {
  it("nests deeper indentation under the comment above", () => {
    expect(replyStructure([
      { indent: 2, number: 1 }, { indent: 4, number: 1 }, { indent: 6, number: 1 }, { indent: 4, number: 2 }, { indent: 2, number: 2 },
    ])).toEqual([null, 0, 1, 0, null]);
  });

  it("reads restarted numbering as replies when indentation is lost", () => {
    expect(replyStructure([
      { indent: 0, number: 1 }, { indent: 0, number: 1 }, { indent: 0, number: 2 }, { indent: 0, number: 2 }, { indent: 0, number: 3 },
    ])).toEqual([null, 0, 0, null, null]);
  });

  it("keeps unnumbered comments at one indent flat", () => {
    expect(replyStructure([{ indent: 0, number: null }, { indent: 0, number: null }])).toEqual([null, null]);
  });

  it("caps the depth and only ever points backwards", () => {
    const items = Array.from({ length: 500 }, (_, i) => ({ indent: i, number: 1 }));
    const replies = replyStructure(items);
    replies.forEach((r, i) => {
      if (r !== null) expect(r).toBeLessThan(i);
    });
  });
});
