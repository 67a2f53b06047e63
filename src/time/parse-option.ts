import type { ParsingContext, ParsingOption } from "chrono-node";

/**
 * What sitrep passes to chrono besides the reference: the real publication instant,
 * which refiners need where the wall-clock reference is not enough (a clock time in a
 * named zone is placed on the day nearest that instant).
 */
export interface SitrepParsingOption extends ParsingOption {
  /** The publication instant in UTC milliseconds; absent when unknown. */
  anchorUtcMs?: number;
  /** True when the publication stamp gives a time of day. */
  anchorTimed?: boolean;
  /**
   * Set when the stamp is in UTC, near midnight, and the text names no zone of its own:
   * -1 when the writer may still be on the day before the stamp's, +1 when already on
   * the day after (see writer-day.ts).
   */
  writerDaySpread?: -1 | 1;
}

export function sitrepOption(context: ParsingContext): SitrepParsingOption {
  return context.option as SitrepParsingOption;
}
