/**
 * Building the page from data. Every string becomes a text node: document text, titles,
 * outlets and authors are never parsed as HTML. Attributes that could run code (on*,
 * srcdoc) are refused, and links accept only in-app "#/" routes and http(s) URLs.
 */
export type Child = Node | string | number | null | undefined | false | Child[];
export type Attrs = Record<string, string | number | boolean | null | undefined | ((ev: Event) => void)>;

const SVG_NS = "http://www.w3.org/2000/svg";

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  applyAttrs(el, attrs);
  append(el, children);
  return el;
}

export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  applyAttrs(el, attrs);
  append(el, children);
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(parent, c);
    else if (typeof c === "string" || typeof c === "number") parent.appendChild(document.createTextNode(String(c)));
    else parent.appendChild(c);
  }
}

function applyAttrs(el: Element, attrs: Attrs | null | undefined): void {
  if (!attrs) return;
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === "function") {
      if (!name.startsWith("on")) throw new Error(`handler for non-event attribute ${name}`);
      el.addEventListener(name.slice(2).toLowerCase(), value);
      continue;
    }
    const lower = name.toLowerCase();
    if (lower.startsWith("on") || lower === "srcdoc" || lower === "style") throw new Error(`refused attribute ${name}`);
    const v = value === true ? "" : String(value);
    if ((lower === "href" || lower === "src" || lower === "xlink:href") && !safeUrl(v)) continue;
    el.setAttribute(name, v);
  }
}

/** In-app routes and http(s) URLs only: never javascript:, data: or anything else. */
export function safeUrl(url: string): boolean {
  if (url.startsWith("#")) return true;
  try {
    const u = new URL(url, window.location.href);
    return (u.protocol === "http:" || u.protocol === "https:") && ![...url].some((ch) => ch.charCodeAt(0) < 0x20);
  } catch {
    return false;
  }
}

/** A link to a page outside sitrep (a document's URL): opened without referrer or opener. */
export function externalLink(url: string | null, label: string): HTMLElement {
  if (!url || !/^https?:\/\//i.test(url) || !safeUrl(url)) return h("span", null, label);
  return h("a", { href: url, target: "_blank", rel: "noopener noreferrer nofollow", class: "external" }, label);
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}
