/**
 * Step: a siege is a crowd's storming when it besets a site ("the siege of the US
 * embassy"), but an armed force's blockade when it besets a town or a land ("the
 * 17-month siege of El Fasher", "the besieged town of Gorazde"): the act of cutting a
 * place off (COERCE), not a protest. A storming that kills is an assault.
 */
import type { DocContext } from "./context.js";
import { commaParticiple } from "./en/grammar.js";
import { VIOLENT } from "./kinds.js";
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

/**
 * "The RSF stormed the Zamzam camp, killing at least 300 people": a storming that kills
 * (a toll of its own, or a killing told in its clause by the same hands) is an assault,
 * whoever does it; a crowd that storms an embassy and kills no one protests.
 */
function deadlyStorming(ctx: DocContext, state: EventState, d: Draft): boolean {
  if (d.type !== "PROTEST" || d.mode !== "storming") return false;
  if ((d.fatalities ?? 0) > 0) return true;
  // (the same hands: named, or the storming's own participle, "stormed the camp, killing 300")
  const sameHands = (x: Draft) => (x.actors.length > 0 && x.actors.every((a) => d.actors.includes(a))) || (x.actors.length === 0 && commaParticiple(ctx.tokens, x.head.from));
  return state.drafts.some((x) => x !== d && x.segment === d.segment && VIOLENT.has(x.type) && (x.fatalities ?? 0) > 0 && x.head.from > d.head.from && sameHands(x));
}

export function readSieges(ctx: DocContext, state: EventState): EventState {
  const drafts = state.drafts.map((d) => {
    if (blockade(ctx, d)) return { ...d, type: "COERCE" as const, mode: "blockade", cameo: "19" };
    if (deadlyStorming(ctx, state, d)) return { ...d, type: "ASSAULT" as const, cameo: "18" };
    return d;
  });
  return { ...state, drafts };
}
