import { normaliseDate } from "../../dates/normalise.js";
import { COMMENT_SAYS_SUFFIX } from "../en/byline.js";
import { plainInline } from "../inline.js";
import { blockText } from "../text.js";

/** Which parts of a comment item hold what; the first matching element wins. */
const AUTHOR = "[itemprop~=author], [class~=fn], [class*=comment-author], [class*=comment__author], [class~=author], [class*=author-name], [class*=username], [class*=user-name], [class*=commenter]";
const AUTHOR_NAME = "[itemprop~=name], [class~=fn], [class~=name]";
const TIME = "time[datetime], [itemprop~=dateCreated], [itemprop~=datePublished], [class*=time-ago][title]";
const DATE_TEXT = "[class*=comment-meta], [class*=commentmetadata], [class*=comment-date], [class*=comment-time], [class*=timestamp], [class~=date], [class*=post-meta], [class~=meta]";
const BODY = "[class*=comment-content], [class*=comment-text], [class*=comment__body], [class*=comment-message], [class*=post-message], [itemprop~=text], [class~=message]";
const NUMBER = "[class*=comment-number], [class*=comment-num], [class*=comment-count], [class~=number], [class~=num]";
/** Parts of an item that are not the comment's words. */
const NOT_BODY = /comment-author|comment-meta|commentmetadata|comment-metadata|comment-reply|reply|says|avatar|vcard|comment-number|comment-date|comment-time|post-meta|author|timestamp|actions|toolbar|share|vote/i;
const NOT_BODY_TAGS = new Set(["HEADER", "FOOTER", "NAV", "FORM", "BUTTON"]);

export interface CommentFields {
  author: string | null;
  published: string | null;
  number: number | null;
  text: string;
}

/** Elements of this item, not of the replies nested in it. */
type Own = (selector: string) => Element | null;

export function readCommentFields(item: Element, own: Own, isNested: (el: Element) => boolean): CommentFields {
  const authorEl = own(AUTHOR);
  const nameEl = authorEl?.querySelector(AUTHOR_NAME) ?? authorEl;
  const author = plainInline(nameEl?.textContent)?.replace(COMMENT_SAYS_SUFFIX, "").trim() || null;

  const timeEl = own(TIME);
  const published =
    normaliseDate(timeEl?.getAttribute("datetime") ?? timeEl?.getAttribute("content") ?? timeEl?.getAttribute("title"), { utc: true }) ??
    normaliseDate(own(DATE_TEXT)?.textContent?.slice(0, 300), { utc: true, search: true });

  const numberText = own(NUMBER)?.textContent ?? "";
  const digits = /\d{1,7}/.exec(numberText);
  const number = digits ? Number(digits[0]) : null;

  const bodyEl = own(BODY);
  const text = bodyEl
    ? blockText(bodyEl, { skip: isNested })
    : blockText(item, {
        skip: (el) =>
          isNested(el) ||
          NOT_BODY_TAGS.has(el.tagName.toUpperCase()) ||
          NOT_BODY.test(el.getAttribute("class") ?? "") ||
          el.tagName.toUpperCase() === "UL" && /children|replies/i.test(el.getAttribute("class") ?? ""),
      });
  return { author, published, number, text };
}
