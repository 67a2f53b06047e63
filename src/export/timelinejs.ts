import type { Interchange } from "../model/interchange.js";
import { indexExport } from "./event-view.js";

interface TjsDate {
  year: number;
  month?: number;
  day?: number;
}

/** "2019-12-29", "2019-12", "2019", or an interval's start/end → TimelineJS date objects. */
export function tjsDate(iso: string): { start: TjsDate; end?: TjsDate } | null {
  const [a, b] = iso.split("/");
  const one = (s: string | undefined): TjsDate | null => {
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(s ?? "");
    if (!m) return null;
    const d: TjsDate = { year: Number(m[1]) };
    if (m[2]) d.month = Number(m[2]);
    if (m[3]) d.day = Number(m[3]);
    return d;
  };
  const start = one(a);
  if (!start) return null;
  const end = b ? one(b) : null;
  return end ? { start, end } : { start };
}

/** TimelineJS JSON: one slide per dated event; text fields are plain text (TimelineJS renders HTML, so escape). */
export function renderTimelineJs(data: Interchange): string {
  const ix = indexExport(data);
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const events = [];
  for (const e of data.events) {
    if (!e.date) continue;
    const d = tjsDate(e.date);
    if (!d) continue;
    const who = `${ix.names(e.actors) || "unknown actor"} → ${ix.names(e.targets) || "unknown target"}`;
    const deaths = e.fatalities ? ` (${e.fatalities.min === e.fatalities.max ? e.fatalities.min : `${e.fatalities.min}–${e.fatalities.max}`} killed)` : "";
    const best = ix.bestMention(e);
    events.push({
      unique_id: e.id,
      start_date: d.start,
      ...(d.end ? { end_date: d.end } : {}),
      group: e.type,
      text: {
        headline: esc(`${e.mode ?? e.type.toLowerCase()}: ${who}${deaths}`),
        text: esc(`${best?.text ?? ""} — ${e.sources.length} source${e.sources.length === 1 ? "" : "s"}`),
      },
    });
  }
  return JSON.stringify({ title: { text: { headline: "sitrep timeline", text: `${events.length} events` } }, events }, null, 1) + "\n";
}
