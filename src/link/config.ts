/**
 * The link stage's configuration: which entity mergers and event-merge rules run, in
 * order, and the windows they use. Built by a plain function so a caller can change a
 * list or a number without touching the stage.
 */
import type { BlockingOptions } from "./blocking.js";
import type { EntityMerger } from "./entity-table.js";
import type { MergeRule } from "./rules/rule.js";
import { mergeShortPersonNames } from "./short-names.js";
import { kindRule } from "./rules/kind.js";
import { dateRule } from "./rules/date.js";
import { rolesRule } from "./rules/roles.js";
import { placeRule } from "./rules/place.js";
import { detailsRule } from "./rules/details.js";
import { contextRule } from "./rules/context.js";
import { apartRule } from "./rules/apart.js";
import { focusRule } from "./rules/focus.js";
import { chainRule } from "./rules/chain.js";
import { loadModeFamilies, type ModeFamilies } from "./en/modes.js";
import { loadSites, type SiteReader } from "./en/sites.js";
import { codableEvent, type EventFilter } from "./codable.js";

export interface LinkConfig {
  entityMergers: EntityMerger[];
  mergeRules: MergeRule[];
  /** Smallest total rule score that merges a mention into an event. */
  minScore: number;
  blocking: BlockingOptions;
  /** Characters within which a bare reference back ("that barrage") means the act its document just told with that word. */
  sameWordReach: number;
  /** Families of means of attack, read from an event's mode and weapon. */
  modeFamilies: ModeFamilies;
  /** The site a report says its act struck. */
  sites: SiteReader;
  /** Which merged events are listed (see codable.ts). */
  listEvent: EventFilter;
  /** Days before publication a headline's undated news may have happened. */
  headlineDays: number;
}

export function defaultLinkConfig(): LinkConfig {
  const nearDays = 3;
  /** A series of this many attacks or more is identified by its count ("11 attacks"). */
  const tellingCount = 5;
  return {
    entityMergers: [mergeShortPersonNames],
    mergeRules: [
      kindRule,
      apartRule({ distinctReach: 1000 }),
      dateRule({ nearDays, containDays: 31, joinDayMaxDays: 92 }),
      rolesRule,
      placeRule,
      detailsRule({ tollRatio: 3, tollVetoRatio: 10, tellingToll: 10, closeTollRatio: 1.5, telling: tellingCount, referenceToll: 3 }),
      contextRule({ near: 300, passage: 1000 }),
      focusRule({ recentDays: 3, staleDays: 30 }),
      chainRule({ score: 2 }),
    ],
    minScore: 3,
    sameWordReach: 300,
    blocking: { lookbackMonths: 2, nearDays, maxBucket: 400, passage: 1000, tellingCount },
    modeFamilies: loadModeFamilies(),
    sites: loadSites(),
    listEvent: codableEvent,
    headlineDays: 2,
  };
}
