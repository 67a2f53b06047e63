import type { TimeExpression } from "../../model/analysis.js";
import { addDays, isoDay, type Ymd } from "../calendar.js";
import { anaphoraFromTags } from "../tags.js";

/**
 * Document step: an expression tagged as anaphoric ("back then", "the same day", "two
 * days later", "that night") takes its date from the nearest earlier expression within
 * REACH characters. A day shift from a month or a stretch ("In December ... two days
 * later") is that stretch moved by the shift. Without an antecedent (or with one too
 * coarse, a year) it is dropped rather than guessed from the publication date.
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

/** The first and last day of a month ("2019-12") or of a stretch ("2019-12-03/2020-01-02"). */
function stretchOf(value: string): { first: Ymd; last: Ymd } | null {
  const pair = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(value);
  if (pair) {
    const first = firstDay(pair[1] as string);
    const last = firstDay(pair[2] as string);
    return first && last ? { first, last } : null;
  }
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { first: { year, month, day: 1 }, last: { year, month, day: last } };
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
    const stretch = stretchOf(antecedent.value);
    const base = stretch ? null : firstDay(antecedent.value);
    let value: string | null = null;
    let precision = e.precision;
    if (anaphora.mode === "whole" || (anaphora.mode === "day" && anaphora.shift === 0 && !base)) {
      value = antecedent.value;
      precision = antecedent.precision;
    } else if (base && anaphora.mode === "day") {
      const day = addDays(base, anaphora.shift);
      value = formatLike(day, e.precision === "time" ? "day" : e.precision);
      if (e.precision === "time") precision = "day";
    } else if (!base && anaphora.mode === "day" && anaphora.shift !== 0) {
      if (stretch) {
        value = `${isoDay(addDays(stretch.first, anaphora.shift))}/${isoDay(addDays(stretch.last, anaphora.shift))}`;
        precision = "interval";
      }
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
