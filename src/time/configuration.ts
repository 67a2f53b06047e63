import * as chrono from "chrono-node";
import { LongestWinsRefiner } from "./common/longest-wins.js";
import { gateParsers } from "./common/gated-parser.js";
import { chronoGates } from "./en/chrono-gates.js";
import { CalendarPeriodParser } from "./en/parsers/calendar-period.js";
import { DurationParser } from "./en/parsers/duration.js";
import { HolidayParser } from "./en/parsers/holiday.js";
import { OrdinalDayParser } from "./en/parsers/ordinal-day.js";
import { MonthParser } from "./en/parsers/month.js";
import { SeasonParser } from "./en/parsers/season.js";
import { WeekendParser } from "./en/parsers/weekend.js";
import { YearParser } from "./en/parsers/year.js";
import { AnaphoraParser } from "./en/parsers/anaphora.js";
import { NarrativeShiftRefiner } from "./en/refiners/narrative-shift.js";
import { resolveAnaphora, type Found } from "./common/narrative.js";
import { endAtNarrativeDay } from "./common/narrative-end.js";
import { AgoPrecisionRefiner } from "./en/refiners/ago-precision.js";
import { DropNonDatesRefiner } from "./en/refiners/drop-non-dates.js";
import { PastWeekdayRefiner } from "./en/refiners/past-weekday.js";
import { PastYearlessRefiner } from "./en/refiners/past-yearless.js";
import { SinceToAnchorRefiner } from "./en/refiners/since-to-anchor.js";
import { NamedZoneRefiner } from "./en/refiners/named-zone.js";
import { WriterDayRefiner } from "./en/refiners/writer-day.js";

/**
 * The time stage's configuration, in one place: chrono's casual English parsers and
 * refiners, with sitrep's parsers put first (so they win ties with chrono's shorter
 * readings of the same words) and sitrep's refiners run after chrono's, in this order.
 * chrono's own parsers are gated: each is tried only on text holding the literal
 * pieces its pattern needs (data/en/time/chrono-gates.json), which changes no result.
 */
export interface TimeConfiguration {
  /** Runs per chunk of text: parsers, then refiners. */
  engine: chrono.Chrono;
  /** Run over the whole document's expressions, in order, after every chunk is parsed. */
  documentSteps: ((found: Found[]) => Found[])[];
}

export function createTimeConfiguration(): TimeConfiguration {
  const engine = chrono.casual.clone();
  const parsers: chrono.Parser[] = [
    new DurationParser(), // "the past two months", "for months", "in the coming days"
    new CalendarPeriodParser(), // "last week", "this month", "last year"
    new SeasonParser(), // "last summer"
    new YearParser(), // "in 2008", "since 2014", "since the 1980s"
    new MonthParser(), // "in April", "Since Oct"
    new WeekendParser(), // "over the weekend"
    new HolidayParser(), // "at Christmas"
    new AnaphoraParser(), // "back then", "the same day", "that night"
    new OrdinalDayParser(), // "on the 25th"
  ];
  const refiners: chrono.Refiner[] = [
    new DropNonDatesRefiner(), // "107mm", "24/7", "to march"
    new NamedZoneRefiner(), // "5pm Pacific" → 17:00 in UTC−08:00 on the day nearest the anchor
    new WriterDayRefiner(), // "tomorrow" stamped 00:45 UTC by a writer of unknown zone → either of two days
    new SinceToAnchorRefiner(), // "since December 29" → interval to the anchor
    new PastWeekdayRefiner(), // "on Sunday" in a Tuesday article → two days before
    new PastYearlessRefiner(), // "December 29" in March → the past December
    new AgoPrecisionRefiner(), // "five years ago" → a year
    new NarrativeShiftRefiner(), // "two days later" counts from the narrated event
    new LongestWinsRefiner(), // one result per stretch of text
  ];
  engine.parsers = [...parsers, ...gateParsers(engine.parsers, chronoGates())];
  engine.refiners.push(...refiners);
  const documentSteps = [
    resolveAnaphora, // anaphoric expressions take the date of the one before
    endAtNarrativeDay, // "had been … for 24 hours" ends at the narrated day
  ];
  return { engine, documentSteps };
}
