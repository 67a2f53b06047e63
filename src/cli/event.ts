import type { Command } from "commander";
import { CliError } from "./errors.js";
import { DB_OPTION_HELP } from "./db.js";
import { eventLine, loadInterchange, names } from "./timeline.js";
import { clean, oneLine } from "./terminal.js";

export function registerEvent(program: Command): void {
  program
    .command("event")
    .description("one merged event: every source's sentence side by side, disputes, claims, relations")
    .argument("<id>", "event id (from sitrep timeline or sitrep events)")
    .option("--db <file|url>", DB_OPTION_HELP)
    .option("--json", "print JSON")
    .action(async (id: string, opts: { db?: string; json?: boolean }) => {
      const x = await loadInterchange(opts.db);
      const e = x.events.find((v) => v.id === id);
      if (!e) throw new CliError(`no event "${id}" (list them with: sitrep timeline)`);
      const discrepancies = x.discrepancies.filter((d) => d.event === id);
      const claims = x.claims.filter((c) => c.event === id);
      const responds = x.relations.filter((r) => r.from === id);
      const answeredBy = x.relations.filter((r) => r.to === id);
      if (opts.json) {
        process.stdout.write(JSON.stringify({ event: e, discrepancies, claims, relations: { responds, answeredBy } }, null, 2) + "\n");
        return;
      }
      const docs = new Map(x.documents.map((d) => [d.id, d]));
      const out: string[] = [clean(eventLine(x, e)).trimEnd(), ""];
      out.push("Sources:");
      for (const m of e.mentions) {
        const d = docs.get(m.doc);
        const values = [
          m.date ? `date ${m.date}${m.dateText ? ` ("${oneLine(m.dateText, 30)}")` : ""}` : "no date",
          m.fatalities !== null ? `killed ${m.fatalities}` : null,
          m.injuries !== null && m.injuries !== undefined ? `injured ${m.injuries}` : null,
          m.count !== null && m.count !== undefined ? `count ${m.count}` : null,
          m.modality !== "asserted" ? m.modality : null,
          m.assertedBy ? `per ${oneLine(names(x, [m.assertedBy]), 30)}` : null,
          m.comment ? "reader comment" : null,
        ].filter(Boolean);
        out.push(`  ${m.doc} ${oneLine(d?.outlet ?? d?.source, 28)} ${d?.published?.slice(0, 10) ?? ""} [${values.join(", ")}]`);
        out.push(`      "${oneLine(m.text, 160)}"`);
      }
      if (discrepancies.length) {
        out.push("", "Disagreements:");
        for (const d of discrepancies) {
          const vals = d.values.map((v) => `${oneLine(String(v.value), 30)} (${v.doc})`).join(" | ");
          out.push(`  ${d.attribute}: ${vals}${d.conservative !== undefined && d.conservative !== null ? `; conservative ${d.conservative}` : ""}`);
        }
      }
      if (claims.length) {
        out.push("", "Claims:");
        for (const c of claims) out.push(`  ${c.doc} ${oneLine(c.speaker ? names(x, [c.speaker]) : (c.speakerText ?? "unnamed"), 30)} ${c.cue}${c.hedged ? " (hedged)" : ""}: "${oneLine(c.text, 120)}"`);
      }
      if (responds.length || answeredBy.length) {
        out.push("", "Relations:");
        for (const r of responds) out.push(`  ${r.type} to ${r.to}: "${oneLine(r.evidence[0]?.text, 100)}" (${r.evidence.length} source${r.evidence.length === 1 ? "" : "s"})`);
        for (const r of answeredBy) out.push(`  answered by ${r.from} (${r.type}): "${oneLine(r.evidence[0]?.text, 100)}"`);
      }
      process.stdout.write(out.map((l) => clean(l)).join("\n") + "\n");
    });
}
