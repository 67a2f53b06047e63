/**
 * The same place (or a place inside the other's country) anchors a merge; different
 * places count against it, and towns in different countries rule it out. A whole country
 * is too coarse to anchor on its own. A
 * facility is a place whichever role a report gives it: "the siege at the embassy" (where)
 * and "the storming of the embassy" (what was stormed) name the same site.
 */
import type { EntityTable } from "../entity-table.js";
import type { MergeRule } from "./rule.js";

const facilities = (keys: Iterable<string>, table: EntityTable): string[] => [...keys].filter((k) => table.typeOf(k) === "FACILITY");

/** `place` is a town or site whose country is known, and every one of `others` is one in another country. */
function abroad(place: string, others: ReadonlySet<string>, table: EntityTable): boolean {
  const local = (k: string): string | null => (table.typeOf(k) === "COUNTRY" ? null : table.countryOf(k));
  const here = local(place);
  if (here === null) return false;
  for (const o of others) {
    const there = local(o);
    if (there === null || there === here) return false;
  }
  return true;
}

export const placeRule: MergeRule = {
  name: "place",
  judge(m, c, { affinity, table }) {
    if (m.location && c.locations.size > 0) {
      if (affinity.overlaps([m.location], c.locations)) {
        const coarse = table.typeOf(m.location) === "COUNTRY";
        return { score: coarse ? 0 : 1, anchor: !coarse };
      }
      // two towns in different countries ("in Damascus", "outside Isfahan") are two acts
      if (abroad(m.location, c.locations, table)) return null;
      return { score: -1 };
    }
    // one report places the event at a facility the other names as its target
    const here = m.location ? facilities([m.location], table) : [];
    const there = facilities(c.targets, table);
    const mine = facilities(m.targets, table);
    if ((here.length > 0 && affinity.overlaps(here, there)) || (mine.length > 0 && affinity.overlaps(mine, c.locations))) {
      return { score: 1, anchor: true };
    }
    return { score: 0 };
  },
};
