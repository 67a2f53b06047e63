import { winkParse, type WinkToken } from "../text/wink.js";
import type { Token } from "./tokens.js";

/**
 * Copies each wink token's part of speech onto the token that starts at the same offset.
 * `given` is the text stage's wink pass over this text (src/text/wink.ts, which also keeps
 * wink away from over-long runs); without it, one is done here. Returns new tokens.
 */
export function tagPos(text: string, tokens: Token[], given?: readonly WinkToken[]): Token[] {
  const posAt = new Map<number, string>();
  for (const w of given ?? winkParse(text).tokens) if (w.value.length > 0 && !posAt.has(w.start)) posAt.set(w.start, w.pos);
  return tokens.map((t) => ({ ...t, pos: posAt.get(t.start) ?? null }));
}
