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
import { resolveDescriptions } from "./steps/descriptions.js";
import { preferSpecific } from "./steps/specific.js";
import { findMemberships } from "./steps/affiliations.js";

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
      describeBackedGroups, // "Iranian-backed militias" (nested)
      describeSectGroups, // "Shia militias" (nested)
      findProperNames, // unseen capitalised names, titles, head words, handles
      relateNeighbours, // "X (ABC)", "Name (@handle)"
      resolveEntities, // groups → keys: known, near-known, GeoNames, "new:"
      capitalsAsGovernments, // "Tehran has made it clear"
      attachTitles, // "Defense Secretary Mark Esper"
      composePersonBodies, // "Trump administration"
      resolveOffices, // "the prime minister", "the Iraqi PM"
      preferSpecific, // "US embassy" → the U.S. Embassy in Baghdad the text also names
      resolveDescriptions, // "the embassy"
      findMemberships, // "X, the head of Y" → partOf
    ],
  };
}
