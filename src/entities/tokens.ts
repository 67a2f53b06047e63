import type { Sentence } from "../model/analysis.js";
import { fold } from "./normalize.js";

export type TokenKind = "word" | "handle" | "possessive" | "punct" | "url";

export interface Token {
  start: number;
  end: number;
  text: string;
  /** fold(text); "" for punctuation. */
  fold: string;
  kind: TokenKind;
  /** First letter upper case. */
  cap: boolean;
  /** Every letter upper case and at least two letters ("KH", "U.S."). */
  upper: boolean;
  /** Index of the sentence holding it (-1 when outside every sentence). */
  sentence: number;
  /** First word of a sentence or a line. */
  initial: boolean;
  /** Part of speech from the wink pass, or null. */
  pos: string | null;
  /** Inside a sentence written in headline Title Case. */
  titleCase: boolean;
  /** The folded known name a capitalised word nearly spells ("Bagdad" → "baghdad"), see spelling.ts. */
  near?: string;
}

// Abbreviations with inner periods (U.S., D.C.), handles, words with inner apostrophes
// (Kata'ib, Qa’im, Int’l), then any other single non-space character.
const TOKEN = /(\p{L}(?:\.\p{L})+\.?(?!\p{L}))|(@(?=[A-Za-z0-9_]*[A-Za-z])[A-Za-z0-9_]{1,30})|([\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}]+)*)|(\S)/gu;
const POSSESSIVE = /['’ʼ][sS]$/;

interface Shape {
  fold: string;
  cap: boolean;
  upper: boolean;
}

/** What a token's text says of it, kept per distinct text: documents repeat their words. */
const shapes = new Map<string, Shape>();
const MAX_SHAPES = 100_000;

function shapeOf(t: string): Shape {
  let shape = shapes.get(t);
  if (!shape) {
    const letters = t.replace(/[^\p{L}]/gu, "");
    shape = {
      fold: fold(t),
      cap: /^\p{Lu}/u.test(letters),
      upper: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    };
    if (shapes.size >= MAX_SHAPES) shapes.clear();
    shapes.set(t, shape);
  }
  return shape;
}

function make(text: string, start: number, end: number, kind: TokenKind): Token {
  const t = text.slice(start, end);
  const shape = shapeOf(t);
  return {
    start,
    end,
    text: t,
    fold: kind === "punct" ? "" : shape.fold,
    kind,
    cap: shape.cap,
    upper: shape.upper,
    sentence: -1,
    initial: false,
    pos: null,
    titleCase: false,
  };
}

const URL = /(?:https?:\/\/|www\.)[^\s<>"“”]+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|int|mil|io|co|uk|ru|ir|iq|info|news|tv|ly)\b(?:\/[^\s<>"“”]*)?/gi;

/** A stretch this long without white space is never prose (nor a name): all of it counts as an address. */
const MAX_CHUNK = 2048;
const CHUNK = /\S+/g;
const SPACE = /\s/;

/** Does text hold more than `limit` characters in a row without white space? */
function hasLongChunk(text: string, limit: number): boolean {
  let run = 0;
  for (let x = 0; x < text.length; x++) {
    const ch = text.charCodeAt(x);
    const space = ch < 0x80 ? ch === 0x20 || (ch >= 0x09 && ch <= 0x0d) : SPACE.test(text[x] ?? "");
    run = space ? 0 : run + 1;
    if (run > limit) return true;
  }
  return false;
}

/**
 * Offsets covered by web addresses ("pic.twitter.com/UWyE4MICN6"), whose parts are never
 * names. The address pattern backtracks on long dotted or hyphenated runs, so text with
 * a stretch longer than MAX_CHUNK without white space is read stretch by stretch, and
 * such a stretch is one span.
 */
function urlSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!hasLongChunk(text, MAX_CHUNK)) {
    URL.lastIndex = 0;
    for (let m = URL.exec(text); m; m = URL.exec(text)) spans.push([m.index, m.index + m[0].length]);
    return spans;
  }
  CHUNK.lastIndex = 0;
  for (let c = CHUNK.exec(text); c; c = CHUNK.exec(text)) {
    const chunk = c[0];
    if (chunk.length > MAX_CHUNK) {
      spans.push([c.index, c.index + chunk.length]);
      continue;
    }
    URL.lastIndex = 0;
    for (let m = URL.exec(chunk); m; m = URL.exec(chunk)) spans.push([c.index + m.index, c.index + m.index + m[0].length]);
  }
  return spans;
}

const NOT_ACCOUNTS = new Set(["status", "i", "intent", "search", "hashtag", "home", "share", "explore", "settings", "login", "hashtags", "statuses"]);

