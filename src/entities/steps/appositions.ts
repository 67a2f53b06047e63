import type { DocContext, DocState } from "../candidate.js";
import type { Knowledge } from "../knowledge/index.js";

const NAMED = new Set(["ARMED_GROUP", "MILITARY"]);
/** The known actors that are a country's body, per knowledge. */
const bodyTargets = new WeakMap<Knowledge, Set<string>>();

/**
 * A country's generic force followed by the name of one of its forces in brackets is
 * that force: "Iraqi government paramilitaries (Popular Mobilization Units — PMU)",
 * "Sudanese paramilitaries (the Rapid Support Forces)".
 */
export function nameBodiesByBracket(ctx: DocContext, state: DocState): DocState {
  const k = ctx.knowledge;
  const startAt = new Map(state.candidates.filter((c) => !c.nested).map((c) => [c.first, c]));
  let targets = bodyTargets.get(k);
  if (!targets) {
    targets = new Set(k.bodyActors.values());
    bodyTargets.set(k, targets);
  }
  const known = targets;
  const generic = (key: string) => k.bodies.has(key) || known.has(key);
  const candidates = state.candidates.map((c) => {
    if (c.nested || !c.key || !generic(c.key) || ctx.tokens[c.last + 1]?.text !== "(") return c;
    let i = c.last + 2;
    if (ctx.tokens[i]?.fold === "the") i++;
    const named = startAt.get(i);
    const actor = named?.known && named.key ? k.actors.get(named.key) : undefined;
    if (!named?.key || !actor || !NAMED.has(actor.type) || generic(named.key) || actor.country !== c.country) return c;
    return { ...c, key: named.key, type: actor.type, role: "description" as const };
  });
  return { ...state, candidates };
}
