import type {
  Claim,
  EntityInfo,
  EntityMention,
  EventMention,
  LocalRelation,
  QuoteSpan,
  Sentence,
  TimeExpression,
} from "../model/analysis.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { DocumentKind } from "../model/document.js";
import { resolveAnaphors } from "./anaphora.js";
import { defaultConfiguration, type EventConfiguration } from "./config.js";
import { buildContext } from "./context.js";
import { finalize } from "./finalize.js";
import { loadLexicon } from "./lexicon.js";
import { emptyState } from "./state.js";

export interface EventExtractorOptions {
  /** Extra trigger files, if a user supplies them (same shape as data/en/events/triggers.json). */
  triggerFiles?: string[];
  /** Replaces the default list of steps (tests, experiments). */
  configuration?: EventConfiguration;
}

export interface EventInput {
  text: string;
  kind: DocumentKind;
  published: string | null;
  sentences: Sentence[];
  quotes: QuoteSpan[];
  timeExpressions: TimeExpression[];
  entities: EntityInfo[];
  mentions: EntityMention[];
}

export interface EventResult {
  events: EventMention[];
  claims: Claim[];
  relations: LocalRelation[];
  diagnostics: Diagnostic[];
}

export type EventExtractor = (input: EventInput) => EventResult;

/** Loads trigger lexicons once and returns the per-document extractor. */
export function createEventExtractor(options: EventExtractorOptions): EventExtractor {
  const lexicon = loadLexicon({ triggerFiles: options.triggerFiles ?? [] });
  const configuration = options.configuration ?? defaultConfiguration();
  return (input) => {
    const ctx = buildContext({ ...input, lexicon, resolveAnaphors });
    let state = emptyState();
    for (const step of configuration.steps) state = step.run(ctx, state);
    const out = finalize(ctx, state);
    return { ...out, diagnostics: state.diagnostics };
  };
}
