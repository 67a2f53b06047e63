/**
 * The news of the day: a report a document gives without a date ("2 US soldiers killed in
 * a rocket attack") is most likely about the event that document dates to the days just
 * before its publication, and unlikely to be about one months older (or one only reported
 * in documents published months before). A headline is that news too: its date is only
 * the days before publication. A retrospective
 * mention ("that attack") or one the document dates itself is left to the other rules,
 * and so is one naming other participants than the event (namedApart). A report naming the
 * same person as target is not too old for it (samePersonTarget).
 */
import { namedApart } from "./named-apart.js";
import { samePersonTarget } from "./same-person.js";
import type { Cluster } from "../cluster.js";
import type { MergeRule, Verdict } from "./rule.js";

export interface FocusRuleOptions {
  /** Days before publication that still count as the document's news. */
  recentDays: number;
  /** Days before publication after which an event is no longer news. */
  staleDays: number;
}

/**
 * An undated retrospective mention ("the U.S. attack", "that strike") points back to an
 * incident: an event a source dates to a day fits it, one known only as a long stretch
 * ("throughout the last year") fits it badly — unless the mention is plural ("the attacks").
 */
function pointsTo(plural: boolean, c: Cluster): Verdict {
  if (plural) return { score: 0 };
  if (c.days.size > 0) return { score: 1 };
  return c.ranges.length > 0 && c.ranges.every((r) => r[1] - r[0] > 31) ? { score: -1 } : { score: 0 };
}

/**
 * The last day the event can have happened on: its latest stated day or, with none, the
 * end of its latest stated period, or, with no report dating it, the day the last of its
 * documents was published (what was reported had happened by then).
 */
function latestDay(c: Cluster): number | null {
  let latest: number | null = null;
  for (const d of c.days.keys()) if (latest === null || d > latest) latest = d;
  if (latest !== null) return latest;
  // (a stated period bounds it; an undated report told with it adds nothing)
  for (const r of c.ranges) if (latest === null || r[1] > latest) latest = r[1];
  if (latest !== null) return latest;
  for (const x of c.members) {
    const bound = x.range ? x.range[1] : x.published;
    if (bound === null) return null;
    if (latest === null || bound > latest) latest = bound;
  }
  return latest;
}

/**
 * The first publication day of an event known only as undated news (no member states a
 * date, points back or tells an activity going on for some time, as "have been killing
 * protesters" does): what its documents report happened just before they appeared.
 */
function newsSince(c: Cluster): number | null {
  if (c.ranges.length > 0) return null;
  let first: number | null = null;
  for (const x of c.members) {
    if (x.mention.anaphoric || x.mention.ongoing || x.published === null) return null;
    if (first === null || x.published < first) first = x.published;
  }
  return first;
}

export function focusRule(options: FocusRuleOptions): MergeRule {
  return {
    name: "focus",
    judge(m, c, { affinity, table }) {
      // a report that was written, or dated, months before an event's undated news
      // appeared is not about it ("the US threatened to respond" in December, "will not
      // tolerate attacks" told as news in March)
      const since = newsSince(c);
      const told = m.range ? m.range[1] : m.published;
      if (since !== null && told !== null && since - told > options.staleDays && !samePersonTarget(m, c, table)) return { score: -2 };
      if (m.range === null && m.mention.anaphoric) return pointsTo(m.several, c);
      // a headline's date is only that of its document's news: it is that news
      // ("have been killing protesters" is an activity going on for some time, not a day's news)
      const news = (m.range === null && !m.mention.ongoing) || m.mention.dateSource === "headline";
      if (!news || m.published === null || m.mention.anaphoric) return { score: 0 };
      if (m.mention.modality !== "asserted" && m.mention.modality !== "alleged") return { score: 0 };
      const latest = latestDay(c);
      if (latest === null || latest > m.published) return { score: 0 };
      const age = m.published - latest;
      if (age <= options.recentDays) {
        const here = c.members.some((x) => x.doc === m.doc && x.range !== null && x.range[0] === x.range[1]) && !namedApart(m, c, affinity);
        return here ? { score: 2, anchor: true } : { score: 0 };
      }
      return age > options.staleDays && !samePersonTarget(m, c, table) ? { score: -1 } : { score: 0 };
    },
  };
}
