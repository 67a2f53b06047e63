import { parseByline } from "./en/byline.js";
import { lineFurniture, sectionEndAfter } from "./en/furniture.js";
import { parseSignature } from "./en/signature.js";
import type { CommentLayout, FoundComment } from "./found-comment.js";
import { isPatternSized, type Line } from "./lines.js";
import type { Note } from "./note.js";
import { separateQuoted, type QuotedSignature, type SignatureAt } from "./quoted-signatures.js";

/**
 * Comments each followed by a signature line (Typepad and similar):
 *
 *     comment text ...
 *
 *     Posted by: NAME | Jan 2 2020 19:01 utc | 1
 *
 * A comment runs from the line after the previous signature to its own signature.
 * The first one starts after the comment-section heading or the article's byline.
 *
 * Some pages put the same line above each comment instead:
 *
 *     3 comments
 *     Posted by: NAME | Oct 12 2022 9:14 utc | 1
 *     comment text ...
 *
 * That layout is told by a signature right under the heading (no comment can be empty)
 * with text after the last one; each comment then runs from its line to the next.
 */
export function findSignatureComments(lines: readonly Line[], fromLine: number, maxComments: number): CommentLayout | null {
  const candidates: SignatureAt[] = [];
  for (let i = Math.max(0, fromLine); i < lines.length; i++) {
    const line = lines[i]!;
    if (!isPatternSized(line)) continue;
    const signature = parseSignature(line.trimmed);
    if (signature) candidates.push({ line: i, signature });
  }
  const { own, quoted } = separateQuoted(candidates);
  const first = own[0];
  if (first === undefined) return null;

  const notes: Note[] = [];
  const { regionStartLine, firstStart, guessed } = firstCommentStart(lines, fromLine, first.line);
  if (guessed) {
    notes.push({
      code: "comment-start-guessed",
      severity: "warning",
      message: "No heading or byline marks where the comments begin; the first comment was taken to be the paragraph before its signature.",
    });
  }
  if (!guessed && firstContentLine(lines, firstStart, first.line) === first.line) {
    const headed = signaturesAbove(lines, own.slice(0, maxComments));
    if (headed) return { name: "signature-before", comments: headed, regionStartLine, notes };
  }
  const comments: FoundComment[] = [];
  let startLine = firstStart;
  for (const sig of own.slice(0, maxComments)) {
    const begin = firstContentLine(lines, startLine, sig.line);
    const s = sig.signature;
    comments.push({
      start: lines[begin]!.start,
      startLine: begin,
      endLine: sig.line + 1,
      author: s.author,
      date: s.date,
      number: s.number,
      replyTo: null,
      notes: [],
    });
    startLine = sig.line + 1;
  }
  const byKey = new Map<string, number>();
  own.slice(0, comments.length).forEach((o, i) => byKey.set(o.signature.key, i));
  attachQuotes(comments, quoted, lines, byKey);
  return { name: "signature-after", comments, regionStartLine, notes };
}

/** Comments each under its signature line, or null when nothing follows the last signature (then the page is not laid out so). */
function signaturesAbove(lines: readonly Line[], own: readonly SignatureAt[]): FoundComment[] | null {
  const last = own[own.length - 1];
  if (last === undefined) return null;
  const end = sectionEndAfter(lines, last.line);
  if (firstContentLine(lines, last.line + 1, end) === end) return null;
  return own.map((sig, k) => ({
    start: lines[sig.line]!.start,
    startLine: sig.line,
    endLine: own[k + 1]?.line ?? end,
    author: sig.signature.author,
    date: sig.signature.date,
    number: sig.signature.number,
    replyTo: null,
    notes: [],
  }));
}

function firstCommentStart(
  lines: readonly Line[],
  fromLine: number,
  signatureLine: number,
): { regionStartLine: number; firstStart: number; guessed: boolean } {
  for (let i = signatureLine - 1; i >= Math.max(0, fromLine); i--) {
    const t = lines[i]!.trimmed;
    if (t === "" || !isPatternSized(lines[i]!)) continue;
    if (lineFurniture(lines[i]!) === "section-end" || parseByline(t) !== null) {
      return { regionStartLine: i + 1, firstStart: i + 1, guessed: false };
    }
  }
  // No marker: the paragraph just above the first signature.
  let i = signatureLine - 1;
  while (i > fromLine && lines[i]!.trimmed === "") i--;
  while (i > fromLine && lines[i - 1]!.trimmed !== "") i--;
  return { regionStartLine: i, firstStart: i, guessed: true };
}

function firstContentLine(lines: readonly Line[], from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const t = lines[i]!.trimmed;
    if (t !== "" && lineFurniture(lines[i]!) === null) return i;
  }
  return limit;
}

/** Records each quoted signature on the comment that quotes it; a quote opening a comment names the comment it answers. */
function attachQuotes(
  comments: FoundComment[],
  quoted: readonly QuotedSignature[],
  lines: readonly Line[],
  byKey: ReadonlyMap<string, number>,
): void {
  let k = 0;
  for (const q of quoted) {
    while (k < comments.length && comments[k]!.endLine <= q.line) k++;
    const holder = comments[k];
    if (holder === undefined || q.line < holder.startLine) continue;
    const line = lines[q.line]!;
    holder.notes.push({
      code: "comment-signature-quoted",
      severity: "info",
      message: `A signature line quoted inside this comment was not taken as a comment: ${q.reason}.`,
      start: line.contentStart,
      end: line.contentStart + line.trimmed.length,
    });
    if (q.line === holder.startLine && holder.replyTo === null) {
      const answered = byKey.get(q.signature.key);
      if (answered !== undefined && answered < k) holder.replyTo = answered;
    }
  }
}
