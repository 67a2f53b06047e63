import type { EntityInfo, EntityMention, QuoteSpan, Sentence } from "../model/analysis.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { assemble } from "./assemble.js";
import type { DocContext, DocState } from "./candidate.js";
import { entityConfiguration } from "./config.js";
import { markTitleCase } from "./headline.js";
import { loadKnowledge } from "./knowledge/index.js";
import { tagPos } from "./pos.js";
import type { WinkToken } from "../text/wink.js";
import { markNearMisses } from "./spelling.js";
import { tokenize } from "./tokens.js";

export interface EntityExtractorOptions {
  /** Extra actor files a user supplied (`--actors FILE`). */
  actorFiles: string[];
}

export interface EntityInput {
  text: string;
  sentences: Sentence[];
  quotes: QuoteSpan[];
  /** The text stage's wink tokens over `text`, with parts of speech (see pos.ts). */
  pos?: readonly WinkToken[];
}

export interface EntityResult {
  entities: EntityInfo[];
  mentions: EntityMention[];
  diagnostics: Diagnostic[];
}

export type EntityExtractor = (input: EntityInput) => EntityResult;

/** Loads the knowledge files once and returns the per-document extractor. */
export function createEntityExtractor(options: EntityExtractorOptions): EntityExtractor {
  const knowledge = loadKnowledge(options.actorFiles);
  const config = entityConfiguration();
  let reported = false;
  return (input) => {
    const tokens = markNearMisses(knowledge, markTitleCase(input.text, tagPos(input.text, tokenize(input.text, input.sentences), input.pos)));
    const ctx: DocContext = { text: input.text, tokens, knowledge, lexicon: knowledge.lexicon, uids: { next: 0 } };
    let state: DocState = { candidates: [], links: [], memberships: [] };
    for (const step of config.steps) state = step(ctx, state);
    const result = assemble(ctx, state);
    // Problems with the knowledge files are reported once, with the first document.
    const diagnostics = reported ? [] : knowledge.diagnostics;
    reported = true;
    return { ...result, diagnostics };
  };
}
