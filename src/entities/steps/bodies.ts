import { newKey } from "../normalize.js";
import { matchPhrase, nextWord, prevWord, wordAt } from "../phrase.js";
import { newUid, sortCandidates, type Candidate, type DocContext, type DocState } from "../candidate.js";
import { borderModifies, otherSide } from "./border-context.js";

function isCountry(ctx: DocContext, c: Candidate): boolean {
  return c.known && c.key !== null && ctx.knowledge.actors.get(c.key)?.type === "COUNTRY" && c.role !== "metonym";
}

/** The word after a candidate, stepping over a possessive ("Iran’s parliament"). */
function after(ctx: DocContext, c: Candidate): number {
  const t = ctx.tokens[c.last + 1];
  const u = ctx.tokens[c.last + 2];
  if (t?.kind === "possessive" && u?.kind === "word" && /^[ \u00a0]$/.test(ctx.text.slice(t.end, u.start))) return c.last + 2;
  return nextWord(ctx, c.last);
}

/**
 * Compositions on a country name or demonym:
 * - a body every country has: "Iraqi government", "U.S. troops", "Iran’s parliament"
 *   → <country>_government / _military / _parliament …, a force with its qualifier
 *   ("regular Iraqi soldiers"); not a base after the country's own name ("Jordan base"
 *   is where the base is);
 * - a known actor of the same country right after it: "Iranian Quds Force" → quds_force;
 * - a border: "Syrian-Iraqi border", "Iraqi Syrian border" → one key whatever the order,
 *   also "in Syria near the Iraqi border"; not "Iraqi border guards";
 * - a compass region: "northeast Syria", "northern Iraq";
 * - not a people: "ethnic Armenian forces", "Karabakh Armenians" name no state.
 */
export function composeCountryPhrases(ctx: DocContext, state: DocState): DocState {
  const k = ctx.knowledge;
  const lex = ctx.lexicon;
  const byFirst = new Map(state.candidates.map((c) => [c.first, c]));
  const drop = new Set<number>();
  const add: Candidate[] = [];
  const make = (c: Candidate, last: number, key: string, extra: Partial<Candidate>): Candidate => ({
    ...c,
    uid: newUid(ctx),
    last,
    key,
    coreFirst: c.first,
    coreLast: last,
    ...extra,
  });
  for (const c of state.candidates) {
    if (!isCountry(ctx, c) || drop.has(c.uid)) continue;
    const country = k.actors.get(c.key ?? "");
    if (!country) continue;
    // "ethnic Armenian forces", "Karabakh Armenians": a people, not the country's state
    const people = c.role === "demonym" ? peopleBefore(ctx, c, state.candidates) : null;
    if (people) {
      const first = people.place?.first ?? people.first;
      // (one people however it is placed: "ethnic Armenians", "Karabakh Armenians")
      add.push(make(c, c.last, newKey(`people of ${country.name}`), { first, coreFirst: first, type: "GROUP", role: "name", known: false, country: null, geo: null }));
      drop.add(c.uid);
      if (people.place) drop.add(people.place.uid);
      continue;
    }
    const n = after(ctx, c);
    // A second country before "border": "Syrian-Iraqi border", "Iraqi Syrian border".
    const second = n >= 0 ? byFirst.get(n) : undefined;
    if (second && isCountry(ctx, second)) {
      const b = nextWord(ctx, second.last);
      const border = b >= 0 ? matchPhrase(ctx, b, lex.borders) : null;
      if (border && !borderModifies(ctx, border.last)) {
        const names = [country.name, k.actors.get(second.key ?? "")?.name ?? ""].sort();
        add.push(make(c, border.last, newKey(`${names.join(" ")} border`), { type: "PLACE", role: "name", known: false, country: null, geo: null }));
        drop.add(c.uid).add(second.uid);
        continue;
      }
    }
    if (n >= 0) {
      const border = matchPhrase(ctx, n, lex.borders);
      if (border && c.role === "demonym" && !borderModifies(ctx, border.last)) {
        // "in eastern Syria near the Iraqi border" is the Syrian–Iraqi border.
        const other = k.actors.get(otherSide(ctx, c, state.candidates, (o) => isCountry(ctx, o))?.key ?? "");
        const names = [country.name, ...(other ? [other.name] : [])].sort();
        add.push(make(c, border.last, newKey(`${names.join(" ")} border`), { type: "PLACE", role: "name", known: false, geo: null, ...(other ? { country: null } : {}) }));
        drop.add(c.uid);
        continue;
      }
      let best: { last: number; suffix: string; len: number; words: string[] } | null = null;
      for (const body of lex.bodies) {
        const m = matchPhrase(ctx, n, body.heads);
        if (m && (!best || m.words.length > best.len)) best = { last: m.last, suffix: body.suffix, len: m.words.length, words: m.words };
      }
      // "a drone attack on Jordan base": after the country's own name, a base is where
      if (best && c.role === "name" && lex.bodyPlaceHeads.has(best.words.join(" "))) best = null;
      if (best) {
        const id = `${country.id}_${best.suffix}`;
        const actor = k.actors.get(id);
        let last = best.last;
        // "U.S. Embassy in Iraq": a facility body takes the place it is in.
        const inWord = nextWord(ctx, last);
        const place = actor?.type === "FACILITY" && wordAt(ctx, inWord) === "in" ? byFirst.get(nextWord(ctx, inWord)) : undefined;
        const placeType = place?.key ? k.actors.get(place.key)?.type : undefined;
        let key = id;
        if (place && (placeType === "COUNTRY" || placeType === "PLACE")) {
          if (best.len === 1) {
            last = place.last;
            drop.add(place.uid);
          }
          // The known facility of this body in that country: "US embassy in Iraq".
          const where = k.actors.get(place.key ?? "")?.country;
          const local = (k.specific.get(id) ?? []).filter((f) => k.actors.get(f)?.country === where);
          if (where && local.length === 1 && local[0]) key = local[0];
        }
        // A known actor that is this body: "Sudanese troops" → the Sudanese Armed Forces.
        const named = k.bodyActors.get(key);
        if (named) key = named;
        const kind = k.actors.get(key);
        // "regular Iraqi soldiers": a qualifier before a force belongs to the description.
        const q = prevWord(ctx, c.first);
        const qualified = kind?.type === "MILITARY" && q >= 0 && (!ctx.tokens[q]?.cap || ctx.tokens[q]?.initial) && lex.bodyQualifiers.has(wordAt(ctx, q));
        const span = qualified ? { first: q, coreFirst: q } : {};
        add.push(make(c, last, key, { type: kind?.type ?? null, role: key === id ? "name" : "alias", known: true, geo: kind?.geo ?? null, ...span }));
        drop.add(c.uid);
        continue;
      }
      if (second && second.known && second.key && !isCountry(ctx, second) && k.actors.get(second.key)?.country === country.country) {
        add.push({ ...second, uid: newUid(ctx), first: c.first, coreFirst: second.first, role: second.role === "acronym" ? "alias" : second.role });
        drop.add(c.uid).add(second.uid);
        continue;
      }
    }
    if (c.role === "name" || c.role === "alias") {
      const region = compassBefore(ctx, c.first);
      if (region) {
        add.push({
          ...c,
          uid: newUid(ctx),
          first: region.first,
          coreFirst: region.first,
          key: newKey(`${region.value} ${country.name}`),
          type: "PLACE",
          role: "name",
          known: false,
        });
        drop.add(c.uid);
      }
    }
  }
  const kept = state.candidates.filter((c) => !drop.has(c.uid));
  return { ...state, candidates: sortCandidates([...kept, ...add]) };
}

