/**
 * A named person is attacked, arrested or killed once: a report naming the same person as
 * target as a merged event is strong evidence that it tells that event, however old.
 */
import type { Cluster } from "../cluster.js";
import type { EntityTable } from "../entity-table.js";
import type { MentionProfile } from "../profile.js";

export function samePersonTarget(m: MentionProfile, c: Cluster, table: EntityTable): boolean {
  return m.targets.some((t) => c.targets.has(t) && table.typeOf(t) === "PERSON");
}
