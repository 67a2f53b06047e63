import { readTimeData } from "../data-file.js";

/** The English word lists of the time stage (data/en/time), loaded once. */
export interface TimeLexicon {
  futureCues: string[];
  pastCues: string[];
  forwardModifiers: string[];
  holidays: { names: string[]; month: number; day: number }[];
  holidayNotBefore: string[];
  numbers: Record<string, number>;
  vagueCount: number;
  units: Record<string, Unit>;
  seasons: Record<string, [number, number]>;
  months: string[][];
  verbLikeMonths: string[];
  anaphora: AnaphoraEntry[];
  triggers: string[];
  writerDay: { hoursNearMidnight: number; casualReferences: string[] };
}

export interface AnaphoraEntry {
  text: string[];
  mode: "whole" | "day" | "night-of" | "night-before";
  shift?: number;
  notBefore?: string[];
}

export type Unit = "hour" | "day" | "week" | "month" | "year" | "decade";

let cached: TimeLexicon | null = null;

function obj(value: unknown, file: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null) throw new Error(`data/en/time/${file}: expected an object`);
  return value as Record<string, unknown>;
}

export function timeLexicon(): TimeLexicon {
  if (cached) return cached;
  const cues = obj(readTimeData("en/time/cues.json"), "cues.json");
  const holidays = obj(readTimeData("en/time/holidays.json"), "holidays.json");
  const quantities = obj(readTimeData("en/time/quantities.json"), "quantities.json");
  const seasons = obj(readTimeData("en/time/seasons.json"), "seasons.json");
  const months = obj(readTimeData("en/time/months.json"), "months.json");
  const anaphora = obj(readTimeData("en/time/anaphora.json"), "anaphora.json");
  const triggers = obj(readTimeData("en/time/triggers.json"), "triggers.json");
  const writerDay = obj(readTimeData("en/time/writer-day.json"), "writer-day.json");
  cached = {
    futureCues: cues.future as string[],
    pastCues: cues.past as string[],
    forwardModifiers: cues.forward as string[],
    holidays: holidays.holidays as TimeLexicon["holidays"],
    holidayNotBefore: holidays.notBefore as string[],
    numbers: quantities.numbers as Record<string, number>,
    vagueCount: quantities.vague as number,
    units: quantities.units as Record<string, Unit>,
    seasons: seasons.seasons as Record<string, [number, number]>,
    months: months.months as string[][],
    verbLikeMonths: months.verbLike as string[],
    anaphora: anaphora.phrases as AnaphoraEntry[],
    triggers: triggers.words as string[],
    writerDay: {
      hoursNearMidnight: writerDay.hoursNearMidnight as number,
      casualReferences: writerDay.casualReferences as string[],
    },
  };
  return cached;
}

/** An alternation of the phrases, longest first, regex-escaped, spaces matching any blank. */
export function alternation(phrases: string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
    .join("|");
}
