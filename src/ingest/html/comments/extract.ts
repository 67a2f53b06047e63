import type { ParsedComment } from "../../../model/document.js";
import { diagnostic, type Diagnostic } from "../../../model/diagnostic.js";
import { hasSectionToken, isCommentItem } from "./detect.js";
import { readCommentFields } from "./fields.js";

/** At most this many comments are kept per page (a 100k-reply thread is capped). */
export const MAX_COMMENTS = 5_000;
/** A comment section holds little besides its comments: a heading, a form, a count. */
const SECTION_SLACK = 1_500;
const FORMS = "#respond, #commentform, .comment-respond, .comment-form, #disqus_thread, #comments-form";

export interface ExtractedComments {
  comments: ParsedComment[];
  diagnostics: Diagnostic[];
}

function nearest(el: Element | null, items: Set<Element>): Element | null {
  for (let p = el; p; p = p.parentElement) if (items.has(p)) return p;
  return null;
}

/**
 * The comment section around a top-level comment: the highest ancestor named like one
 * (comments, respond, disqus, ...) that holds little besides comments. Verdicts are
 * remembered per ancestor, since all comments of a list share them.
 */
function sectionOf(item: Element, context: SectionContext): Element {
  let section = item;
  for (let p = item.parentElement; p && p !== context.body && p.tagName.toUpperCase() !== "HTML"; p = p.parentElement) {
    let verdict = context.verdicts.get(p);
    if (verdict === undefined) {
      const ancestor = p;
      const inside = context.topLevel.filter((t) => ancestor.contains(t)).reduce((n, t) => n + (context.lengths.get(t) ?? 0), 0);
      verdict = hasSectionToken(p) && (p.textContent ?? "").length - inside <= SECTION_SLACK;
      context.verdicts.set(p, verdict);
    }
    if (!verdict) break;
    section = p;
  }
  return section;
}

interface SectionContext {
  body: Element;
  topLevel: Element[];
  lengths: Map<Element, number>;
  verdicts: Map<Element, boolean>;
}

/**
 * Finds the reader comments in a page, reads each one's author, time, number, text and
 * the comment it answers (from the nesting), then removes the comment section from the
 * document so that none of it reaches the article body.
 */
export function extractComments(document: Document): ExtractedComments {
  const body = document.body;
  const diagnostics: Diagnostic[] = [];
  if (!body) return { comments: [], diagnostics };
  const found = Array.from(body.querySelectorAll("*")).filter(isCommentItem);
  const items = new Set(found);
  const kept = new Map<Element, number>();
  const comments: ParsedComment[] = [];
  for (const item of found) {
    if (comments.length >= MAX_COMMENTS) {
      diagnostics.push(diagnostic({ code: "comments-capped", stage: "ingest", message: `More than ${MAX_COMMENTS} comments; the rest were left out.` }));
      break;
    }
    const own = (selector: string) => Array.from(item.querySelectorAll(selector)).find((el) => nearest(el, items) === item) ?? null;
    const fields = readCommentFields(item, own, (el) => el !== item && items.has(el));
    if (fields.text === "") continue;
    let parent = nearest(item.parentElement, items);
    while (parent && !kept.has(parent)) parent = nearest(parent.parentElement, items);
    kept.set(item, comments.length);
    comments.push({ ...fields, replyTo: parent ? (kept.get(parent) ?? null) : null, diagnostics: [] });
  }
  const topLevel = found.filter((item) => nearest(item.parentElement, items) === null);
  const lengths = new Map(topLevel.map((t) => [t, (t.textContent ?? "").length] as const));
  const context: SectionContext = { body, topLevel, lengths, verdicts: new Map() };
  const sections = new Set(topLevel.map((t) => sectionOf(t, context)));
  for (const section of sections) section.remove();
  for (const form of Array.from(body.querySelectorAll(FORMS))) form.remove();
  return { comments, diagnostics };
}
