import type { ParsedComment } from "../../model/document.js";

/** An "@Name" opening one of a comment's first two lines (its header line may come first). */
const ADDRESS = /^@([\p{L}\p{N}_.-]+)/u;

const fold = (name: string) => name.normalize("NFKC").toLowerCase().replace(/[\s_.-]+/g, "");

/**
 * A comment that opens by addressing a reader ("@Dmitri The blast killed three") answers
 * that reader's latest comment above it, when the layout gave it no parent.
 */
export function repliesByAddress(comments: readonly ParsedComment[]): ParsedComment[] {
  // each reader's latest comment so far, by folded name
  const latest = new Map<string, number>();
  return comments.map((c, k) => {
    let out = c;
    if (c.replyTo === null) {
      const lines = c.text.split("\n").map((l) => l.trim()).filter((l) => l !== "").slice(0, 2);
      const name = lines.map((l) => ADDRESS.exec(l)?.[1]).find((n) => n !== undefined);
      const answered = name === undefined ? undefined : latest.get(fold(name));
      if (answered !== undefined) out = { ...c, replyTo: answered };
    }
    if (c.author) latest.set(fold(c.author), k);
    return out;
  });
}
