/**
 * Date windows that honour precision: two single days agree within one day, a coarse
 * date agrees with any day it contains, and an event cannot be reported before it
 * happened (nor told by a speaker on a stated day before it). Single days a few days
 * apart are only tolerated with strong other evidence (a negative score), and become a
 * date discrepancy; so does a day a few days off a period of one or two days ("over the
 * weekend"). An activity told as going on up to
 * the time of telling ("have been killing protesters", "keep bombing Yemen, as they have
 * since January 12") is no single day's event.
 */
import { isSingleDay } from "../cluster.js";
import type { MergeRule } from "./rule.js";

export interface DateRuleOptions {
  /** Largest distance in days between two stated single days that may still merge. */
  nearDays: number;
  /** Widest coarse date (in days) whose containing a merged event's date counts in favour. */
  containDays: number;
  /**
   * Widest date (in days) a report may have and still join an event dated to a single
   * day: "for 29 years", "since 2014" describe a long-running situation, not that day.
   */
  joinDayMaxDays: number;
}

export function dateRule(options: DateRuleOptions): MergeRule {
  return {
    name: "date",
    judge(m, c) {
      if ((m.published !== null || m.toldOn !== null) && m.mention.modality !== "future" && m.mention.modality !== "hypothetical") {
        let earliest: number | null = null;
        for (const r of c.ranges) if (earliest === null || r[0] < earliest) earliest = r[0];
        if (earliest !== null && m.published !== null && earliest > m.published + 1) return null;
        // what a speaker told on a day happened by then: "“They killed our brothers,” he said
        // on Wednesday"; an event whose reports state its day is as late as the first of them
        if (m.toldOn !== null) {
          let firstDay: number | null = null;
          for (const d of c.days.keys()) if (firstDay === null || d < firstDay) firstDay = d;
          const first = firstDay ?? earliest;
          if (first !== null && first > m.toldOn) return null;
        }
      }
      // "have been killing protesters": an activity going on for some time is not one day's event
      if (m.mention.ongoing && c.days.size > 0 && (!m.range || c.ranges.every((r) => isSingleDay(r)))) return null;
      if (m.range && isSingleDay(m.range) && c.ranges.length === 0 && c.members.some((x) => x.mention.ongoing)) return null;
      // ... nor can a report of a later day be of an event a speaker had told of before it
      if (m.range && c.toldBy !== null && m.range[0] > c.toldBy) return null;
      if (!m.range || c.ranges.length === 0) return { score: 0 };
      const [lo, hi] = m.range;
      if (isSingleDay(m.range) && c.days.size > 0) {
        let dist = Infinity;
        for (const d of c.days.keys()) dist = Math.min(dist, Math.abs(d - lo));
        if (dist === 0) return { score: 2, dateAgrees: true };
        if (dist === 1) return { score: 1, dateAgrees: true };
        if (dist <= options.nearDays) return { score: -2 };
        return null;
      }
      if (hi - lo + 1 > options.joinDayMaxDays && c.days.size > 0 && c.ranges.every((r) => r[1] - r[0] <= 1)) return null;
      // and one day's report does not join what is only told as a long-running situation
      if (isSingleDay(m.range) && c.days.size === 0 && c.ranges.every((r) => r[1] - r[0] + 1 > options.joinDayMaxDays)) return null;
      // Containment is evidence for a month; for a season or a year it only fails to
      // contradict, unless both state the very same period ("last summer", "last summer").
      const same = c.ranges.some((r) => r[0] === lo && r[1] === hi);
      const score = hi - lo + 1 <= options.containDays || same ? 1 : 0;
      if (c.days.size > 0) {
        for (const d of c.days.keys()) if (d >= lo && d <= hi) return { score, dateAgrees: score > 0 };
      }
      for (const r of c.ranges) if (r[0] <= hi && lo <= r[1]) return { score, dateAgrees: score > 0 };
      // a relative period is vague at its edges ("last week" said of three days ago): a day
      // just outside it does not contradict, though it is no agreement either
      // — but a period of a day or two ("over the weekend") is as sharp as a day: two days
      // or more outside it counts against, as for two single days
      if (hi - lo + 1 <= options.containDays) {
        const sharp = hi - lo + 1 <= 2;
        for (const d of c.days.keys()) {
          const outside = d < lo ? lo - d : d - hi;
          if (outside <= options.nearDays) return { score: sharp && outside > 1 ? -2 : 0 };
        }
      }
      return null;
    },
  };
}
