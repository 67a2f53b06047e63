import { gazetteer } from "../knowledge/gazetteer.js";
import { foldName } from "../normalize.js";
import { spanText, type Candidate, type DocContext, type DocState } from "../candidate.js";

/**
 * The capital stands for its government when a verb or a possessive (not of a place)
 * follows it, or an adjective or a word like "on", "against", "with" precedes it; a
 * locative word before it ("in", "from", "of", "central", "northern") keeps it a place.
 */
function acts(ctx: DocContext, c: Candidate, places: ReadonlySet<number>): boolean {
  const lex = ctx.lexicon;
  const prev = ctx.tokens[c.first - 1];
  if (prev && prev.kind === "word") {
    // "central Kyiv", "northern Baghdad": a word of where keeps it the city
    if (lex.placePrepositions.has(prev.fold) || lex.placeAdjectives.has(prev.fold) || lex.directions.some((d) => d.words.length === 1 && d.words[0] === prev.fold)) return false;
    if (lex.actorPrepositions.has(prev.fold) || prev.pos === "ADJ") return true;
  }
  for (let i = c.last + 1, seen = 0; i < ctx.tokens.length && seen < 2; i++) {
    const t = ctx.tokens[i];
    if (!t) break;
    if (t.kind === "possessive") return !places.has(i + 1);
    if (t.kind !== "word") return false;
    if (t.pos === "VERB" || t.pos === "AUX") return true;
    if (t.pos !== "ADV") return false;
    seen++;
  }
  return false;
}

/**
 * Capitals as governments: "Tehran has made it clear", "Washington’s response",
 * "sanctions on Tehran" → the country, role metonym. "in Baghdad" and "Baghdad’s Green
 * Zone" stay the city.
 */
export function capitalsAsGovernments(ctx: DocContext, state: DocState): DocState {
  const k = ctx.knowledge;
  const places = new Set<number>();
  for (const c of state.candidates) {
    const t = c.type ?? (c.key ? k.actors.get(c.key)?.type : null);
    if (t === "PLACE" || t === "FACILITY") places.add(c.first);
  }
  const candidates = state.candidates.map((c) => {
    if (c.nested || (c.type !== "PLACE" && c.type !== null)) return c;
    if (c.known && c.key && k.actors.get(c.key)?.type !== "PLACE") return c;
    const code = gazetteer().capitals.get(foldName(spanText(ctx, c.coreFirst, c.coreLast)));
    const country = code ? k.countryByCode.get(code) : undefined;
    if (!country || !acts(ctx, c, places)) return c;
    return { ...c, key: country, known: true, type: "COUNTRY" as const, role: "metonym" as const, geo: null, country: code ?? null };
  });
  return { ...state, candidates };
}
