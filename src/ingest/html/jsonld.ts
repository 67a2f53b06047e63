/** What JSON-LD blocks say about the article: the fields sitrep reads, as raw strings. */
export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  authors: string[];
  publisher: string | null;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v : null);
const types = (node: Json): string[] => [node["@type"]].flat().filter((t): t is string => typeof t === "string");

const ARTICLE = /(Article|BlogPosting|Report|SocialMediaPosting|LiveBlogPosting)$/;

function flatten(value: unknown, out: Json[], depth = 0): void {
  if (depth > 8) return;
  if (Array.isArray(value)) value.forEach((v) => flatten(v, out, depth + 1));
  else if (isObject(value)) {
    out.push(value);
    if (value["@graph"] !== undefined) flatten(value["@graph"], out, depth + 1);
  }
}

function nameOf(value: unknown, byId: Map<string, Json>): string | null {
  if (typeof value === "string") return str(value);
  if (!isObject(value)) return null;
  const ref = str(value["@id"]);
  const target = ref && value["name"] === undefined ? byId.get(ref) ?? value : value;
  return str(target["name"]);
}

/** Reads the JSON-LD blocks' texts; unparseable blocks are skipped. */
export function readJsonLd(blocks: string[]): JsonLdArticle | null {
  const nodes: Json[] = [];
  for (const block of blocks) {
    const cleaned = block.replace(/^\s*(<!\[CDATA\[|<!--)/, "").replace(/(\]\]>|-->)\s*$/, "");
    try {
      flatten(JSON.parse(cleaned), nodes);
    } catch {
      // a broken block tells us nothing
    }
  }
  const byId = new Map<string, Json>();
  for (const n of nodes) {
    const id = str(n["@id"]);
    if (id) byId.set(id, n);
  }
  const article = nodes.find((n) => types(n).some((t) => ARTICLE.test(t))) ?? nodes.find((n) => types(n).includes("WebPage"));
  if (!article) return null;
  const authors = [article["author"]].flat().map((a) => nameOf(a, byId)).filter((a): a is string => a !== null);
  return {
    headline: str(article["headline"]) ?? str(article["name"]),
    datePublished: str(article["datePublished"]) ?? str(article["dateCreated"]),
    authors,
    publisher: nameOf(article["publisher"], byId) ?? nameOf(article["sourceOrganization"], byId),
  };
}
