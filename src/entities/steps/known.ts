import type { AliasEntry, Knowledge } from "../knowledge/index.js";
import { linkAfter, type Token } from "../tokens.js";
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
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !(t.kind === "handle" || t.kind === "word")) continue;
    // Text starting in lower case only meets aliases the data writes that way.
    const lower = t.kind === "word" && !t.cap && !/^\p{N}/u.test(t.text);
    let key = "";
    let j = i;
    let best: { last: number; entry: AliasEntry } | null = null;
    for (let n = 1; n <= k.maxTokens; n++) {
      const tj = tokens[j];
      if (!tj) break;
      key = n === 1 ? tokenKey(k, tj) : `${key} ${tokenKey(k, tj)}`;
      const entries = k.names.get(key) ?? k.compact.get(key.replace(/ /g, ""));
      const entry = entries ? pick(entries, text.slice(t.start, tj.end), lower) : null;
      if (entry) best = { last: j, entry };
      const link = linkAfter(text, tokens, j, true);
      if (!link) break;
      j = link.next;
    }
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
