/**
 * The ordered list of per-document analysis stages, in one place (DESIGN.md):
 * text → time → entities → events. Each stage is a plain function over typed data; this
 * file only wires them. Cross-document work (linking) runs over stored analyses in
 * src/link/.
 */
import type { DocAnalysis } from "./model/analysis.js";
import type { DocumentKind } from "./model/document.js";
import { segment } from "./text/index.js";
import { extractTimes } from "./time/index.js";
import { createEntityExtractor, type EntityExtractorOptions } from "./entities/index.js";
import { createEventExtractor } from "./events/index.js";

/** Bump when any stage's output changes, so stored analyses are known to be stale. */
export const ANALYSIS_VERSION = "19";

export interface AnalysisInput {
  text: string;
  kind: DocumentKind;
  /** ISO date or date-time the document (or comment) was published, or null. */
  published: string | null;
  title: string | null;
}

export interface PipelineOptions {
  /** Extra actor files (`--actors FILE`) on top of the shipped knowledge. */
  actorFiles?: string[];
}

export interface Pipeline {
  readonly version: string;
  analyze(input: AnalysisInput): DocAnalysis;
}

export function createPipeline(options: PipelineOptions = {}): Pipeline {
  const entityOptions: EntityExtractorOptions = { actorFiles: options.actorFiles ?? [] };
  const entities = createEntityExtractor(entityOptions);
  const events = createEventExtractor({});
  return {
    version: ANALYSIS_VERSION,
    analyze(input) {
      const text = segment({ text: input.text });
      const time = extractTimes({ text: input.text, sentences: text.sentences, published: input.published, kind: input.kind });
      // The text stage's wink pass (tokens with parts of speech) goes along, so a stage
      // that needs parts of speech can take them instead of reading the text again.
      const ents = entities({ text: input.text, sentences: text.sentences, quotes: text.quotes, pos: text.tokens });
      const evs = events({
        text: input.text,
        kind: input.kind,
        published: input.published,
        sentences: text.sentences,
        quotes: text.quotes,
        timeExpressions: time.timeExpressions,
        entities: ents.entities,
        mentions: ents.mentions,
      });
      return {
        version: ANALYSIS_VERSION,
        sentences: text.sentences,
        quotes: text.quotes,
        timeExpressions: time.timeExpressions,
        entities: ents.entities,
        mentions: ents.mentions,
        events: evs.events,
        claims: evs.claims,
        relations: evs.relations,
        diagnostics: [...text.diagnostics, ...time.diagnostics, ...ents.diagnostics, ...evs.diagnostics],
      };
    },
  };
}
