const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces unpaired UTF-16 surrogates (JSON "\ud800" escapes) with U+FFFD; returns how many. */
export function wellFormed(text: string): { text: string; replaced: number } {
  let replaced = 0;
  const out = text.replace(LONE_SURROGATE, () => {
    replaced++;
    return "\uFFFD";
  });
  return { text: out, replaced };
}
