import { parseByline, type Byline } from "./en/byline.js";
import { lineFurniture } from "./en/furniture.js";
import { findHeaderComments } from "./header-comments.js";
import { readHeader } from "./header.js";
import { isPatternSized, splitLines } from "./lines.js";
import type { PageStep } from "./page-state.js";
import { findSignatureComments } from "./signature-comments.js";

/** Most comments read from one page. */
export const MAX_COMMENTS = 20_000;

/** How many closing lines of the body are looked at for a byline. */
const CLOSING_BYLINE_LINES = 4;

export const splitIntoLines: PageStep = (s) => ({ ...s, lines: splitLines(s.input) });

export const readPageHeader: PageStep = (s) => ({ ...s, header: readHeader(s.lines) });

export const findSectionHeading: PageStep = (s) => {
  const from = s.header?.proseLine ?? 0;
  for (let i = from; i < s.lines.length; i++) {
    if (lineFurniture(s.lines[i]!) === "section-end") return { ...s, sectionLine: i };
  }
  return { ...s, sectionLine: null };
};

/** Tries each comment layout; the one that finds more comments wins. */
export const findComments: PageStep = (s) => {
  const from = s.header?.proseLine ?? 0;
  const found = [
    findSignatureComments(s.lines, from, MAX_COMMENTS),
    findHeaderComments(s.lines, from, s.sectionLine, MAX_COMMENTS),
  ];
  let layout = null;
  for (const f of found) if (f && (!layout || f.comments.length > layout.comments.length)) layout = f;
  return { ...s, layout };
};

export const delimitBody: PageStep = (s) => {
  const startLine = s.header?.firstLine ?? -1;
  if (startLine < 0) return { ...s, body: null };
  let endLine = s.lines.length;
  if (s.sectionLine !== null) endLine = Math.min(endLine, s.sectionLine);
  if (s.layout) endLine = Math.min(endLine, s.layout.regionStartLine);
  return { ...s, body: { startLine, endLine: Math.max(startLine, endLine) } };
};

export const readClosingByline: PageStep = (s) => {
  if (!s.body) return s;
  let seen = 0;
  let closingByline: Byline | null = null;
  for (let i = s.body.endLine - 1; i >= s.body.startLine && seen < CLOSING_BYLINE_LINES; i--) {
    const line = s.lines[i]!;
    if (line.trimmed === "" || lineFurniture(line) !== null) continue;
    seen++;
    if (i <= (s.header?.proseLine ?? 0) || !isPatternSized(line)) continue;
    const byline = parseByline(line.trimmed);
    if (byline && byline.date) {
      closingByline = byline;
      break;
    }
  }
  return { ...s, closingByline };
};

/** The plain-text parser's steps, in order. */
export function plainTextSteps(): PageStep[] {
  return [splitIntoLines, readPageHeader, findSectionHeading, findComments, delimitBody, readClosingByline];
}
