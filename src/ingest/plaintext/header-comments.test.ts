import { describe, expect, it } from "vitest";
import { parsePlainText } from "./index.js";

const parse = (text: string) => parsePlainText(text, { source: "t.txt" });

describe("comments opened by a name and a day", () => {
  const page = [
    "Zamzam: what we know",
    "",
    "Posted on April 16, 2025",
    "",
    "Three days after the assault, the numbers still do not agree.",
    "",
    "Comments",
    "",
    "Amna K. — April 16, 2025",
    "My cousin was in Zamzam. They killed more than 500, not 300.",
    "",
    "Bashir — April 17, 2025",
    "The army bombed Nyala in revenge.",
    "",
  ].join("\n");

  it("reads 'NAME — DAY' as a comment header inside the comment section", () => {
    const doc = parse(page);
    expect(doc.comments.map((c) => [c.author, c.published])).toEqual([
      ["Amna K.", "2025-04-16"],
      ["Bashir", "2025-04-17"],
    ]);
    expect(doc.text).not.toContain("My cousin");
  });

  it("takes no such line for a comment outside a comment section: a source and its day head the article", () => {
    const doc = parse(["Reuters — April 16, 2025", "", "The army bombed Nyala on Sunday, residents said.", ""].join("\n"));
    expect(doc.comments).toEqual([]);
    expect(doc.text).toContain("The army bombed Nyala");
  });
});
