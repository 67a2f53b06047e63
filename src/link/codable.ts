/**
 * Which merged events the report lists. An event is listed when at least one report of
 * it says something of its own: who took part or where (any participant or place), or
 * when (its own stated date), or what it did (a toll, a count, a weapon). "Prompting tear
 * gas", "no evidence was ever produced to support those allegations" or "these attacks",
 * told with nothing more, cannot be placed in a timeline, a map or an actor network (ACLED
 * and the PLOVER coders need a participant or a date too); such a report stays in its
 * document's analysis and only joins the list through a report that says more. An event
 * a source gives as the cause of or reason for another ("in reprisal for the rocket
 * attack on Friday") is listed however little is said of it: it is a link of the chain.
 * What no source reports as having happened — a fight, attack, protest or crackdown only
 * planned, threatened, imagined or denied ("we will fight them", "grounds to start a
 * war") — is no event either; the threat itself is one (a THREATEN report is asserted). A
 * statement of intent ("will support", "would boycott") is itself the event for the
 * verbal types, as PLOVER codes it, so those stay, and so does an announced measure
 * ("will resign", "will withdraw inspectors"); one told as not made ("did not
 * apologize") and one only demanded or threatened ("a law calling for the withdrawal",
 * "threatened to resign": the demand or threat is the event) do not. A statement is someone's, to someone: a
 * demand, threat, accusation, approval or agreement for which no report names a single
 * participant ("only more threats", "was welcomed by the diplomats") is not listed
 * unless it is an end of a stated causal link.
 */
import type { Cluster } from "./cluster.js";

/** `related(doc, index)`: the document's event mention `index` is an end of a stated causal link. */
export type EventFilter = (cluster: Cluster, related: (doc: string, index: number) => boolean) => boolean;

type Member = Cluster["members"][number];

const UNREAL = new Set(["future", "hypothetical", "denied"]);
const MATERIAL = new Set(["ASSAULT", "FIGHT", "COERCE", "PROTEST"]);
const SAID = new Set(["SUPPORT", "DEMAND", "THREATEN", "DISAPPROVE", "ACCUSE", "REJECT", "AGREE"]);
const irrealis = (m: Member): boolean =>
  m.mention.modality === "denied" ||
  m.mention.wanted === true ||
  (MATERIAL.has(m.type) && UNREAL.has(m.mention.modality));
const unowned = (m: Member): boolean => SAID.has(m.type) && m.actors.length === 0 && m.targets.length === 0;

/** The report says something of its own beyond the event's kind. */
function informative(m: Member): boolean {
  if (!m.bare) return true;
  const e = m.mention;
  if (e.fatalities !== null || e.injuries !== null || e.count !== null || e.weapon !== null) return true;
  return e.dateSource === "text" && !e.anaphoric;
}

export const codableEvent: EventFilter = (c, related) => {
  const linked = c.members.some((m) => related(m.doc, m.mention.index));
  if (!linked && c.members.every(unowned)) return false;
  return c.members.some((m) => !irrealis(m)) && (linked || c.members.some(informative));
};
