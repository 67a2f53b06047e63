import type { DocContext, DocState } from "../candidate.js";

/**
 * A generic country body becomes the specific known one the same document names: "US
 * embassy" in a text that also says "U.S. Embassy in Baghdad" is that embassy.
 */
export function preferSpecific(ctx: DocContext, state: DocState): DocState {
  const present = new Set(state.candidates.map((c) => c.key));
  const candidates = state.candidates.map((c) => {
    const options = c.key ? ctx.knowledge.specific.get(c.key) : undefined;
    const here = options?.filter((id) => present.has(id)) ?? [];
    if (here.length !== 1 || !here[0]) return c;
    const actor = ctx.knowledge.actors.get(here[0]);
    return { ...c, key: here[0], known: true, type: actor?.type ?? c.type, geo: actor?.geo ?? null, role: "alias" as const };
  });
  return { ...state, candidates };
}
