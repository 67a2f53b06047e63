/**
 * Causal relations against the Event StoryLine Corpus (ESC v1.5, CC BY 3.0; see
 * ../shared/data/external/esc-v1.5/SOURCE.md): runs the analysis pipeline on each ESC
 * document (text rebuilt from its tokens) and compares the events stage's in-document
 * relations with ESC's PLOT_LINKs. A system relation matches a link when its two event
 * triggers overlap the link's two event markables.
 *
 * Reported: precision of the system relations (against any PLOT_LINK, undirected);
 * recall of the explicit causal links (CAUSES / CAUSED_BY = TRUE), undirected and with
 * direction (sitrep's `to` is the cause); recall of all PLOT_LINKs.
 *
 *   npx tsx bench/esc-relations.ts [--limit N]
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { createPipeline } from "../src/pipeline.js";

const args = process.argv.slice(2);
const limitArg = args.includes("--limit") ? Number(args[args.indexOf("--limit") + 1]) : Infinity;
const root = resolve("../shared/data/external/esc-v1.5");

interface Link {
  source: string;
  target: string;
  /** "cause" → source causes target; "effect" → target causes source; null: not marked. */
  causal: "cause" | "effect" | null;
}

interface EscDoc {
  text: string;
  /** markable id → [start, end) in text */
  markables: Map<string, [number, number]>;
  links: Link[];
}

const attr = (tag: string, name: string): string | null => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
const unescape = (s: string): string =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

function parse(xml: string): EscDoc {
  const tokens = new Map<string, [number, number]>();
  let text = "";
  let sentence: string | null = null;
  for (const m of xml.matchAll(/<token\b([^>]*)>([^<]*)<\/token>/g)) {
    const s = attr(m[1]!, "sentence");
    if (text) text += s !== sentence ? "\n" : " ";
    sentence = s;
    const start = text.length;
    text += unescape(m[2]!);
    tokens.set(attr(m[1]!, "t_id")!, [start, text.length]);
  }
  const markables = new Map<string, [number, number]>();
  for (const m of xml.matchAll(/<((?:NEG_)?ACTION_[A-Z_]+)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1>)/g)) {
    const id = attr(m[2]!, "m_id");
    if (!id || !m[3]) continue;
    const spans = [...m[3].matchAll(/t_id="([^"]+)"/g)].map((t) => tokens.get(t[1]!)).filter((x): x is [number, number] => !!x);
    if (spans.length) markables.set(id, [Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))]);
  }
  const links: Link[] = [];
  for (const m of xml.matchAll(/<PLOT_LINK\b([^>]*)>([\s\S]*?)<\/PLOT_LINK>/g)) {
    const source = /<source m_id="([^"]+)"/.exec(m[2]!)?.[1];
    const target = /<target m_id="([^"]+)"/.exec(m[2]!)?.[1];
    if (!source || !target) continue;
    const causal = attr(m[1]!, "CAUSES") === "TRUE" ? "cause" : attr(m[1]!, "CAUSED_BY") === "TRUE" ? "effect" : null;
    links.push({ source, target, causal });
  }
  return { text, markables, links };
}

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? files(p) : f.endsWith(".xml.xml") ? [p] : [];
    });
}

const pipeline = createPipeline();
let sysRel = 0;
let sysRelMatched = 0;
let causal = 0;
let causalHit = 0;
let causalDirected = 0;
let all = 0;
let allHit = 0;
let docs = 0;
const t0 = Date.now();
for (const file of files(root).slice(0, limitArg)) {
  const doc = parse(readFileSync(file, "utf8"));
  docs++;
  const a = pipeline.analyze({ text: doc.text, kind: "article", published: null, title: null });
  const markablesAt = (span: { start: number; end: number }): string[] =>
    [...doc.markables].filter(([, [s, e]]) => s < span.end && span.start < e).map(([id]) => id);
  const found = a.relations.map((r) => {
    const from = a.events[r.from];
    const to = a.events[r.to];
    return { effect: from ? markablesAt(from.trigger) : [], cause: to ? markablesAt(to.trigger) : [] };
  });
  const same = (l: Link, f: { effect: string[]; cause: string[] }): boolean =>
    (f.effect.includes(l.source) && f.cause.includes(l.target)) || (f.effect.includes(l.target) && f.cause.includes(l.source));
  const directed = (l: Link, f: { effect: string[]; cause: string[] }): boolean =>
    l.causal === "cause" ? f.cause.includes(l.source) && f.effect.includes(l.target) : f.cause.includes(l.target) && f.effect.includes(l.source);
  sysRel += found.length;
  sysRelMatched += found.filter((f) => doc.links.some((l) => same(l, f))).length;
  for (const l of doc.links) {
    all++;
    if (found.some((f) => same(l, f))) allHit++;
    if (!l.causal) continue;
    causal++;
    if (found.some((f) => same(l, f))) causalHit++;
    if (found.some((f) => directed(l, f))) causalDirected++;
  }
}
const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) + "%" : "n/a");
console.log(`ESC v1.5: ${docs} documents, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
console.log(`system relations: ${sysRel}; matching a PLOT_LINK: ${sysRelMatched} (precision ${pct(sysRelMatched, sysRel)})`);
console.log(`explicit causal links: ${causal}; found ${causalHit} (recall ${pct(causalHit, causal)}), with direction ${causalDirected} (${pct(causalDirected, causal)})`);
console.log(`all PLOT_LINKs: ${all}; found ${allHit} (recall ${pct(allHit, all)})`);
