import type { TimeExpression } from "../../model/analysis.js";
import { addDays, isoDay, type Ymd } from "../calendar.js";
import { anaphoraFromTags } from "../tags.js";

/**
 * Document step: an expression tagged as anaphoric ("back then", "the same day", "two
 * days later", "that night") takes its date from the nearest earlier expression within
 * REACH characters. Without such an antecedent (or with one too coarse for a day
 * shift) it is dropped rather than guessed from the publication date.
 */
export interface Found {
  expression: TimeExpression;
  tags: Set<string>;
}

const REACH = 1500;

function firstDay(value: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

function formatLike(day: Ymd, precision: TimeExpression["precision"]): string {
  const iso = isoDay(day);
  if (precision === "year") return iso.slice(0, 4);
  if (precision === "month") return iso.slice(0, 7);
  return iso;
}

export function resolveAnaphora(found: Found[]): Found[] {
  const out: Found[] = [];
  let antecedent: TimeExpression | null = null;
  for (const f of found) {
    const anaphora = anaphoraFromTags(f.tags);
    if (!anaphora) {
      out.push(f);
      antecedent = f.expression;
      continue;
    }
    const e = f.expression;
    if (!antecedent || e.start - antecedent.end > REACH) continue;
    const base = firstDay(antecedent.value);
    let value: string | null = null;
    let precision = e.precision;
    if (anaphora.mode === "whole" || (anaphora.mode === "day" && anaphora.shift === 0 && !base)) {
      value = antecedent.value;
      precision = antecedent.precision;
    } else if (base && anaphora.mode === "day") {
      const day = addDays(base, anaphora.shift);
      value = formatLike(day, e.precision === "time" ? "day" : e.precision);
      if (e.precision === "time") precision = "day";
    } else if (base && anaphora.mode === "night-of") {
      value = `${isoDay(base)}/${isoDay(addDays(base, 1))}`;
      precision = "interval";
    } else if (base && anaphora.mode === "night-before") {
      value = `${isoDay(addDays(base, -1))}/${isoDay(base)}`;
      precision = "interval";
    }
    if (value === null) continue;
    const resolved: TimeExpression = { ...e, value, precision, certain: false };
    out.push({ expression: resolved, tags: f.tags });
    antecedent = resolved;
  }
  return out;
}
