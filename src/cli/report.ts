import type { Command } from "commander";
import { buildInterchange } from "../export/interchange.js";
import type { Interchange } from "../model/interchange.js";
import { DB_OPTION_HELP, withStore } from "./db.js";
import { cell, oneLine } from "./terminal.js";

export function registerReport(program: Command): void {
  program
    .command("report")
    .description("a readable summary of the store: documents, main actors, timeline of events, disputes")
    .option("--db <file|url>", DB_OPTION_HELP)
    .option("--events <n>", "how many events to list", "40")
    .action(async (opts: { db?: string; events: string }) => {
      const data = await withStore(opts.db, (store) => buildInterchange(store));
      process.stdout.write(renderReport(data, Math.max(0, Number(opts.events) || 40)));
    });
}

export function renderReport(data: Interchange, maxEvents: number): string {
  const out: string[] = [];
  const articles = data.documents.filter((d) => d.kind !== "comment");
  const comments = data.documents.length - articles.length;
  out.push(`sitrep report — ${articles.length} articles/posts, ${comments} reader comments`);
  out.push("");
  out.push("DOCUMENTS");
  for (const d of articles) {
    const n = data.documents.filter((c) => c.parent === d.id).length;
    out.push(`  ${cell(d.id, 5)} ${cell(d.published?.slice(0, 10) ?? "undated", 10)} ${cell(d.outlet ?? "-", 18)} ${cell(String(n), 4)} ${oneLine(d.title ?? d.source, 70)}`);
  }
  if (data.entities.length) {
    const counts = new Map<string, number>();
    for (const m of data.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    const top = [...data.entities].sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0)).slice(0, 15);
    out.push("");
    out.push("MOST MENTIONED");
    for (const e of top) out.push(`  ${cell(String(counts.get(e.id) ?? 0), 5)} ${cell(e.type, 13)} ${oneLine(e.name, 60)}`);
  }
  if (data.events.length) {
    const names = new Map(data.entities.map((e) => [e.id, e.name]));
    const who = (ids: string[]) => ids.map((i) => names.get(i) ?? i).join(", ") || "?";
    const disputed = new Set(data.discrepancies.map((d) => d.event));
    // The events most sources report, shown in date order.
    const events = [...data.events]
      .filter((e) => e.date)
      .sort((a, b) => b.sources.length - a.sources.length || b.mentions.length - a.mentions.length)
      .slice(0, maxEvents)
      .sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""));
    out.push("");
    out.push(`TIMELINE (the ${events.length} most-reported of ${data.events.length} events; all: sitrep timeline)`);
    for (const e of events) {
      const deaths = e.fatalities ? (e.fatalities.min === e.fatalities.max ? `${e.fatalities.min} dead` : `${e.fatalities.min}–${e.fatalities.max} dead`) : "";
      const place = e.location ? ` @ ${names.get(e.location) ?? e.location}` : "";
      out.push(
        `  ${cell(e.date, 21)} ${cell(e.type, 10)} ${oneLine(`${who(e.actors)} → ${who(e.targets)}${place}`, 70)}  ${deaths}  [${e.sources.length} src]${disputed.has(e.id) ? " DISPUTED" : ""}`,
      );
    }
  }
  out.push("");
  return out.join("\n");
}
