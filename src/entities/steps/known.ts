import type { AliasEntry, Knowledge } from "../knowledge/index.js";
import { linkAfter, type Token } from "../tokens.js";
import { matchPhrase, nextWord } from "../phrase.js";
import { newUid, sortCandidates, type Candidate, type DocContext, type DocState } from "../candidate.js";

function allCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length > 0 && letters === letters.toUpperCase();
}

function pick(entries: AliasEntry[] | undefined, text: string, lower: boolean): AliasEntry | null {
  if (!entries) return null;
  const caps = allCaps(text);
  return entries.find((e) => (!e.exactCase || caps) && (!lower || e.lowerStart)) ?? null;
}

/** The key of a token as the alias index spells it. */
export function tokenKey(k: Knowledge, t: Token): string {
  return k.lexicon.abbreviations.get(t.fold) ?? t.fold;
}

/**
 * Names from the knowledge files, longest first, starting at a capitalised word or a
 * handle ("Kata’ib Hizballah", "Quds force", "@realDonaldTrump", "U.S."), or in lower
 * case where the data writes the alias so ("al-Hashd al-Sha’bi", "coalition forces").
 */
export function matchKnown(ctx: DocContext, state: DocState): DocState {
  const { tokens, text, knowledge: k } = ctx;
  const found: Candidate[] = [];
  let folds: Set<string> | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !(t.kind === "handle" || t.kind === "word")) continue;
    // Text starting in lower case only meets aliases the data writes that way.
    const lower = t.kind === "word" && !t.cap && !/^\p{N}/u.test(t.text);
    let key = "";
    let nearKey = "";
    let misspelt = false;
    let j = i;
    let exact: Match | null = null;
    let near: Match | null = null;
    for (let n = 1; n <= k.maxTokens; n++) {
      const tj = tokens[j];
      if (!tj) break;
      const word = tokenKey(k, tj);
      key = n === 1 ? word : `${key} ${word}`;
      misspelt ||= tj.near !== undefined;
      nearKey = n === 1 ? (tj.near ?? word) : `${nearKey} ${tj.near ?? word}`;
      const entries = lookup(k, key);
      const entry = entries ? pick(entries, text.slice(t.start, tj.end), lower) : null;
      if (entry) exact = { last: j, entry };
      else if (misspelt) {
        const alts = lookup(k, nearKey);
        const alt = alts ? pick(alts, text.slice(t.start, tj.end), lower) : null;
        if (alt) near = { last: j, entry: alt };
      }
      // No known name goes on from here: stop scanning longer runs.
      if (!k.prefixes.has(key) && !(misspelt && k.prefixes.has(nearKey))) break;
      const link = linkAfter(text, tokens, j, true);
      if (!link) break;
      j = link.next;
    }
    if (near && (!exact || near.last > exact.last)) {
      folds ??= new Set(tokens.map((x) => x.fold));
      if (!confirmed(ctx, i, near, folds)) near = null;
    }
    const best = near && (!exact || near.last > exact.last) ? { ...near, entry: { ...near.entry, role: near.entry.role === "name" ? "alias" as const : near.entry.role } } : exact;
    if (!best) continue;
    const actor = k.actors.get(best.entry.id);
    // "the Pentagon", "the Kremlin": the article belongs to a metonym's name.
    const the = tokens[i - 1];
    const first = best.entry.role === "metonym" && the?.fold === "the" && /^[ \u00a0]$/.test(text.slice(the.end, t.start)) ? i - 1 : i;
    found.push({
      uid: newUid(ctx),
      first,
      last: best.last,
      key: best.entry.id,
      coreFirst: i,
      coreLast: best.last,
      type: actor?.type ?? null,
      role: best.entry.role,
      known: true,
      country: actor?.country ?? null,
      geo: actor?.geo ?? null,
      nested: false,
      headline: false,
      titled: false,
    });
    i = best.last;
  }
  return { ...state, candidates: sortCandidates([...state.candidates, ...joinSlashed(ctx, found)]) };
}

interface Match {
  last: number;
  entry: AliasEntry;
}

function lookup(k: Knowledge, key: string): AliasEntry[] | undefined {
  return k.names.get(key) ?? k.compact.get(key.includes(" ") ? key.replace(/ /g, "") : key);
}

/**
 * A near-miss spelling counts only where the context confirms it: inside a longer known
 * name ("US Embassy Bagdad"), before a body every country has ("Iraki parliament"), or in
 * a document that also spells the name correctly.
 */
function confirmed(ctx: DocContext, i: number, m: Match, folds: ReadonlySet<string>): boolean {
  if (m.last > i) return true;
  const near = ctx.tokens[i]?.near;
  if (near && folds.has(near)) return true;
  const n = nextWord(ctx, m.last);
  return n >= 0 && ctx.lexicon.bodies.some((b) => matchPhrase(ctx, n, b.heads) !== null);
}

/** "PMF/PMU/Hashed": names of one actor joined by slashes are one mention. */
function joinSlashed(ctx: DocContext, found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of found) {
    const prev = out[out.length - 1];
    const slash = ctx.tokens[c.first - 1];
    if (prev && prev.key === c.key && prev.last === c.first - 2 && slash?.text === "/" && slash.start === ctx.tokens[prev.last]?.end && slash.end === ctx.tokens[c.first]?.start) {
      out[out.length - 1] = { ...prev, last: c.last, coreLast: c.last, role: "alias" };
    } else out.push(c);
  }
  return out;
}
