import type { ParsedComment } from "../../model/document.js";

/** An "@Name" opening one of a comment's first two lines (its header line may come first). */
const ADDRESS = /^@([\p{L}\p{N}_.-]+)/u;

const fold = (name: string) => name.normalize("NFKC").toLowerCase().replace(/[\s_.-]+/g, "");

/**
 * A comment that opens by addressing a reader ("@Dmitri The blast killed three") answers
 * that reader's latest comment above it, when the layout gave it no parent.
 */
export function repliesByAddress(comments: readonly ParsedComment[]): ParsedComment[] {
  return comments.map((c, k) => {
    if (c.replyTo !== null) return c;
    const lines = c.text.split("\n").map((l) => l.trim()).filter((l) => l !== "").slice(0, 2);
    const name = lines.map((l) => ADDRESS.exec(l)?.[1]).find((n) => n !== undefined);
    if (name === undefined) return c;
    for (let j = k - 1; j >= 0; j--) {
      const author = comments[j]?.author;
      if (author && fold(author) === fold(name)) return { ...c, replyTo: j };
    }
    return c;
  });
}
