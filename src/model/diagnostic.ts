/**
 * A diagnostic is data, not a log line: it is attached to the document it concerns,
 * stored with it, and shown by `sitrep show`, the API and the UI.
 */
export type Severity = "info" | "warning" | "error";

export interface Diagnostic {
  /** Stable rule id, kebab-case: "encoding-guessed", "html-depth-capped", "date-ambiguous". */
  code: string;
  severity: Severity;
  /** One sentence a user can act on. Never contains raw markup from the input. */
  message: string;
  /** The stage that raised it: "ingest", "text", "time", "entities", "events", "link". */
  stage: string;
  /** Optional span in the document's stored text. */
  start?: number;
  end?: number;
}

export function diagnostic(options: {
  code: string;
  stage: string;
  message: string;
  severity?: Severity;
  start?: number;
  end?: number;
}): Diagnostic {
  const d: Diagnostic = {
    code: options.code,
    severity: options.severity ?? "warning",
    message: options.message,
    stage: options.stage,
  };
  if (options.start !== undefined) d.start = options.start;
  if (options.end !== undefined) d.end = options.end;
  return d;
}
