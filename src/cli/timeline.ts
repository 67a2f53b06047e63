import type { Command } from "commander";
import type { PloverType } from "../model/analysis.js";
import type { Interchange, XEvent } from "../model/interchange.js";
import { buildInterchange } from "../export/interchange.js";
import { chronological, filterEvents, type EventFilter } from "../link/query.js";
import { DB_OPTION_HELP, withStore } from "./db.js";
import { CliError } from "./errors.js";
import { parseDateOption } from "./options.js";
import { cell, clean, oneLine } from "./terminal.js";

const TYPES: readonly PloverType[] = [
  "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "INVESTIGATE", "DEMAND", "DISAPPROVE",
  "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "FIGHT", "ACCUSE",
];

/** Linked results for a store (the commands that read events share it). */
export async function loadInterchange(db: string | undefined): Promise<Interchange> {
  return withStore(db, (store) => buildInterchange(store));
}

export interface FilterOptions {
  from?: string;
  to?: string;
  type?: string;
  actor?: string;
}

export function eventFilter(opts: FilterOptions): EventFilter {
  const f: EventFilter = {};
  if (opts.from) f.from = parseDateOption(opts.from, "--from");
  if (opts.to) f.to = parseDateOption(opts.to, "--to");
  if (opts.type) {
    const t = opts.type.toUpperCase() as PloverType;
    if (!TYPES.includes(t)) throw new CliError(`--type: unknown event type "${opts.type}" (choose one of: ${TYPES.join(", ")})`, 2);
    f.type = t;
  }
  if (opts.actor) f.actor = opts.actor;
  return f;
}

export function names(x: Interchange, ids: readonly string[]): string {
  const byId = new Map(x.entities.map((e) => [e.id, e.name]));
  return ids.map((id) => byId.get(id) ?? id).join(", ");
}

function range(r: { min: number; max: number } | null | undefined): string {
  if (!r) return "";
  return r.min === r.max ? String(r.min) : `${r.min}–${r.max}`;
}

/** One line: date, type/mode, actors → targets, place, fatalities, sources, DISPUTED. */
export function eventLine(x: Interchange, e: XEvent): string {
  const who = `${oneLine(names(x, e.actors), 40) || "?"} → ${oneLine(names(x, e.targets), 40) || "?"}`;
  const place = e.location ? ` @ ${oneLine(names(x, [e.location]), 30)}` : "";
  const killed = e.fatalities ? `  killed ${range(e.fatalities)}` : "";
  const sources = e.numSources ?? e.sources.length;
  const what = e.mode ? `${e.type}/${oneLine(e.mode, 24)}` : e.type;
  return `${cell(e.date ?? "undated", 21)} ${cell(e.id, 6)} ${cell(what, 30)} ${who}${place}${killed}  [${sources} source${sources === 1 ? "" : "s"}]${e.disputed ? "  DISPUTED" : ""}`;
}

export function registerTimeline(program: Command): void {
  program
    .command("timeline")
    .description("merged events in date order, one line each (sources and disputes marked)")
    .option("--db <file|url>", DB_OPTION_HELP)
    .option("--from <date>", "only events on or after this date (YYYY-MM-DD)")
    .option("--to <date>", "only events on or before this date (YYYY-MM-DD)")
    .option("--type <type>", "only events of this PLOVER type (ASSAULT, PROTEST, ...)")
    .option("--json", "print JSON")
    .action(async (opts: FilterOptions & { db?: string; json?: boolean }) => {
      const filter = eventFilter(opts);
      const x = await loadInterchange(opts.db);
      const events = chronological(filterEvents(x, filter));
      if (opts.json) {
        process.stdout.write(JSON.stringify(events, null, 2) + "\n");
        return;
      }
      if (!events.length) {
        process.stdout.write("no events (ingest some documents first, or widen the filters)\n");
        return;
      }
      for (const e of events) process.stdout.write(clean(eventLine(x, e)).trimEnd() + "\n");
    });
}
