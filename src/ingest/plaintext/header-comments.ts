import type { DateParts } from "./date-parts.js";
import { parseCommentHeader, type CommentHeader } from "./en/comment-header.js";
import { parseDateText } from "./en/date-text.js";
import { lineFurniture, sectionEndAfter } from "./en/furniture.js";
import type { CommentLayout, FoundComment } from "./found-comment.js";
import { isPatternSized, nextNonBlank, type Line } from "./lines.js";
import { replyStructure } from "./threading.js";

/**
 * Comments each opened by a header line (WordPress, Blogger and similar):
 *
 *       1. NAME says              NAME says:              NAME said...
 *         comment text            January 3, 2020 at 4:15 pm   comment text
 *           1. NAME says          comment text            January 3, 2020 at 7:15 PM
 *             reply text          Reply
 *
 * A comment runs from its header to the next header, or to the end of the comment
 * section. Replies are told by deeper indentation or restarted numbering.
 */
export function findHeaderComments(
  lines: readonly Line[],
  fromLine: number,
  sectionLine: number | null,
  maxComments: number,
): CommentLayout | null {
  const headers: { line: number; header: CommentHeader; date: DateParts | null }[] = [];
  for (let i = Math.max(0, fromLine); i < lines.length && headers.length < maxComments; i++) {
    const line = lines[i]!;
    if (!isPatternSized(line) || lineFurniture(line) !== null) continue;
    const header = parseCommentHeader(line.trimmed);
    if (!header) continue;
    const inSection = sectionLine !== null && i > sectionLine;
    const date = header.date ?? dateAfter(lines, i);
    if (accepts(header, date, inSection)) headers.push({ line: i, header, date });
  }
  const first = headers[0];
  if (first === undefined) return null;

  const sectionEnd = sectionEndAfter(lines, headers[headers.length - 1]!.line);
  const replies = replyStructure(headers.map((h) => ({ indent: lines[h.line]!.indent, number: h.header.number })));
  const comments: FoundComment[] = headers.map((h, k) => {
    const endLine = headers[k + 1]?.line ?? sectionEnd;
    const line = lines[h.line]!;
    return {
      start: line.contentStart + h.header.nameOffset,
      startLine: h.line,
      endLine,
      author: h.header.author,
      date: h.date ?? dateAtEnd(lines, h.line + 1, endLine),
      number: h.header.number,
      replyTo: replies[k] ?? null,
      notes: [],
    };
  });
  return { name: "header-before", comments, regionStartLine: first.line, notes: [] };
}

/**
 * A numbered "N. NAME says" header stands alone; an unnumbered one needs a date on or
 * right under it; a name with a day and no time ("Amna K. — April 16, 2025") and a bare
 * name (above a date-time) are taken only inside a comment section.
 */
function accepts(header: CommentHeader, date: DateParts | null, inSection: boolean): boolean {
  switch (header.form) {
    case "verb":
      return header.number !== null || date !== null || inSection;
    case "dated":
      return header.number !== null || inSection;
    // ("Reuters — April 16, 2025" above an article is a byline: a day alone marks a comment only in the comment section)
    case "day-dated":
      return inSection;
    case "bare":
      return inSection && date !== null && date.hour !== null;
  }
}

/** The date-time on the next non-blank line, when that line is only a date. */
function dateAfter(lines: readonly Line[], i: number): DateParts | null {
  const j = nextNonBlank(lines, i + 1, Math.min(lines.length, i + 3));
  if (j < 0 || !isPatternSized(lines[j]!)) return null;
  return parseDateText(lines[j]!.trimmed);
}

/** The date on a comment's last non-furniture line (Blogger puts the stamp under the text). */
function dateAtEnd(lines: readonly Line[], from: number, to: number): DateParts | null {
  for (let i = to - 1; i >= from; i--) {
    const t = lines[i]!.trimmed;
    if (t === "" || lineFurniture(lines[i]!) === "line") continue;
    return isPatternSized(lines[i]!) ? parseDateText(t) : null;
  }
  return null;
}

/** The first section-end line (a reply form, a footer) after the last header, or the end. */
