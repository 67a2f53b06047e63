import { addDays, isoDay, type Ymd } from "../calendar.js";
import { narrativeEndFromTags } from "../tags.js";
import type { Found } from "./narrative.js";

/**
 * Document step: a duration told in the past perfect ("had been holed up … for more
 * than 24 hours") ends at the story's narrated day, not at publication. The narrated
 * day is the latest single day, before the publication day, among the expressions in
 * the REACH characters before the duration (news leads with its latest event and
 * tells what came before it in flashbacks: "ended Wednesday" … "on Tuesday" … "on
 * Sunday" … "had been … for 24 hours" looks back from Wednesday). Without one the
 * duration keeps ending at the publication day.
 */
const REACH = 1500;

function singleDay(value: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T[^/]*)?$/.exec(value);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

export function endAtNarrativeDay(found: Found[]): Found[] {
  return found.map((f, i) => {
    const days = narrativeEndFromTags(f.tags);
    if (days === null) return f;
    const e = f.expression;
    let narrated: string | null = null;
    for (let j = i - 1; j >= 0; j--) {
      const before = found[j]?.expression;
      if (!before || e.start - before.end > REACH) break;
      const day = singleDay(before.value);
      if (!day) continue;
      const iso = isoDay(day);
      if (iso < e.anchor && (narrated === null || iso > narrated)) narrated = iso;
    }
    if (narrated === null) return f;
    const end = singleDay(narrated);
    if (!end) return f;
    return { ...f, expression: { ...e, value: `${isoDay(addDays(end, -days))}/${narrated}` } };
  });
}
