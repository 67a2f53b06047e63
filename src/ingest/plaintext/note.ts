import type { Severity } from "../../model/diagnostic.js";

/** A diagnostic found while reading the page, with its span as offsets into the input. */
export interface Note {
  code: string;
  severity: Severity;
  message: string;
  start?: number;
  end?: number;
}
