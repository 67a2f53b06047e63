import type { Sentence, TimeExpression } from "../model/analysis.js";
import { diagnostic, type Diagnostic } from "../model/diagnostic.js";
import type { DocumentKind } from "../model/document.js";
import { parseAnchor, UNKNOWN_ANCHOR } from "./anchor.js";
import { chunksOf } from "./chunks.js";
import { mayHoldTime } from "./en/triggers.js";
import { createTimeConfiguration, type TimeConfiguration } from "./configuration.js";
import type { Found } from "./common/narrative.js";
import { isStated, toTimeExpression } from "./convert.js";
import { ambiguityDiagnostics } from "./ambiguity.js";

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

let configuration: TimeConfiguration | null = null;

/** Finds every time expression and resolves it against the publication date. */
export function extractTimes(input: TimeInput): TimeResult {
  configuration ??= createTimeConfiguration();
  const { engine, documentSteps } = configuration;
  const anchor = parseAnchor(input.published);
  const reference = { instant: (anchor ?? UNKNOWN_ANCHOR).instant, timezone: "UTC" };
  let found: Found[] = [];
  const diagnostics: Diagnostic[] = [];
  if (!anchor) {
    diagnostics.push(
      diagnostic({
        code: "no-anchor",
        stage: "time",
        severity: "info",
        message: "publication date unknown: relative dates unresolved",
      }),
    );
  }
  for (const chunk of chunksOf(input.text, input.sentences)) {
    if (!mayHoldTime(chunk.text)) continue;
    for (const result of engine.parse(chunk.text, reference)) {
      if (!anchor && !isStated(result)) continue;
      found.push({ expression: toTimeExpression(result, chunk.start, anchor?.day ?? ""), tags: result.tags() });
      if (anchor) diagnostics.push(...ambiguityDiagnostics(chunk.text, chunk.start, result, anchor.day));
    }
  }
  for (const step of documentSteps) found = step(found);
  const timeExpressions: TimeExpression[] = found.map((f) => f.expression);
  return { timeExpressions, diagnostics };
}
