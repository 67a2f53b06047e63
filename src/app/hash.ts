import { createHash } from "node:crypto";

/** Identity of an article: its title and text with white space folded. */
export function articleHash(title: string | null, text: string): string {
  const norm = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();
  return createHash("sha256").update(`${norm(title ?? "")}\n${norm(text)}`).digest("hex");
}

/** Identity of a comment: its article, its position and its text. */
export function commentHash(articleHash: string, index: number, text: string): string {
  return createHash("sha256").update(`${articleHash}\n${index}\n${text.replace(/\s+/g, " ").trim()}`).digest("hex");
}
