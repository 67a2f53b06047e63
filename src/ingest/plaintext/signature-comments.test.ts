import { describe, expect, it } from "vitest";
import { parsePlainText } from "./index.js";

const POST = ["The Harbour Letter", "March 3, 2024", "", "Storm Over the Port", "", "The storm flooded the lower town on Sunday. Ferries stopped for two days.", ""];

describe("comments with a signature line", () => {
  it("reads the signature after each comment's text", () => {
    const doc = parsePlainText([...POST, "2 comments", "", "The ferry was back on Tuesday.", "", "Posted by: Ana | Mar 3 2024 9:14 utc | 1", "", "Not at our pier.", "", "Posted by: Ben | Mar 3 2024 10:02 utc | 2", ""].join("\n"), { source: "post.txt" });
    expect(doc.comments.map((c) => [c.author, c.text.split("\n")[0]])).toEqual([["Ana", "The ferry was back on Tuesday."], ["Ben", "Not at our pier."]]);
    expect(doc.text).not.toContain("ferry was back");
  });

  it("reads it above each comment when one stands right under the heading and text follows the last", () => {
    const doc = parsePlainText([...POST, "3 comments", "", "Posted by: Ana | Mar 3 2024 9:14 utc | 1", "The ferry was back on Tuesday.", "", "Posted by: Ben | Mar 3 2024 10:02 utc | 2", "Not at our pier.", "", "Posted by: Ana | Mar 3 2024 11:30 utc | 3", "@Ben It docked at the north pier.", ""].join("\n"), { source: "post.txt" });
    expect(doc.comments.map((c) => c.author)).toEqual(["Ana", "Ben", "Ana"]);
    // "@Ben" answers Ben's comment
    expect(doc.comments.map((c) => c.replyTo)).toEqual([null, null, 1]);
    // each comment keeps its own line first, then its text; no text is lost after the last line
    expect(doc.comments.map((c) => c.text.split("\n").slice(1).join(" ").trim())).toEqual(["The ferry was back on Tuesday.", "Not at our pier.", "@Ben It docked at the north pier."]);
    expect(doc.comments.map((c) => c.published)).toEqual(["2024-03-03T09:14:00Z", "2024-03-03T10:02:00Z", "2024-03-03T11:30:00Z"]);
    expect(doc.text).toContain("Ferries stopped for two days.");
    expect(doc.text).not.toContain("Posted by");
  });
});
