import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Token } from "./tokens.js";

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

function load(): Nlp {
  nlp ??= winkNLP(model);
  return nlp;
}

/**
 * One wink pass over the whole document: copies each wink token's part of speech onto
 * the token that starts at the same offset. Returns new tokens.
 */
export function tagPos(text: string, tokens: Token[]): Token[] {
  const n = load();
  const doc = n.readDoc(text);
  const values = doc.tokens().out(n.its.value) as string[];
  const tags = doc.tokens().out(n.its.pos) as string[];
  const posAt = new Map<number, string>();
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? "";
    if (v.length === 0) continue;
    const at = text.indexOf(v, cursor);
    if (at < 0 || at - cursor > 200) continue;
    posAt.set(at, tags[i] ?? "X");
    cursor = at + v.length;
  }
  return tokens.map((t) => ({ ...t, pos: posAt.get(t.start) ?? null }));
}
