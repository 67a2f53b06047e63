import type { ParsedComment, ParsedDocument } from "../../model/document.js";
import { diagnostic, type Diagnostic } from "../../model/diagnostic.js";
import { repliesByAddress } from "./addressed.js";
import { assemble, textOffset, type Segment } from "./assemble.js";
import { isoDate, isoDateTime, type DateParts } from "./date-parts.js";
import type { FoundComment } from "./found-comment.js";
import type { Note } from "./note.js";
import type { PageState } from "./page-state.js";
import { MAX_COMMENTS } from "./steps.js";

const STAGE = "ingest";

/** Turns the steps' findings into the parsed document: texts, dates, diagnostics. */
export function buildDocument(s: PageState): ParsedDocument {
  const diagnostics: Diagnostic[] = [];
  const header = s.header;
  const body = s.body
    ? assemble(s.input, s.lines, s.body)
    : { text: "", segments: [], droppedInside: 0 };
  if (body.text === "") {
    diagnostics.push(diagnostic({ code: "empty-text", stage: STAGE, severity: "info", message: "The input has no text." }));
  }
  if (body.droppedInside > 0) diagnostics.push(furnitureRemoved(body.droppedInside, "article"));
  for (const n of [...(header?.notes ?? []), ...(s.layout?.notes ?? [])]) diagnostics.push(toDiagnostic(n, body.segments));

  const published = publicationDate(s, body.text !== "", diagnostics);
  const comments = repliesByAddress((s.layout?.comments ?? []).map((c) => buildComment(s, c)));
  diagnostics.push(...numberingDiagnostics(comments));
  if (comments.length >= MAX_COMMENTS) {
    diagnostics.push(diagnostic({
      code: "comments-capped",
      stage: STAGE,
      message: `Only the first ${MAX_COMMENTS} comments were read.`,
    }));
  }
  const author = header?.byline?.author ?? s.closingByline?.author ?? null;
  const looksLikePost = s.layout !== null || s.sectionLine !== null || s.closingByline !== null;
  return {
    kind: looksLikePost ? "post" : "article",
    title: header?.title ?? null,
    outlet: header?.outlet ?? null,
    published,
    author,
    url: null,
    text: body.text,
    comments,
    diagnostics,
  };
}

/** Dateline first, then a byline above the body, then one closing it. Prose dates never count. */
function publicationDate(s: PageState, hasText: boolean, diagnostics: Diagnostic[]): string | null {
  const candidates: DateParts[] = [];
  for (const d of [s.header?.date, s.header?.byline?.date, s.closingByline?.date]) if (d) candidates.push(d);
  const first = candidates[0];
  if (first === undefined) {
    if (hasText) {
      diagnostics.push(diagnostic({
        code: "publication-date-not-found",
        stage: STAGE,
        message: "No dateline or byline with a date was found; give the publication date with the ingest options.",
      }));
    }
    return null;
  }
  const day = isoDate(first);
  const other = candidates.find((c) => isoDate(c) !== day);
  if (other) {
    diagnostics.push(diagnostic({
      code: "publication-date-conflict",
      stage: STAGE,
      severity: "info",
      message: `The dateline says ${day} but a byline says ${isoDate(other)}; the dateline was used.`,
    }));
  }
  return day;
}

function buildComment(s: PageState, c: FoundComment): ParsedComment {
  const assembled = assemble(s.input, s.lines, { startLine: c.startLine, endLine: c.endLine, start: c.start });
  return {
    number: c.number,
    author: c.author,
    published: c.date ? isoDateTime(c.date) : null,
    replyTo: c.replyTo,
    text: assembled.text,
    diagnostics: [
      ...c.notes.map((n) => toDiagnostic(n, assembled.segments)),
      ...(assembled.droppedInside > 0 ? [furnitureRemoved(assembled.droppedInside, "comment")] : []),
    ],
  };
}

/** The text is no longer one verbatim slice of the input: furniture lines inside it were dropped. */
function furnitureRemoved(count: number, what: string): Diagnostic {
  return diagnostic({
    code: "furniture-removed",
    stage: STAGE,
    severity: "info",
    message: `${count} line(s) of page furniture inside the ${what} were left out of its text.`,
  });
}

function toDiagnostic(n: Note, segments: readonly Segment[]): Diagnostic {
  const start = n.start === undefined ? null : textOffset(segments, n.start);
  const end = n.end === undefined ? null : textOffset(segments, n.end);
  return diagnostic({
    code: n.code,
    stage: STAGE,
    severity: n.severity,
    message: n.message,
    ...(start !== null && end !== null ? { start, end } : {}),
  });
}

/**
 * Gaps in the running numbers of comments ("no #30"). A number not above the last one
 * starts a nested reply list and is not part of the running sequence.
 */
function numberingDiagnostics(comments: readonly ParsedComment[]): Diagnostic[] {
  const missing: number[] = [];
  let last: number | null = null;
  for (const c of comments) {
    if (c.number === null || (last !== null && c.number <= last)) continue;
    if (last !== null) for (let n = last + 1; n < c.number && missing.length <= 10; n++) missing.push(n);
    last = c.number;
  }
  if (missing.length === 0) return [];
  const shown = missing.slice(0, 10).join(", ") + (missing.length > 10 ? ", ..." : "");
  return [diagnostic({
    code: "comment-numbering-gap",
    stage: STAGE,
    severity: "info",
    message: `Comment numbers are missing from the page: ${shown}.`,
  })];
}
