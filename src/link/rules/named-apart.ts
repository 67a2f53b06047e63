/**
 * Whether a mention and a merged event name different participants in the same role
 * with nothing shared to bridge them (the attack on the troops, the storming of the
 * embassy). Discourse evidence (being told side by side, being the document's news)
 * only resolves what a report leaves open, never what it names.
 */
import type { Affinity } from "../affinity.js";
import type { Cluster } from "../cluster.js";
import type { MentionProfile } from "../profile.js";

export function namedApart(m: MentionProfile, c: Cluster, affinity: Affinity): boolean {
  const actorsDiffer = m.actors.length > 0 && c.actors.size > 0 && !affinity.overlaps(m.actors, c.actors);
  const targetsDiffer = m.targets.length > 0 && c.targets.size > 0 && !affinity.overlaps(m.targets, c.targets);
  if (!actorsDiffer && !targetsDiffer) return false;
  return (actorsDiffer && !affinity.overlaps(m.targets, c.targets)) || (targetsDiffer && !affinity.overlaps(m.actors, c.actors));
}
