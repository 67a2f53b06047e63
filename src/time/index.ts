import type { Sentence, TimeExpression } from "../model/analysis.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { DocumentKind } from "../model/document.js";

export interface TimeInput {
  text: string;
  sentences: Sentence[];
  /** The document's (or comment's) own publication date or date-time; null when unknown. */
  published: string | null;
  kind: DocumentKind;
}

export interface TimeResult {
  timeExpressions: TimeExpression[];
  diagnostics: Diagnostic[];
}

/** Finds every time expression and resolves it against the publication date. */
export function extractTimes(_input: TimeInput): TimeResult {
  return { timeExpressions: [], diagnostics: [] };
}
