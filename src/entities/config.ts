import type { Step } from "./candidate.js";
import { matchKnown } from "./steps/known.js";
import { composeCountryPhrases } from "./steps/bodies.js";
import { describeBackedGroups } from "./steps/backing.js";
import { describeSectGroups } from "./steps/sects.js";
import { findProperNames } from "./steps/runs.js";
import { relateNeighbours } from "./steps/relate.js";
import { resolveEntities } from "./steps/resolve.js";
import { capitalsAsGovernments } from "./steps/capitals.js";
import { attachTitles } from "./steps/titles.js";
import { composePersonBodies } from "./steps/person-bodies.js";
import { resolveOffices } from "./steps/offices.js";
import { resolveOfficeAcronyms } from "./steps/office-acronyms.js";
import { resolveDescriptions } from "./steps/descriptions.js";
import { preferSpecific } from "./steps/specific.js";
import { findMemberships } from "./steps/affiliations.js";
import { takeMemberNouns } from "./steps/members.js";
import { nameBodiesByBracket } from "./steps/appositions.js";
import { resolveRoleHolders } from "./steps/holders.js";
import { resolveBareBodies } from "./steps/bare-bodies.js";

export interface EntityConfiguration {
  /** Run in order; each takes the document state and returns a new one. */
  steps: Step[];
}

/** The entities stage, step by step. */
export function entityConfiguration(): EntityConfiguration {
  return {
    steps: [
      matchKnown, // names from the knowledge files, longest first
      composeCountryPhrases, // "Iraqi government", "U.S. troops", "Syrian-Iraqi border"
      takeMemberNouns, // "Iraqi PMU guardsmen", "Hezbollah fighters"
      nameBodiesByBracket, // "Iraqi government paramilitaries (Popular Mobilization Units)"
      describeBackedGroups, // "Iranian-backed militias" (nested)
      describeSectGroups, // "Shia militias" (nested)
      findProperNames, // unseen capitalised names, titles, head words, handles
      relateNeighbours, // "X (ABC)", "Name (@handle)"
      resolveEntities, // groups → keys: known, near-known, GeoNames, "new:"
      capitalsAsGovernments, // "Tehran has made it clear"
      attachTitles, // "Defense Secretary Mark Esper"
      resolveOffices, // "the prime minister", "the Iraqi PM"
      resolveOfficeAcronyms, // "@POTUS"
      composePersonBodies, // "Trump administration", "the President’s re-election campaign"
      resolveRoleHolders, // "Pentagon chief", "PMF deputy leader"
      preferSpecific, // "US embassy" → the U.S. Embassy in Baghdad the text also names
      resolveDescriptions, // "the embassy", "the diplomatic compound"
      resolveBareBodies, // "the brass", "in parliament", "Air Force", "F-15E fighter planes"
      findMemberships, // "X, the head of Y" → partOf
    ],
  };
}
