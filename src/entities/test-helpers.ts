import type { EntityMention } from "../model/analysis.js";
import { createEntityExtractor, type EntityResult } from "./index.js";

const extract = createEntityExtractor({ actorFiles: [] });

/** Runs the stage on a text with one sentence per line (the shape the text stage gives). */
export function run(text: string): EntityResult {
  const sentences = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) sentences.push({ start: m.index, end: m.index + m[0].length, text: m[0], quote: null });
  return extract({ text, sentences, quotes: [] });
}

/** The key of the first mention whose text is exactly `text`. */
export function keyOf(r: EntityResult, text: string): string | undefined {
  return r.mentions.find((m) => m.text === text)?.key;
}

export function mentionOf(r: EntityResult, text: string): EntityMention | undefined {
  return r.mentions.find((m) => m.text === text);
}
