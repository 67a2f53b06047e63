import { readFileSync } from "node:fs";

/** The English word lists of the text stage (data/en/text), loaded once. */
export interface TextLexicon {
  titles: Set<string>;
  always: Set<string>;
  initialisms: Set<string>;
  sentenceStarters: Set<string>;
  /** Words that open a sentence inside a tweet copied without its line breaks. */
  runOnStarters: Set<string>;
  speechVerbs: string[];
  pronouns: string[];
}

let cached: TextLexicon | null = null;

function read(relative: string): Record<string, unknown> {
  const url = new URL(`../../data/${relative}`, import.meta.url);
  return JSON.parse(readFileSync(url, "utf8")) as Record<string, unknown>;
}

export function textLexicon(): TextLexicon {
  if (cached) return cached;
  const abbreviations = read("en/text/abbreviations.json");
  const speech = read("en/text/speech-verbs.json");
  const runOns = read("en/text/run-ons.json");
  cached = {
    titles: new Set(abbreviations.titles as string[]),
    always: new Set(abbreviations.always as string[]),
    initialisms: new Set(abbreviations.initialisms as string[]),
    sentenceStarters: new Set((abbreviations.sentenceStarters as string[]).map((w) => w.toLowerCase())),
    runOnStarters: new Set((runOns.starters as string[]).map((w) => w.toLowerCase())),
    speechVerbs: speech.verbs as string[],
    pronouns: speech.pronouns as string[],
  };
  return cached;
}
