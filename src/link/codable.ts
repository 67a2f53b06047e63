/**
 * Which merged events the report lists. An event is codable when at least one of its
 * reports names a participant or a place: "prompting tear gas" or "no evidence was ever
 * produced to support those allegations", told with no one doing anything to anyone
 * anywhere, cannot be placed in a timeline, a map or an actor network (ACLED and the
 * PLOVER coders drop such events as well). Its report stays in the document's analysis;
 * it only joins the list through a report that names who or where. An event a source
 * gives as the cause of or reason for another ("in reprisal for the rocket attack on
 * Friday") is listed however little is said of it: it is a link of the chain. What no
 * source reports as having happened — only planned, threatened or imagined ("we will
 * fight them", "grounds to start a war") — is no event either; the threat itself is one
 * (a THREATEN report is asserted).
 */
import type { Cluster } from "./cluster.js";

/** `related(doc, index)`: the document's event mention `index` is an end of a stated causal link. */
export type EventFilter = (cluster: Cluster, related: (doc: string, index: number) => boolean) => boolean;

const irrealis = (m: Cluster["members"][number]): boolean => m.mention.modality === "future" || m.mention.modality === "hypothetical";

export const codableEvent: EventFilter = (c, related) =>
  c.members.some((m) => !irrealis(m)) && c.members.some((m) => !m.bare || related(m.doc, m.mention.index));
