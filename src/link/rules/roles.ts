/**
 * Shared participants in the same role (with the affiliation hierarchy) anchor a merge.
 * Participants that only appear in crossed roles (A's attacker is B's target) veto it:
 * an attack and the reply to it share actors but are different events; so do the
 * target's side among the actors of a report aimed at a third party. Different
 * attackers in the same role count against a merge but do not veto it, since sources
 * disagree about perpetrators; an official and the state he acts for are one side, if not
 * one actor, and count neither way. The same named person as target counts twice as much.
 * A reference back in which a speaker of another side blames the act's own target is a
 * disputed perpetrator, not a crossed role: it is not vetoed.
 */
import type { Affinity } from "../affinity.js";
import type { EntityTable } from "../entity-table.js";
import type { MergeRule } from "./rule.js";
import { samePersonTarget } from "./same-person.js";

/** Where things happen: a place is no side, whoever's country it is in. */
const PLACES: ReadonlySet<string> = new Set(["PLACE", "FACILITY"]);

/**
 * A report names among its actors the other report's target side, beside others, and
 * aims at a third party the other does not name.
 */
function allied(actors: readonly string[], targets: readonly string[], otherTargets: Iterable<string>, affinity: Affinity, table: EntityTable): boolean {
  const agents = (keys: Iterable<string>) => [...keys].filter((k) => !PLACES.has(table.typeOf(k) ?? ""));
  const others = agents(otherTargets);
  const own = agents(actors);
  if (own.length < 2 || targets.length === 0 || others.length === 0 || affinity.overlaps(targets, others)) return false;
  return affinity.sameSide(own, others) && !own.every((a) => affinity.sameSide([a], others));
}

export const rolesRule: MergeRule = {
  name: "roles",
  judge(m, c, { affinity, table }) {
    const actorShared = affinity.overlaps(m.actors, c.actors);
    const targetShared = affinity.overlaps(m.targets, c.targets);
    // "Russia's defence ministry denied carrying out the attack and said the missile was fired
    // by Ukrainian forces": a reference back whose speaker blames the act's own target side
    // is a disputed perpetrator, not another act
    const blamesVictim = m.mention.anaphoric && m.speaker !== null && m.targets.length === 0 && !affinity.sameSide([m.speaker], m.actors) && affinity.overlaps(m.actors, c.targets);
    if (!actorShared && !targetShared && !blamesVictim) {
      if (affinity.overlaps(m.actors, c.targets) || affinity.overlaps(m.targets, c.actors)) return null;
    }
    // "the US and Iran fought ISIS" is not the US strike on Iran's general: the actor and
    // the target's side acting together against a third
    if (actorShared && allied(m.actors, m.targets, c.targets, affinity, table)) return null;
    let score = 0;
    if (actorShared) score += 2;
    // an official and the state he acts for ("Esper" / "the United States"): one side, if not one actor
    else if (m.actors.length > 0 && c.actors.size > 0) score += affinity.sameSide(m.actors, c.actors) ? 0 : -1;
    if (targetShared) score += 2;
    else if (m.targets.length > 0 && c.targets.size > 0) score -= 1;
    if (samePersonTarget(m, c, table)) score += 2;
    return { score, anchor: actorShared || targetShared };
  },
};
