import type { Sentence, TimeExpression } from "../model/analysis.js";
import { diagnostic, type Diagnostic } from "../model/diagnostic.js";
import type { DocumentKind } from "../model/document.js";
import { anchorUtcMs, parseAnchor, quoteAnchor, UNKNOWN_ANCHOR, type Anchor } from "./anchor.js";
import { isoDay, ymdOf } from "./calendar.js";
import { offsetAt, formatOffset } from "./common/zone-offset.js";
import { localZones, zoneAt, type LocalZone } from "./en/local-zone.js";
import type { SitrepParsingOption } from "./parse-option.js";
import { chunksOf } from "./chunks.js";
import { mayHoldTime } from "./en/triggers.js";
import { createTimeConfiguration, type TimeConfiguration } from "./configuration.js";
import type { Found } from "./common/narrative.js";
import { beforeCommonEra, isStated, toTimeExpression } from "./convert.js";
import { ambiguityDiagnostics } from "./ambiguity.js";
import { writerDaySpread } from "./writer-day.js";
import { timeLexicon } from "./en/lexicon.js";

export interface TimeInput {
  text: string;
  sentences: Sentence[];
  /** The document's (or comment's) own publication date or date-time; null when unknown. */
  published: string | null;
  kind: DocumentKind;
}

export interface TimeResult {
  timeExpressions: TimeExpression[];
  diagnostics: Diagnostic[];
}

let configuration: TimeConfiguration | null = null;

/** The wall-clock reference for text in a local zone: the publication instant seen from that zone. */
function localReference(anchor: Anchor, zone: LocalZone | null): { instant: Date; day: string } {
  if (!zone) return { instant: anchor.instant, day: anchor.day };
  const utc = anchorUtcMs(anchor);
  const instant = new Date(utc + offsetAt(zone.zone, utc) * 60_000);
  return { instant, day: isoDay(ymdOf(instant)) };
}

/** The reference for a chunk: the local reference of its anchor, or a placeholder without one. */
function documentLocal(anchor: Anchor | null, zone: LocalZone | null): { instant: Date; day: string } {
  return anchor ? localReference(anchor, zone) : { instant: UNKNOWN_ANCHOR.instant, day: "" };
}

function optionOf(anchor: Anchor | null): SitrepParsingOption {
  return anchor ? { anchorUtcMs: anchorUtcMs(anchor), anchorTimed: anchor.timed } : {};
}

/** The option for text whose writer's day a UTC stamp near midnight leaves open. */
function withWriterDay(option: SitrepParsingOption, anchor: Anchor | null, zoneKnown: boolean): SitrepParsingOption {
  const spread = writerDaySpread(anchor, zoneKnown, timeLexicon().writerDay.hoursNearMidnight);
  return spread === null ? option : { ...option, writerDaySpread: spread };
}

function zoneDiagnostic(anchor: Anchor, zone: LocalZone): Diagnostic {
  const offset = formatOffset(offsetAt(zone.zone, anchorUtcMs(anchor)));
  const why = zone.source === "dateline" ? "its dateline" : "a clock time";
  return diagnostic({
    code: "local-zone",
    stage: "time",
    severity: "info",
    message: `relative dates read in the zone ${why} names ("${zone.name}", UTC${offset === "Z" ? "" : offset})`,
    start: zone.from,
  });
}

/**
 * Finds every time expression and resolves it against the publication date, or, inside
 * a quote that states its own date (an embedded tweet), against that date.
 */
export function extractTimes(input: TimeInput): TimeResult {
  configuration ??= createTimeConfiguration();
  const { engine, documentSteps } = configuration;
  const anchor = parseAnchor(input.published);
  const option = optionOf(anchor);
  // Only a stamp with a time of day and a known offset can be seen from another zone.
  const zones = anchor?.timed && anchor.offset !== null ? localZones(input.text) : [];
  let found: Found[] = [];
  const diagnostics: Diagnostic[] = [];
  if (anchor) for (const zone of zones) diagnostics.push(zoneDiagnostic(anchor, zone));
  if (!anchor) {
    diagnostics.push(
      diagnostic({
        code: "no-anchor",
        stage: "time",
        severity: "info",
        message: "publication date unknown: relative dates unresolved",
      }),
    );
  }
  for (const chunk of chunksOf(input.text, input.sentences)) {
    if (!mayHoldTime(chunk.text)) continue;
    const own = quoteAnchor(anchor, chunk.quoteDate);
    const zone = zoneAt(zones, chunk.start);
    const local = own === anchor ? documentLocal(anchor, zone) : documentLocal(own, null);
    const chunkOption = own === anchor ? withWriterDay(option, anchor, zone !== null) : optionOf(own);
    for (const result of engine.parse(chunk.text, { instant: local.instant, timezone: "UTC" }, chunkOption)) {
      if (!own && !isStated(result)) continue;
      // "December 29 BC": a year before the common era has no ISO form here, and no crisis to date
      if (beforeCommonEra(result)) continue;
      found.push({ expression: toTimeExpression(result, chunk.start, local.day), tags: result.tags() });
      if (own) diagnostics.push(...ambiguityDiagnostics(chunk.text, chunk.start, result, local.day));
    }
  }
  for (const step of documentSteps) found = step(found);
  const timeExpressions: TimeExpression[] = found.map((f) => f.expression);
  return { timeExpressions, diagnostics };
}
