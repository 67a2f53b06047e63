import { matchPhrase, wordAt } from "../phrase.js";
import type { Candidate, DocContext, DocState, Membership } from "../candidate.js";

const LINKS = new Set(["of", "at", "with", "for", "in"]);
const DETS = new Set(["the", "a", "an", "its", "their"]);
const PRONOUNS = new Set(["he", "she"]);
const BE = new Set(["s", "is", "was", "has been", "became"]);

function typeOf(ctx: DocContext, c: Candidate) {
  return c.type ?? (c.key ? ctx.knowledge.actors.get(c.key)?.type ?? null : null);
}

/** A whole an actor can belong to: not a country or a place. */
function canContain(ctx: DocContext, c: Candidate): boolean {
  const t = typeOf(ctx, c);
  return t !== null && t !== "COUNTRY" && t !== "PLACE" && t !== "PERSON" && t !== "FACILITY";
}

function isRole(ctx: DocContext, i: number): number {
  const w = wordAt(ctx, i);
  if (!w) return -1;
  const two = `${w} ${wordAt(ctx, i + 1)}`;
  if (ctx.lexicon.roles.has(two)) return i + 1;
  return ctx.lexicon.roles.has(w) ? i : -1;
}

/**
 * Memberships the text states (member → whole, becoming EntityInfo.partOf):
 * "X, the head of Y", "X, founder and leader of Y", "X, the chief Y spokesman",
 * "Y spokesman X", "Y’s spokesman X", "X of the Y" (a person), "X … part of / a member
 * of Y", "the X group of the Y", "Y, the umbrella organization that knits together X",
 * "He’s chairman of Y" (the last person named).
 */
export function findMemberships(ctx: DocContext, state: DocState): DocState {
  const { tokens } = ctx;
  const list = state.candidates;
  const startAt = new Map<number, Candidate>();
  const nestedAt = new Map<number, Candidate>();
  for (const c of list) (c.nested ? nestedAt : startAt).set(c.first, c);
  const out: Membership[] = [];
  const add = (member: Candidate | undefined, whole: Candidate | undefined) => {
    if (!member || !whole || member.key === whole.key || !canContain(ctx, whole)) return;
    out.push({ member: member.uid, whole: whole.uid });
  };
  const skipDet = (i: number) => (DETS.has(wordAt(ctx, i)) ? i + 1 : i);
  for (const x of list) {
    if (x.nested) continue;
    const xPerson = typeOf(ctx, x) === "PERSON";
    // "X, (the) … ROLE of Y" and "X, the … Y ROLE".
    if (tokens[x.last + 1]?.text === ",") {
      let i = skipDet(x.last + 2);
      for (let n = 0; n < 7 && i < tokens.length; n++) {
        const t = tokens[i];
        if (!t || (t.kind !== "word" && t.kind !== "possessive")) break;
        const y = startAt.get(i);
        if (y) {
          const r = isRole(ctx, y.last + 1);
          if (r >= 0) add(x, y);
          break;
        }
        const r = isRole(ctx, i);
        if (r >= 0 && LINKS.has(wordAt(ctx, r + 1))) {
          add(x, startAt.get(skipDet(r + 2)));
          break;
        }
        i++;
      }
    }
    // "X of the Y" for a person.
    if (xPerson && wordAt(ctx, x.last + 1) === "of") add(x, startAt.get(skipDet(x.last + 2)));
    // "Y ROLE X", "Y’s ROLE X".
    let r = x.last + 1;
    if (tokens[r]?.kind === "possessive") r++;
    const role = isRole(ctx, r);
    if (role >= 0) {
      const m = startAt.get(role + 1);
      if (m && typeOf(ctx, m) === "PERSON") add(m, x);
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind !== "word") continue;
    const part = matchPhrase(ctx, i, ctx.lexicon.partOfPhrases);
    if (part) {
      const whole = startAt.get(skipDet(part.last + 1));
      if (whole) add(before(ctx, list, i, whole), whole);
    }
    const umbrella = matchPhrase(ctx, i, ctx.lexicon.umbrellaNouns);
    if (umbrella) {
      const whole = before(ctx, list, i, null);
      let j = umbrella.last + 1;
      if (["that", "which"].includes(wordAt(ctx, j))) j++;
      const verb = matchPhrase(ctx, j, ctx.lexicon.umbrellaVerbs);
      if (verb && whole) {
        const k = skipDet(verb.last + 1);
        add(startAt.get(k) ?? nestedAt.get(k), whole);
      }
    }
    if (PRONOUNS.has(t.fold) && tokens[i + 1]) {
      let j = i + 1;
      if (BE.has(wordAt(ctx, j)) || tokens[j]?.kind === "possessive") j++;
      else continue;
      j = skipDet(j);
      const role2 = isRole(ctx, j);
      if (role2 >= 0 && LINKS.has(wordAt(ctx, role2 + 1))) {
        const person = [...list].reverse().find((c) => c.last < i && !c.nested && typeOf(ctx, c) === "PERSON");
        add(person, startAt.get(skipDet(role2 + 2)));
      }
    }
  }
  return { ...state, memberships: [...state.memberships, ...out] };
}

/** The nearest candidate before token i in its sentence (not `not`, not a country or place). */
function before(ctx: DocContext, list: Candidate[], i: number, not: Candidate | null): Candidate | undefined {
  const sentence = ctx.tokens[i]?.sentence;
  for (let n = list.length - 1; n >= 0; n--) {
    const c = list[n];
    if (!c || c.last >= i) continue;
    if (i - c.last > 14 || ctx.tokens[c.first]?.sentence !== sentence) return undefined;
    if (not && c.key === not.key) continue;
    const t = typeOf(ctx, c);
    if (t === "COUNTRY" || t === "PLACE") continue;
    return c;
  }
  return undefined;
}
