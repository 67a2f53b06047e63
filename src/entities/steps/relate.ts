import { coverage, newUid, sortCandidates, type Candidate, type DocContext, type DocState, type Link, type Membership } from "../candidate.js";

const SEPARATORS = new Set(["/", ",", ";", "or", "|"]);
const DASHES = new Set(["—", "–", "-", "―"]);

function typeOf(ctx: DocContext, c: Candidate) {
  return c.type ?? (c.key ? ctx.knowledge.actors.get(c.key)?.type ?? null : null);
}

/**
 * Links the text states between neighbouring names:
 * - acronyms and other names defined in brackets: "Popular Mobilization Forces
 *   (PMF/PMU/Hashed)", "Popular Mobilization Units — PMU", "ABC (Full Name)";
 * - a handle after its owner's name: "Donald J. Trump (@realDonaldTrump)";
 * - a person followed by an organisation in brackets is a membership, not a new name.
 */
export function relateNeighbours(ctx: DocContext, state: DocState): DocState {
  const { tokens } = ctx;
  const cover = coverage(ctx, state.candidates);
  const byUid = new Map(state.candidates.map((c) => [c.uid, c]));
  const add: Candidate[] = [];
  const links: Link[] = [];
  const memberships: Membership[] = [];
  const at = (i: number): Candidate | null => {
    const uid = cover[i];
    if (uid === undefined || uid === -1) return null;
    return byUid.get(uid) ?? add.find((c) => c.uid === uid) ?? null;
  };
  for (const x of state.candidates) {
    if (x.nested) continue;
    const open = tokens[x.last + 1];
    if (!open) continue;
    const bracket = open.text === "(";
    const dash = DASHES.has(open.text) && ctx.text.slice(tokens[x.last]?.end ?? 0, open.start).length > 0;
    if (!bracket && !dash) continue;
    const items: Candidate[] = [];
    let i = x.last + 2;
    for (let guard = 0; guard < 12 && i < tokens.length; guard++) {
      const t = tokens[i];
      if (!t || t.text === ")" || (dash && !(t.kind === "word" || t.kind === "handle"))) break;
      if (SEPARATORS.has(t.text.toLowerCase())) {
        i++;
        continue;
      }
      let c = at(i);
      // After a dash only a lone acronym counts: "Popular Mobilization Units — PMU".
      if (dash && (!t.upper || (c && (c.first !== i || c.last !== i)))) break;
      if (!c && t.kind === "word" && t.cap) {
        c = { ...blank(ctx, i), role: t.upper ? "acronym" : "alias" };
        add.push(c);
        cover[i] = c.uid;
      }
      if (!c) break;
      items.push(c);
      i = c.last + 1;
      if (dash) break;
    }
    const close = tokens[i];
    if (items.length === 0 || items.length > 4 || (bracket && close?.text !== ")")) continue;
    const xType = typeOf(ctx, x);
    for (const item of items) {
      const iType = typeOf(ctx, item);
      if (item.role === "handle") {
        links.push({ a: x.uid, b: item.uid });
        continue;
      }
      if (xType === "PERSON" && iType && iType !== "PERSON") {
        if (iType !== "COUNTRY" && iType !== "PLACE") memberships.push({ member: x.uid, whole: item.uid });
        continue;
      }
      if (iType === "COUNTRY" || iType === "PLACE" || iType === "FACILITY") continue;
      if (x.known && item.known && x.key !== item.key) continue;
      if (iType === "MEDIA" || xType === "MEDIA") continue; // "BAGHDAD (Reuters)"
      if (!(x.known && item.known) && !acronymFits(ctx, x, item)) continue;
      links.push({ a: x.uid, b: item.uid });
    }
  }
  return {
    candidates: sortCandidates([...state.candidates, ...add]),
    links: [...state.links, ...links],
    memberships: [...state.memberships, ...memberships],
  };
}

function blank(ctx: DocContext, i: number): Candidate {
  return {
    uid: newUid(ctx),
    first: i,
    last: i,
    key: null,
    coreFirst: i,
    coreLast: i,
    type: null,
    role: "acronym",
    known: false,
    country: null,
    geo: null,
    nested: false,
    headline: false,
    titled: false,
  };
}

/** When one side is written in capitals, its first letter starts the other's first word. */
function acronymFits(ctx: DocContext, a: Candidate, b: Candidate): boolean {
  const text = (c: Candidate) => ctx.tokens.slice(c.first, c.last + 1).filter((t) => t.kind === "word");
  const caps = (c: Candidate) => text(c).every((t) => t.upper);
  const initial = (c: Candidate) => (text(c).find((t) => !["the", "al", "el"].includes(t.fold))?.fold ?? "").slice(0, 1);
  if (caps(a) === caps(b)) return true;
  return initial(a) === initial(b);
}
