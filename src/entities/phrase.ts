import type { DocContext } from "./candidate.js";
import type { Token } from "./tokens.js";
import { linkAfter } from "./tokens.js";

export interface PhraseMatch {
  last: number;
  words: string[];
}

/**
 * Every token as the lexicon spells it (abbreviations expanded; null for anything but
 * words), computed once per document: phrase matching asks for the same tokens again
 * and again.
 */
const spelled = new WeakMap<readonly Token[], (string | null)[]>();

function spellings(ctx: DocContext): (string | null)[] {
  let list = spelled.get(ctx.tokens);
  if (!list) {
    const abbr = ctx.lexicon.abbreviations;
    list = ctx.tokens.map((t) => (t.kind === "word" ? (abbr.get(t.fold) ?? t.fold) : null));
    spelled.set(ctx.tokens, list);
  }
  return list;
}

function word(ctx: DocContext, i: number): string | null {
  return spellings(ctx)[i] ?? null;
}

/** A word trie over one phrase list; `phrase` is the first phrase of the list ending here. */
interface TrieNode {
  next: Map<string, TrieNode>;
  phrase: string[] | null;
}

const tries = new WeakMap<readonly string[][], TrieNode>();

function trieOf(phrases: readonly string[][]): TrieNode {
  let root = tries.get(phrases);
  if (root) return root;
  root = { next: new Map(), phrase: null };
  for (const p of phrases) {
    let node = root;
    for (const w of p) {
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map(), phrase: null };
        node.next.set(w, child);
      }
      node = child;
    }
    node.phrase ??= p;
  }
  tries.set(phrases, root);
  return root;
}

/**
 * The longest of `phrases` (folded word arrays) whose words start at word token i and
 * continue across spaces or hyphens; of equal phrases, the first in the list. Each list
 * becomes a trie the first time it is used, so one walk along the text tries them all.
 */
export function matchPhrase(ctx: DocContext, i: number, phrases: string[][]): PhraseMatch | null {
  let node = trieOf(phrases);
  let best: PhraseMatch | null = node.phrase ? { last: i, words: node.phrase } : null;
  const words = spellings(ctx);
  let j = i;
  for (;;) {
    const w = words[j];
    if (w === undefined || w === null) break;
    const child = node.next.get(w);
    if (!child) break;
    node = child;
    if (node.phrase) best = { last: j, words: node.phrase };
    if (node.next.size === 0) break;
    const link = linkAfter(ctx.text, ctx.tokens, j);
    if (!link) break;
    j = link.next;
  }
  return best;
}

/** The word token after token i when they read as one phrase, or -1. */
export function nextWord(ctx: DocContext, i: number): number {
  return linkAfter(ctx.text, ctx.tokens, i)?.next ?? -1;
}

/** The word token before token i when they read as one phrase, or -1. */
export function prevWord(ctx: DocContext, i: number): number {
  for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
    const t = ctx.tokens[j];
    if (!t) break;
    if (t.kind === "word" || t.kind === "handle") return linkAfter(ctx.text, ctx.tokens, j)?.next === i ? j : -1;
  }
  return -1;
}

/** Word token i as the lexicon spells it ("" for anything else). */
export function wordAt(ctx: DocContext, i: number): string {
  return word(ctx, i) ?? "";
}
