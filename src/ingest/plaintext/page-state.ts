import type { Byline } from "./en/byline.js";
import type { CommentLayout } from "./found-comment.js";
import type { PageHeader } from "./header.js";
import type { Line } from "./lines.js";

/** What the steps of the plain-text parser have found so far. Each step returns a new state. */
export interface PageState {
  input: string;
  lines: Line[];
  header: PageHeader | null;
  /** First comment-section or footer heading after the body began ("Comments", "No comments:"), or null. */
  sectionLine: number | null;
  layout: CommentLayout | null;
  /** Article body as lines [startLine, endLine). */
  body: { startLine: number; endLine: number } | null;
  /** A byline closing the body ("Posted by b on ... | Permalink"). */
  closingByline: Byline | null;
}

export type PageStep = (state: PageState) => PageState;
