import type { DocContext, DocState } from "../candidate.js";

/**
 * Acronyms and handles that name one country's office ("POTUS", "@POTUS"): the person
 * the document titles with that office, else the office itself (united_states_president),
 * which the link stage ties to its holder. A known actor's own handle stays its own.
 */
export function resolveOfficeAcronyms(ctx: DocContext, state: DocState): DocState {
  const lex = ctx.lexicon;
  const holders = state.candidates.filter((c) => c.office && c.type === "PERSON" && c.key);
  const candidates = state.candidates.map((c) => {
    if (c.nested || c.first !== c.last || c.known) return c;
    const t = ctx.tokens[c.first];
    const acronym = t && (t.kind === "handle" || t.upper) ? lex.officeAcronyms.get(t.fold) : undefined;
    const country = acronym ? ctx.knowledge.countryByCode.get(acronym.country) : undefined;
    if (!acronym || !country) return c;
    const keys = new Set(holders.filter((h) => h.office === acronym.office && h.country === acronym.country).map((h) => h.key));
    const [holder] = keys;
    const key = keys.size === 1 && holder ? holder : `${country}_${acronym.office}`;
    const name = acronym.name.replace("{country}", ctx.knowledge.actors.get(country)?.name ?? country);
    return { ...c, key, type: "PERSON" as const, known: ctx.knowledge.actors.has(key), country: acronym.country, office: acronym.office, ...(key === holder ? {} : { display: name }) };
  });
  return { ...state, candidates };
}
