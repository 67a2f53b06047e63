import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { addDays } from "../../calendar.js";
import { componentsDay, dayComponents, makeResult } from "../../components.js";
import { sitrepOption } from "../../parse-option.js";
import { TAG_WRITER_DAY } from "../../tags.js";
import { timeLexicon } from "../lexicon.js";

/**
 * "Yesterday", "today", "tonight", "tomorrow" stamped near midnight UTC by a writer whose
 * zone is unknown (data/en/time/writer-day.json) may mean either of two days: they are
 * read as both, a two-day stretch, rather than a day sitrep would have to invent.
 */
export class WriterDayRefiner implements Refiner {
  private readonly references = new Set(timeLexicon().writerDay.casualReferences.map((r) => `casualReference/${r}`));

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const spread = sitrepOption(context).writerDaySpread;
    if (spread === undefined) return results;
    return results.map((r) => {
      if (r.end || ![...r.tags()].some((t) => this.references.has(t))) return r;
      const day = componentsDay(r.start);
      const [first, last] = spread < 0 ? [addDays(day, -1), day] : [day, addDays(day, 1)];
      const start = dayComponents(context, first).addTags(r.start.tags()).addTag(TAG_WRITER_DAY);
      return makeResult(context, r.index, r.text, start, dayComponents(context, last), "interval");
    });
  }
}
