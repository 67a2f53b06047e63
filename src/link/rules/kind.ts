/**
 * Same type family (ASSAULT ~ FIGHT); a series ("11 attacks") only joins a series; and
 * what is only threatened or imagined (future, hypothetical) never joins what happened.
 */
import type { Modality } from "../../model/analysis.js";
import type { MergeRule } from "./rule.js";

const irrealis = (m: Modality): boolean => m === "future" || m === "hypothetical";

export const kindRule: MergeRule = {
  name: "kind",
  judge(m, c) {
    if (m.family !== c.family) return null;
    if (m.series !== c.series) return null;
    if (irrealis(m.mention.modality) !== irrealis(c.members[0]!.mention.modality)) return null;
    return { score: 0 };
  },
};
