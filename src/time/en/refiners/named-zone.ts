import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { addDays, ymdOf, type Ymd } from "../../calendar.js";
import { cloneResult, componentsDay, impliedDay } from "../../components.js";
import { instantOfWallClock, offsetAt, type Zone } from "../../common/zone-offset.js";
import { sitrepOption } from "../../parse-option.js";
import { isUtcName, zoneAfter, zoneNamed } from "../zones.js";

/**
 * A clock time with a named zone ("prior to 5pm Pacific", "at 9am ET", "noon GMT",
 * "14:00 Baghdad time") is that wall-clock time in that zone. The span grows to take
 * the zone name. Without a stated day, the day is the one that puts the time nearest
 * the publication instant (a comment at 00:58 UTC on 3 January saying "now, prior to
 * 5pm Pacific" means 17:00 on 2 January in UTC−08:00); for a publication date without
 * a time, the publication date itself. The offset is the one in force on that day
 * (daylight saving time for US zones named without "standard"/"daylight").
 */
const TRAILING_ABBREVIATION = /\s*\(?([A-Za-z]{2,5})\)?$/;

function wallMs(d: Ymd, c: ParsingComponents): number {
  return Date.UTC(d.year, d.month - 1, d.day, c.get("hour") ?? 0, c.get("minute") ?? 0);
}

function nearestDay(zone: Zone, c: ParsingComponents, anchorUtcMs: number): Ymd {
  const localToday = ymdOf(new Date(anchorUtcMs + offsetAt(zone, anchorUtcMs) * 60_000));
  let best = localToday;
  let bestDistance = Infinity;
  for (const shift of [-1, 0, 1]) {
    const day = addDays(localToday, shift);
    const distance = Math.abs(instantOfWallClock(zone, wallMs(day, c)) - anchorUtcMs);
    if (distance < bestDistance) {
      best = day;
      bestDistance = distance;
    }
  }
  return best;
}

export class NamedZoneRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const option = sitrepOption(context);
    return results.map((r) => {
      if (!r.start.isCertain("hour")) return r;
      const end = r.index + r.text.length;
      const mention = zoneAfter(context.text.slice(end));
      let zone = mention?.zone ?? null;
      if (!zone && r.start.isCertain("timezoneOffset")) {
        const trailing = TRAILING_ABBREVIATION.exec(r.text);
        const abbreviation = trailing?.[1] ?? "";
        // (the whole expression is no trailing abbreviation: "now" is itself the time)
        if (trailing && trailing[0].length < r.text.length && abbreviation !== abbreviation.toUpperCase() && !isUtcName(abbreviation)) {
          // chrono takes "et" in "5pm et al." for Eastern Time: a lower-case abbreviation is no zone
          const out = cloneResult(r);
          out.text = r.text.slice(0, r.text.length - trailing[0].length);
          out.start.delete("timezoneOffset");
          return out;
        }
        zone = zoneNamed(abbreviation) ?? { fixed: r.start.get("timezoneOffset") ?? 0 };
      }
      if (!zone) return r;
      const out = cloneResult(r);
      if (mention) out.text = context.text.slice(r.index, end + mention.length);
      const stated = componentsDay(r.start);
      const day =
        !r.start.isCertain("day") && option.anchorTimed && option.anchorUtcMs !== undefined
          ? nearestDay(zone, r.start, option.anchorUtcMs)
          : stated;
      impliedDay(out.start, day);
      out.start.assign("timezoneOffset", offsetAt(zone, instantOfWallClock(zone, wallMs(day, r.start))));
      if (out.end && r.end?.isCertain("hour")) {
        const endDay = addDays(componentsDay(r.end), dayShift(stated, day));
        impliedDay(out.end, endDay);
        out.end.assign("timezoneOffset", offsetAt(zone, instantOfWallClock(zone, wallMs(endDay, r.end))));
      }
      return out;
    });
  }
}

function dayShift(from: Ymd, to: Ymd): number {
  return Math.round((Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000);
}
