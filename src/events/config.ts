/**
 * The event stage as one ordered list of steps (STYLE.md): each reads the document
 * context and returns a new state. Extractors first, then refiners.
 */
import { accuseFromClaims } from "./accusations.js";
import { assignArguments } from "./arguments.js";
import { markAnaphoric } from "./anaphoric.js";
import { assignAttributions } from "./attribution.js";
import { findClaims } from "./claims.js";
import type { DocContext } from "./context.js";
import { assignDates } from "./dates.js";
import { groupHits } from "./group.js";
import { findImplicitObjects } from "./implicit-objects.js";
import { findIdentities } from "./identities.js";
import { readFirstOfKind } from "./first-of-kind.js";
import { findRelativeObjects } from "./relative-objects.js";
import { assignModality } from "./modality.js";
import { inheritNarrativeTime } from "./narrative-time.js";
import { dropNonAgentActs } from "./non-agents.js";
import { assignNumbers, tollFollowUps } from "./numbers.js";
import { assignLocations } from "./place.js";
import { shareSentencePlace } from "./shared-place.js";
import { placeActsOnParts } from "./facility-parts.js";
import { assignCrowds } from "./crowd.js";
import { placeCountryModifiers } from "./country-modifiers.js";
import { findRelations } from "./relations.js";
import { dateByOffset } from "./offset-dates.js";
import { readSieges } from "./sieges.js";
import { segmentSentences } from "./segments.js";
import type { EventState } from "./state.js";
import { announceThreats } from "./threats.js";
import { findTriggers } from "./triggers.js";
import { assignWeapons } from "./weapons.js";

export interface EventStep {
  name: string;
  run: (ctx: DocContext, state: EventState) => EventState;
}

export interface EventConfiguration {
  steps: EventStep[];
}

export function defaultConfiguration(): EventConfiguration {
  return {
    steps: [
      { name: "segments", run: segmentSentences },
      { name: "triggers", run: findTriggers },
      { name: "group", run: groupHits },
      { name: "non-agents", run: dropNonAgentActs },
      { name: "claims", run: findClaims },
      { name: "arguments", run: assignArguments },
      { name: "locations", run: assignLocations },
      { name: "country-modifiers", run: placeCountryModifiers },
      { name: "dates", run: assignDates },
      { name: "offset-dates", run: dateByOffset },
      { name: "numbers", run: assignNumbers },
      { name: "crowds", run: assignCrowds },
      { name: "attribution", run: assignAttributions },
      { name: "anaphoric", run: markAnaphoric },
      { name: "shared-place", run: shareSentencePlace },
      { name: "sieges", run: readSieges },
      { name: "facility-parts", run: placeActsOnParts },
      { name: "toll-follow-ups", run: tollFollowUps },
      { name: "weapons", run: assignWeapons },
      { name: "modality", run: assignModality },
      { name: "threats", run: announceThreats },
      { name: "narrative-time", run: inheritNarrativeTime },
      { name: "accusations", run: accuseFromClaims },
      { name: "relative-objects", run: findRelativeObjects },
      { name: "implicit-objects", run: findImplicitObjects },
      { name: "relations", run: findRelations },
      { name: "identities", run: findIdentities },
      { name: "first-of-kind", run: readFirstOfKind },
    ],
  };
}
