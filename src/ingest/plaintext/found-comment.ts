import type { DateParts } from "./date-parts.js";
import type { Note } from "./note.js";

/** A comment as a layout finds it: a range of input lines plus what its header or signature says. */
export interface FoundComment {
  /** Input offset where the comment's text starts (at or after its first line's start). */
  start: number;
  startLine: number;
  /** Line index after the comment's last line. */
  endLine: number;
  author: string | null;
  date: DateParts | null;
  number: number | null;
  replyTo: number | null;
  notes: Note[];
}

/** What one comment layout makes of the page. */
export interface CommentLayout {
  name: string;
  comments: FoundComment[];
  /** The comment section's first line: the article body ends before it. */
  regionStartLine: number;
  notes: Note[];
}