/** The account in a link to a tweet ("twitter.com/JZarif/status/…") names its owner. */
function urlHandle(text: string, start: number, word: string): boolean {
  const before = text.slice(Math.max(0, start - 17), start).toLowerCase();
  const after = text.slice(start + word.length, start + word.length + 1);
  return /(?:^|[^.\w])(?:www\.)?(?:twitter|x)\.com\/$/.test(before) && /^[A-Za-z0-9_]{1,15}$/.test(word) && (after === "/" || after === "" || /\s/.test(after)) && !NOT_ACCOUNTS.has(word.toLowerCase());
}

/**
 * Splits the text into tokens with offsets; possessive "’s" becomes its own token, and
 * every token inside a web address has kind "url", except the account of a tweet's link,
 * which is a handle.
 */
export function tokenize(text: string, sentences: Sentence[]): Token[] {
  const out: Token[] = [];
  const urls = urlSpans(text);
  let u = 0;
  const inUrl = (at: number): boolean => {
    while (u < urls.length && (urls[u]?.[1] ?? 0) <= at) u++;
    const span = urls[u];
    return span !== undefined && span[0] <= at;
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (inUrl(start)) out.push(make(text, start, end, urlHandle(text, start, m[0]) ? "handle" : "url"));
    else if (m[1]) out.push(make(text, start, end, "word"));
    else if (m[2]) out.push(make(text, start, end, "handle"));
    else if (m[3]) {
      if (POSSESSIVE.test(m[3]) && m[3].length > 2) {
        out.push(make(text, start, end - 2, "word"));
        out.push(make(text, end - 2, end, "possessive"));
      } else out.push(make(text, start, end, "word"));
    } else out.push(make(text, start, end, "punct"));
  }
  markSentences(text, out, sentences);
  return out;
}

function markSentences(text: string, tokens: Token[], sentences: Sentence[]): void {
  let s = 0;
  let seenWord = -1;
  let prevEnd = 0;
  for (const t of tokens) {
    while (s < sentences.length && (sentences[s]?.end ?? 0) <= t.start) s++;
    const sent = sentences[s];
    const inside = sent !== undefined && sent.start <= t.start;
    t.sentence = inside ? s : -1;
    if (t.kind === "word" || t.kind === "handle") {
      const firstInSentence = inside && seenWord !== s;
      t.initial = firstInSentence || lineBreakIn(text, prevEnd, t.start) || prevEnd === 0;
      if (inside) seenWord = s;
    }
    prevEnd = t.end;
  }
}

/** Does text[from, to) hold a line break? */
function lineBreakIn(text: string, from: number, to: number): boolean {
  for (let x = from; x < to; x++) if (text.charCodeAt(x) === 10) return true;
  return false;
}

export interface Link {
  /** Index of the next word token. */
  next: number;
  hyphen: boolean;
}

/**
 * The word token that continues a name after word token i: separated by one or two
 * spaces, by nothing, or by a single hyphen ("Abdul-Mahdi", "Iranian-backed"); with
 * `glue`, also across an apostrophe or a possessive written against the word
 * ("People’s Protection Units", "Workers' Party"). Null when a line break or other
 * punctuation intervenes.
 */
export function linkAfter(text: string, tokens: Token[], i: number, glue = false): Link | null {
  const a = tokens[i];
  const b = tokens[i + 1];
  if (!a || !b) return null;
  if (b.kind === "word" || b.kind === "handle") {
    const gap = b.start - a.end;
    return gap === 0 || ((gap === 1 || gap === 2) && blanks(text, a.end, b.start)) ? { next: i + 1, hyphen: false } : null;
  }
  const c = tokens[i + 2];
  if (!c || c.kind !== "word" || b.start !== a.end) return null;
  // A middle initial: "Donald J. Trump", "George W. Bush".
  if (b.text === "." && /^\p{Lu}$/u.test(a.text) && c.start - b.end === 1 && blanks(text, b.end, c.start) && c.cap) return { next: i + 2, hyphen: false };
  if (b.kind === "punct" && (b.text === "-" || b.text === "‐" || b.text === "‑") && c.start === b.end) return { next: i + 2, hyphen: true };
  if (glue && (b.kind === "possessive" || b.text === "'" || b.text === "’") && c.start - b.end === 1 && blanks(text, b.end, c.start)) {
    return { next: i + 2, hyphen: false };
  }
  return null;
}

/** Every character of text[from, to) is a space or a no-break space. */
function blanks(text: string, from: number, to: number): boolean {
  for (let x = from; x < to; x++) {
    const ch = text.charCodeAt(x);
    if (ch !== 0x20 && ch !== 0xa0) return false;
  }
  return true;
}
