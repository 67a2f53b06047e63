import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";

/**
 * After sitrep's refiners grow some spans ("since" + date), overlapping results may
 * remain: keep the longest of each overlapping run (the earlier one on a tie).
 */
export class LongestWinsRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const sorted = [...results].sort((a, b) => a.index - b.index);
    const kept: ParsingResult[] = [];
    for (const r of sorted) {
      const last = kept[kept.length - 1];
      if (last && r.index < last.index + last.text.length) {
        if (r.text.length > last.text.length) kept[kept.length - 1] = r;
        continue;
      }
      kept.push(r);
    }
    return kept;
  }
}