/**
 * A demonym after "ethnic" ("ethnic Armenian forces") or right after a place's name
 * ("Karabakh Armenians", "Kosovo Serbs") names a people, not the country's state: where
 * the phrase starts, and the place it names, or null.
 */
function peopleBefore(ctx: DocContext, c: Candidate, all: readonly Candidate[]): { first: number; place: Candidate | null } | null {
  const p = prevWord(ctx, c.first);
  if (p < 0) return null;
  if (wordAt(ctx, p) === "ethnic") return { first: p, place: null };
  const before = all.find((o) => o.last === p && o.uid !== c.uid);
  if (before !== undefined) {
    if (before.key === c.key) return null;
    const type = before.type ?? (before.key !== null ? ctx.knowledge.actors.get(before.key)?.type : undefined) ?? null;
    return type === null || type === "PLACE" || type === "COUNTRY" ? { first: before.first, place: before } : null;
  }
  // a capitalised word no list knows, used as a name elsewhere in the text too, is a place
  // too small for the gazetteer ("Karabakh Armenians" beside "Nagorno-Karabakh"); one
  // capitalised only because it opens the sentence is not ("Senior Hungarian officials")
  const t = ctx.tokens[p];
  if (t?.kind !== "word" || !t.cap || t.upper || ctx.lexicon.stopwords.has(t.fold)) return null;
  const uses = ctx.text.match(new RegExp(`(?<![\\p{L}])${t.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "gu"))?.length ?? 0;
  return uses >= 2 ? { first: p, place: null } : null;
}

function compassBefore(ctx: DocContext, first: number): { first: number; value: string } | null {
  const p = prevWord(ctx, first);
  if (p < 0) return null;
  const pp = prevWord(ctx, p);
  for (const d of ctx.lexicon.directions) {
    if (d.words.length === 1 && wordAt(ctx, p) === d.words[0]) return { first: p, value: d.value };
    if (d.words.length === 2 && pp >= 0 && wordAt(ctx, pp) === d.words[0] && wordAt(ctx, p) === d.words[1]) return { first: pp, value: d.value };
  }
  return null;
}
