import { coverage, sortCandidates, type Candidate, type DocContext, type DocState } from "../candidate.js";
import { prevWord, wordAt } from "../phrase.js";

/** True when a title ends at word token i ("Secretary of State", "Defense Secretary"). */
export function titleEndsAt(ctx: DocContext, i: number): boolean {
  return titleBefore(ctx, i + 1, null, i) >= 0;
}

interface TitleIndex {
  /** Titles by their last word, in list order. */
  byLast: Map<string, string[][]>;
  /** Titles of no words (they end anywhere). */
  empty: string[][];
  /** One-word titles. */
  single: Set<string>;
}

const indexes = new WeakMap<readonly string[][], TitleIndex>();

export function titleIndex(titles: readonly string[][]): TitleIndex {
  let index = indexes.get(titles);
  if (!index) {
    index = { byLast: new Map(), empty: [], single: new Set() };
    for (const words of titles) {
      const last = words[words.length - 1];
      if (last === undefined) index.empty.push(words);
      else {
        const list = index.byLast.get(last);
        if (list) list.push(words);
        else index.byLast.set(last, [words]);
      }
      if (words.length === 1 && last !== undefined) index.single.add(last);
    }
    indexes.set(titles, index);
  }
  return index;
}

/** The first token of a title that ends right before token i (through "Maj." style periods), or -1. */
function titleBefore(ctx: DocContext, i: number, cover: Int32Array | null, at = -1): number {
  let end = i - 1;
  const dot = ctx.tokens[end];
  let p: number;
  if (at >= 0) p = at;
  else if (dot?.text === "." && ctx.tokens[end - 1]?.end === dot.start) {
    p = end - 1;
  } else {
    p = prevWord(ctx, i);
  }
  if (p < 0 || (cover !== null && cover[p] !== -1)) return -1;
  let best = -1;
  const index = titleIndex(ctx.lexicon.titles);
  const ending = index.byLast.get(wordAt(ctx, p));
  for (const words of ending && index.empty.length === 0 ? ending : [...index.empty, ...(ending ?? [])]) {
    let j = p;
    let ok = true;
    for (let n = words.length - 1; n >= 0; n--) {
      if (j < 0 || (cover !== null && cover[j] !== -1) || wordAt(ctx, j) !== words[n]) {
        ok = false;
        break;
      }
      if (n > 0) j = prevThroughDot(ctx, j);
    }
    if (ok && (best < 0 || j < best)) best = j;
  }
  end = best;
  return end;
}

/** The word before token i, also across an abbreviation's period ("US Def. Secretary"). */
function prevThroughDot(ctx: DocContext, i: number): number {
  const p = prevWord(ctx, i);
  if (p >= 0) return p;
  const dot = ctx.tokens[i - 1];
  const w = ctx.tokens[i - 2];
  if (dot?.text !== "." || !w || w.kind !== "word" || w.end !== dot.start || ctx.tokens[i]?.start !== dot.end + 1) return -1;
  return ctx.lexicon.abbreviations.has(w.fold) || titleIndex(ctx.lexicon.titles).single.has(w.fold) ? i - 2 : -1;
}

/**
 * The office key a title says its person holds ("Iraqi Prime Minister X" →
 * iraq_prime_minister), or null without a country or after "former", "ex".
 */
function heldOffice(ctx: DocContext, first: number, office: string, code: string | null): string | null {
  const country = code ? ctx.knowledge.countryByCode.get(code) : undefined;
  if (!country) return null;
  const p = prevWord(ctx, first);
  if (p >= 0 && ctx.lexicon.pastOffice.has(wordAt(ctx, p))) return null;
  return `${country}_${office}`;
}

/**
 * Titles and a demonym before a person become part of the mention ("Defense Secretary
 * Mark Esper", "Iraqi Prime Minister Adil Abdul-Mahdi", "Mr. Trump"); the name without
 * them stays the core that keys the person. A title with a country records the office
 * the person holds (see heldOffice).
 */
export function attachTitles(ctx: DocContext, state: DocState): DocState {
  const k = ctx.knowledge;
  const cover = coverage(ctx, state.candidates);
  const byLast = new Map<number, Candidate>();
  for (const c of state.candidates) if (!c.nested) byLast.set(c.last, c);
  const drop = new Set<number>();
  const out = state.candidates.map((c) => {
    if (c.nested || c.type !== "PERSON" || c.role === "handle") return c;
    const t = titleBefore(ctx, c.first, cover);
    if (t < 0) return c;
    let first = t;
    let country = c.country;
    const before = prevWord(ctx, t);
    const d = before >= 0 ? byLast.get(before) : undefined;
    const actor = d?.key ? k.actors.get(d.key) : undefined;
    if (d && actor?.type === "COUNTRY" && d.role !== "metonym") {
      first = d.first;
      country = actor.country;
      drop.add(d.uid);
    }
    const titleWords: string[] = [];
    for (let i = t; i < c.first; i++) if (ctx.tokens[i]?.kind === "word") titleWords.push(wordAt(ctx, i));
    const said = titleWords.join(" ");
    const office = ctx.lexicon.offices.find((o) => said === o.words.join(" ") || said.endsWith(` ${o.words.join(" ")}`))?.office;
    const code = country ?? (c.key ? k.actors.get(c.key)?.country ?? null : null);
    const held = office ? heldOffice(ctx, first, office, code) : null;
    return {
      ...c,
      first,
      titled: true,
      country: code,
      ...(office ? { office } : {}),
      ...(held ? { generics: [...(c.generics ?? []), held] } : {}),
    };
  });
  return { ...state, candidates: sortCandidates(out.filter((c) => !drop.has(c.uid))) };
}
