/**
 * Step: a siege is a crowd's storming when it besets a site ("the siege of the US
 * embassy"), but an armed force's blockade when it besets a town or a land ("the
 * 17-month siege of El Fasher", "the besieged town of Gorazde"): the act of cutting a
 * place off (COERCE), not a protest.
 */
import type { DocContext } from "./context.js";
import type { Draft, EventState } from "./state.js";

const SIEGE_WORDS = new Set(["siege", "sieges", "besiege", "besieged", "besieging", "besieges"]);
const ARMED = new Set(["ARMED_GROUP", "MILITARY"]);
const LANDS = new Set(["PLACE", "COUNTRY"]);

function blockade(ctx: DocContext, d: Draft): boolean {
  if (d.type !== "PROTEST" || !SIEGE_WORDS.has(ctx.tokens[d.head.from]?.lower ?? "")) return false;
  const type = (k: string) => ctx.entities.get(k)?.type ?? null;
  const beset = [...d.targets, ...(d.location ? [d.location] : [])];
  if (beset.some((k) => type(k) === "FACILITY")) return false;
  return d.actors.some((k) => ARMED.has(type(k) ?? "")) || (beset.length > 0 && beset.every((k) => LANDS.has(type(k) ?? "")));
}

export function readSieges(ctx: DocContext, state: EventState): EventState {
  const drafts = state.drafts.map((d) => (blockade(ctx, d) ? { ...d, type: "COERCE" as const, mode: "blockade", cameo: "19" } : d));
  return { ...state, drafts };
}
