import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { createEntityExtractor } from "./index.js";
import { tagPos } from "./pos.js";
import { winkParse } from "../text/wink.js";
import { tokenize } from "./tokens.js";

const seeds = fileURLToPath(new URL("../../../shared/corpus/seeds/", import.meta.url));
const texts = readdirSync(seeds)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(seeds + f, "utf8"));

function lines(text: string) {
  const out = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], quote: null });
  return out;
}

describe("part of speech", () => {
  it("gives the tags of wink's full pipeline from the text stage's one pass", () => {
    const full = winkNLP(model);
    for (const text of texts) {
      const doc = full.readDoc(text);
      const mine = winkParse(text).tokens;
      expect(mine.map((t) => t.value)).toEqual(doc.tokens().out(full.its.value));
      expect(mine.map((t) => t.pos)).toEqual(doc.tokens().out(full.its.pos));
    }
  });

  it("tags the tokens that start where a wink token starts", () => {
    const text = "Iraqi forces fired rockets at the base on Friday.";
    const tokens = tagPos(text, tokenize(text, []));
    expect(tokens.find((t) => t.text === "fired")?.pos).toBe("VERB");
    expect(tokens.find((t) => t.text === "base")?.pos).toBe("NOUN");
    expect(tokens.every((t) => t.pos !== null)).toBe(true);
  });

  it("reads a document with a 100,000-character token quickly, tagging the words around it", () => {
    const text = `The minister spoke in Baghdad. ${"a".repeat(100_000)} Then Iraqi forces fired rockets.`;
    const t0 = performance.now();
    const tokens = tagPos(text, tokenize(text, []));
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(tokens.find((t) => t.text === "fired")?.pos).toBe("VERB");
    expect(tokens.find((t) => t.text === "Baghdad")?.pos).toBe("PROPN");
  });

  it("gives the same entities when an earlier stage passes its own wink pass", () => {
    const extract = createEntityExtractor({ actorFiles: [] });
    for (const text of texts) {
      const sentences = lines(text);
      const own = extract({ text, sentences, quotes: [] });
      const given = extract({ text, sentences, quotes: [], pos: winkParse(text).tokens });
      expect(given.mentions).toEqual(own.mentions);
      expect(given.entities).toEqual(own.entities);
    }
  });
});
