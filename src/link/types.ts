/**
 * What the link stage reads and writes. Its input is every stored document with the
 * per-document analysis the earlier stages made; its output is the cross-document part
 * of the interchange format (entities, mentions, events, relations, discrepancies,
 * claims, framing).
 */
import type { DocAnalysis } from "../model/analysis.js";
import type { DocumentKind } from "../model/document.js";
import type {
  XClaim,
  XDiscrepancy,
  XEntity,
  XEvent,
  XFraming,
  XMention,
  XOutletFraming,
  XRelation,
} from "../model/interchange.js";

/** One document as the link stage needs it: metadata plus its analysis. */
export interface LinkDocument {
  id: string;
  kind: DocumentKind;
  /** For a comment: its article's id. */
  parent: string | null;
  outlet: string | null;
  /** ISO date or date-time, or null. */
  published: string | null;
  /** The stored text (for framing labels next to mentions). */
  text: string;
  analysis: Pick<DocAnalysis, "entities" | "mentions" | "events" | "claims" | "relations" | "sentences">;
}

export interface LinkResult {
  entities: XEntity[];
  mentions: XMention[];
  events: XEvent[];
  relations: XRelation[];
  discrepancies: XDiscrepancy[];
  claims: XClaim[];
  framing: XFraming[];
  outletFraming: XOutletFraming[];
}
