/**
 * How comment markup is recognised: an element is one reader comment when its class
 * or id says so (WordPress `li.comment`, `<article class="comment">`, `id="comment-17"`,
 * schema.org Comment), or when it is a `post` inside a Disqus-style thread.
 */
const ITEM_TAGS = new Set(["LI", "ARTICLE", "DIV", "SECTION", "DD", "TR", "ASIDE", "BLOCKQUOTE"]);
const ITEM_CLASS = /^(?:comment|[a-z]+[-_]comment|comment[-_]?(?:item|entry)|commentitem)$/;
const ITEM_ID = /^comment-?\d+$/;
const THREAD = /disqus|post-list|comment/i;
/** Class or id tokens of elements that hold a comment section or its form. */
export const SECTION_TOKEN = /comment|disqus|respond|post-list|replies/i;

const tokens = (el: Element): string[] => (el.getAttribute("class") ?? "").toLowerCase().split(/\s+/).filter(Boolean);

function inThread(el: Element): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) {
    if (THREAD.test(p.id ?? "") || THREAD.test(p.getAttribute("class") ?? "")) return true;
  }
  return false;
}

export function isCommentItem(el: Element): boolean {
  if (!ITEM_TAGS.has(el.tagName.toUpperCase())) return false;
  if (/schema\.org\/Comment$/i.test(el.getAttribute("itemtype") ?? "")) return true;
  const classes = tokens(el);
  if (classes.some((t) => ITEM_CLASS.test(t))) return true;
  if (ITEM_ID.test((el.id ?? "").toLowerCase())) return true;
  return classes.includes("post") && el.tagName.toUpperCase() === "LI" && inThread(el);
}

export function hasSectionToken(el: Element): boolean {
  return SECTION_TOKEN.test(el.id ?? "") || tokens(el).some((t) => SECTION_TOKEN.test(t));
}
