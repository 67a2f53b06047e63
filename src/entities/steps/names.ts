import { foldName, newKey } from "../normalize.js";
import { spanText, type Candidate, type DocContext, type Link } from "../candidate.js";

function wordsOf(ctx: DocContext, c: Candidate): string[] {
  return foldName(spanText(ctx, c.coreFirst, c.coreLast)).split(" ").filter((w) => w.length > 0);
}

function personLike(ctx: DocContext, c: Candidate): boolean {
  if (c.nested || c.role === "handle" || c.role === "acronym") return false;
  if (c.known) return c.key !== null && ctx.knowledge.actors.get(c.key)?.type === "PERSON";
  return c.type === null || c.type === "PERSON";
}

/** Something in the text marks a lone given name as a person: a title, a handle after it, a speech verb. */
function personContext(ctx: DocContext, c: Candidate): boolean {
  if (c.titled) return true;
  const a = ctx.tokens[c.last + 1];
  const b = ctx.tokens[c.last + 2];
  if (a?.text === "(" && b?.kind === "handle") return true;
  const n = ctx.tokens[c.last + 1];
  return n !== undefined && ctx.lexicon.speechVerbs.has(n.fold);
}

function identityOf(ctx: DocContext, c: Candidate): string {
  return c.known && c.key ? c.key : newKey(spanText(ctx, c.coreFirst, c.coreLast));
}

/**
 * Links between names of one person in one document: the same normalised name; a
 * shorter name that ends the fuller one ("Esper" → "Mark Esper", "Abdul-Mahdi" →
 * "Adil Abdul-Mahdi"); a given name or its short form with a person cue ("Mike
 * (@Doranimated)" → "Michael Doran"). Only when exactly one fuller name fits. A known
 * one-word alias that ends an unseen full name is unseated: the full name decides.
 */
export function nameLinks(ctx: DocContext, candidates: Candidate[]): { links: Link[]; unseat: Set<number> } {
  const links: Link[] = [];
  const unseat = new Set<number>();
  const cache = new Map<number, string[]>();
  const words = (_: DocContext, c: Candidate): string[] => {
    let w = cache.get(c.uid);
    if (!w) {
      w = wordsOf(ctx, c);
      cache.set(c.uid, w);
    }
    return w;
  };
  const identities = new Map<number, string>();
  const identity = (_: DocContext, c: Candidate): string => {
    let id = identities.get(c.uid);
    if (id === undefined) {
      id = identityOf(ctx, c);
      identities.set(c.uid, id);
    }
    return id;
  };
  const people = candidates.filter((c) => personLike(ctx, c));
  const full = people.filter((c) => words(ctx, c).length >= 2);
  const sameName = new Map<string, Candidate>();
  for (const c of candidates) {
    if (c.known || c.nested || c.key) continue;
    const key = newKey(spanText(ctx, c.coreFirst, c.coreLast));
    const prev = sameName.get(key);
    if (prev) links.push({ a: prev.uid, b: c.uid });
    else sameName.set(key, c);
  }
  for (const s of people) {
    const w = words(ctx, s);
    if (w.length === 0) continue;
    const endsWith = new Map<string, Candidate>();
    const startsWith = new Map<string, Candidate>();
    for (const f of full) {
      const fw = words(ctx, f);
      if (fw.length <= w.length || f.uid === s.uid) continue;
      if (fw.slice(fw.length - w.length).join(" ") === w.join(" ")) endsWith.set(identity(ctx, f), f);
      if (w.length === 1) {
        const given = fw[0] ?? "";
        const forms = ctx.lexicon.nicknames.get(w[0] ?? "") ?? [];
        if (given === w[0] || forms.includes(given)) startsWith.set(identity(ctx, f), f);
      }
    }
    const [onlyEnd] = endsWith.size === 1 ? [...endsWith.values()] : [];
    if (onlyEnd && !(s.known && onlyEnd.known && s.key !== onlyEnd.key)) {
      links.push({ a: onlyEnd.uid, b: s.uid });
      // "Carter" is a known alias, but this document's Carter is "Ash Carter".
      if (s.known && !onlyEnd.known) unseat.add(s.uid);
      continue;
    }
    const [onlyStart] = startsWith.size === 1 ? [...startsWith.values()] : [];
    if (onlyStart && !s.known && personContext(ctx, s)) links.push({ a: onlyStart.uid, b: s.uid });
  }
  return { links, unseat };
}
