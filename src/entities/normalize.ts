/**
 * Name normalisation, shared by matching and by the keys of entities sitrep has not seen.
 *
 * fold(s): NFKD, combining marks removed, lower case, apostrophes (' ’ ‘ ʼ ` ´) and
 * periods removed, every other run of non-letters/digits (hyphens, dashes, slashes,
 * spaces) becomes one space, trimmed. "Kata’ib Hizballah" → "kataib hizballah",
 * "U.S." → "us", "Abdul-Mahdi" → "abdul mahdi".
 *
 * newKey(name): "new:" + fold(name) with a leading "the", a trailing possessive "s"
 * and the Arabic articles (al-, el-, ad-, at-, an-, ar-, as-, ash-, az- when hyphenated;
 * al / el standalone) removed: "Abu Mahdi al-Muhandis" → "new:abu mahdi muhandis".
 * The link stage relies on this being deterministic.
 */

const APOSTROPHES = /['’‘ʼ`´.]/g;

/**
 * Results of pure string functions for short inputs, kept per process: the same words
 * and names come back in every document. Cleared when full.
 */
function memo(fn: (s: string) => string, size = 50_000, maxLength = 64): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    if (s.length > maxLength) return fn(s);
    let out = seen.get(s);
    if (out === undefined) {
      out = fn(s);
      if (seen.size >= size) seen.clear();
      seen.set(s, out);
    }
    return out;
  };
}

export const fold: (s: string) => string = memo(foldText);

function foldText(s: string): string {
  // Fast path for plain ASCII, same result as the general one.
  if (/^[\x20-\x7e]*$/.test(s)) {
    return s
      .toLowerCase()
      .replace(/['`.]/g, "")
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  }
  return s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(APOSTROPHES, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** fold() without spaces: "Press TV" and "PressTV" meet here. */
export function compact(s: string): string {
  return fold(s).replace(/ /g, "");
}

const HYPHENATED_ARTICLE = /(^|[\s(])(?:al|el|ad|at|an|ar|as|ash|az)[-‐‑]/giu;

/** Removes Arabic articles so "al-Qa'im", "Al Qā’im" and "Qaim" meet. */
export function dropArticles(folded: string): string {
  const words = folded.split(" ").filter((w) => w.length > 0);
  const kept = words.filter((w, i) => !((w === "al" || w === "el") && i < words.length - 1));
  return kept.join(" ");
}

/** fold() after removing hyphenated articles ("al-", "ad-") and standalone al/el. */
export const foldName: (s: string) => string = memo((s) => dropArticles(fold(s.replace(HYPHENATED_ARTICLE, "$1"))));

export function newKey(name: string): string {
  let f = foldName(name);
  f = f.replace(/^the /, "").replace(/ s$/, "");
  return `new:${f}`;
}

/** A snake_case id from a display name: "Saudi Arabia" → "saudi_arabia". */
export function slug(name: string): string {
  return fold(name).replace(/ /g, "_");
}

/**
 * A consonant skeleton per word, for transliteration variants: q→k, c→k, doubled letters
 * and vowels after the first letter dropped, "h" after a consonant dropped.
 * "Qassem"/"Qasem"/"Kassem"/"Qasim" → "ksm"; "Hezbollah"/"Hizballah" → "hzbl".
 */
export function skeleton(folded: string): string {
  return folded
    .split(" ")
    .map((w) => {
      const m = w.replace(/q/g, "k").replace(/c/g, "k").replace(/ph/g, "f").replace(/([^aeiouy])h/g, "$1");
      const head = m.slice(0, 1);
      const tail = m.slice(1).replace(/[aeiouyw]/g, "");
      return (head + tail).replace(/(.)\1+/g, "$1");
    })
    .join(" ");
}
