import type { Interchange } from "../model/interchange.js";
import { acledType } from "./acled.js";
import { indexExport } from "./event-view.js";

/** ACLED-style columns, one row per merged event. */
export const CSV_COLUMNS = [
  "event_id",
  "event_date",
  "time_precision",
  "event_type",
  "sub_event_type",
  "plover_type",
  "mode",
  "cameo_root",
  "actor1",
  "actor2",
  "country",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "sources",
  "source_count",
  "mention_count",
  "disputed",
  "notes",
  "fatalities",
  "fatalities_range",
] as const;

/** RFC 4180 field: quoted when it holds a comma, quote, or line break; formula prefixes neutralised. */
export function csvField(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? "" : String(value);
  // A leading = + - @ makes spreadsheets evaluate the cell: prefix a quote (OWASP CSV injection).
  if (/^[=+\-@\t\r]/.test(s) && typeof value !== "number") s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const PRECISION_CODE: Record<string, number> = { day: 1, time: 1, interval: 2, season: 2, month: 2, year: 3 };

export function renderCsv(data: Interchange): string {
  const ix = indexExport(data);
  const disputed = new Set(data.discrepancies.map((d) => d.event));
  const rows = [CSV_COLUMNS.join(",")];
  for (const e of data.events) {
    const acled = acledType(e.type, e.mode);
    const place = ix.entity(e.location);
    const best = ix.bestMention(e);
    const country = place?.country ?? ix.entity(e.actors[0])?.country ?? null;
    const range = e.fatalities ? (e.fatalities.min === e.fatalities.max ? String(e.fatalities.min) : `${e.fatalities.min}-${e.fatalities.max}`) : "";
    const row = [
      e.id,
      e.date,
      e.datePrecision ? (PRECISION_CODE[e.datePrecision] ?? 3) : "",
      acled.eventType,
      acled.subEventType,
      e.type,
      e.mode,
      e.cameo ?? "",
      ix.names(e.actors),
      ix.names(e.targets),
      country,
      place?.name ?? "",
      place?.geo?.lat ?? "",
      place?.geo?.lon ?? "",
      place?.geo ? (place.type === "COUNTRY" ? 3 : 1) : "",
      e.sources.join(" "),
      e.sources.length,
      e.mentions.length,
      disputed.has(e.id) ? "yes" : "no",
      best?.text.replace(/\s+/g, " ").trim() ?? "",
      ix.conservative(e) ?? "",
      range,
    ];
    rows.push(row.map(csvField).join(","));
  }
  return rows.join("\r\n") + "\r\n";
}
