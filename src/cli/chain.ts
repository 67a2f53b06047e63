import type { Command } from "commander";
import { escalationChain, type ChainNode } from "../link/query.js";
import { DB_OPTION_HELP } from "./db.js";
import { eventLine, loadInterchange } from "./timeline.js";
import { clean, oneLine } from "./terminal.js";

export function registerChain(program: Command): void {
  program
    .command("chain")
    .description("the escalation chain: what responded to what, as an indented tree")
    .option("--db <file|url>", DB_OPTION_HELP)
    .option("--json", "print JSON")
    .action(async (opts: { db?: string; json?: boolean }) => {
      const x = await loadInterchange(opts.db);
      const roots = escalationChain(x);
      if (opts.json) {
        process.stdout.write(JSON.stringify(roots, null, 2) + "\n");
        return;
      }
      if (!roots.length) {
        process.stdout.write("no stated causal links between events\n");
        return;
      }
      const events = new Map(x.events.map((e) => [e.id, e]));
      const print = (node: ChainNode, depth: number): void => {
        const e = events.get(node.event);
        const indent = "  ".repeat(depth);
        const via = node.via ? `└ ${node.via.type} (${node.via.evidence.length} source${node.via.evidence.length === 1 ? "" : "s"}: "${oneLine(node.via.evidence[0]?.text, 60)}") ` : "";
        process.stdout.write(`${indent}${clean(via)}${e ? clean(eventLine(x, e)).trimEnd() : node.event}\n`);
        for (const r of node.responses) print(r, depth + 1);
      };
      for (const root of roots) print(root, 0);
    });
}
