/**
 * The link stage: everything that crosses documents. Its steps, in order:
 * entities across documents → event mentions profiled → merged into events →
 * relations lifted to events → discrepancies per event → claims → framing per source.
 */
import type { XDiscrepancy, XMention } from "../model/interchange.js";
import { createAffinity } from "./affinity.js";
import { buildEvents, mentionKey } from "./build-events.js";
import { linkClaims } from "./claims.js";
import { defaultLinkConfig, type LinkConfig } from "./config.js";
import { findDiscrepancies } from "./discrepancies.js";
import { collectEntityGroups } from "./entity-groups.js";
import { buildEntityTable, type EntityTable } from "./entity-table.js";
import { describeFraming } from "./framing.js";
import { mergeEventMentions } from "./merge-events.js";
import { profileMentions, type MentionProfile } from "./profile.js";
import { splitByTopic } from "./topics.js";
import { linkRelations } from "./relations.js";
import type { LinkDocument, LinkResult } from "./types.js";

export type { LinkDocument, LinkResult } from "./types.js";
export { defaultLinkConfig, type LinkConfig } from "./config.js";

function exportMentions(docs: readonly LinkDocument[], table: EntityTable): XMention[] {
  const out: XMention[] = [];
  for (const doc of docs) {
    for (const m of doc.analysis.mentions) {
      const entity = table.idOf(m.key);
      if (entity) out.push({ doc: doc.id, start: m.start, end: m.end, text: m.text, entity });
    }
  }
  return out;
}

/**
 * Mentions linked by a stated relation, or by a chain of them ("the strike came days
 * after the siege, itself in retaliation for the airstrikes": the airstrikes are not the
 * strike either): never the same event.
 */
function causalPairs(docs: readonly LinkDocument[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const d of docs) {
    const causes = new Map<number, number[]>();
    const effects = new Map<number, number[]>();
    for (const r of d.analysis.relations) {
      if (r.from === r.to) continue;
      causes.set(r.from, [...(causes.get(r.from) ?? []), r.to]);
      effects.set(r.to, [...(effects.get(r.to) ?? []), r.from]);
    }
    for (const start of new Set([...causes.keys(), ...effects.keys()])) {
      const linked = new Set<number>();
      for (const edges of [causes, effects]) {
        const stack = [start];
        while (stack.length > 0) {
          for (const next of edges.get(stack.pop()!) ?? []) {
            if (next === start || linked.has(next)) continue;
            linked.add(next);
            stack.push(next);
          }
        }
      }
      out.set(`${d.id}#${start}`, linked);
    }
  }
  return out;
}

/** "doc#index" of a mention stated as a cause (not read from context) → the mentions it caused. */
function statedEffects(docs: readonly LinkDocument[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const d of docs) {
    for (const r of d.analysis.relations) {
      if (r.from === r.to || r.implied) continue;
      const key = `${d.id}#${r.to}`;
      out.set(key, [...(out.get(key) ?? []), r.from]);
    }
  }
  return out;
}

/** "doc#index" of every mention at an end of a causal link the text states: the causes and what they caused. */
function statedEnds(effects: ReadonlyMap<string, readonly number[]>): Set<string> {
  const out = new Set<string>();
  for (const [cause, caused] of effects) {
    out.add(cause);
    const doc = cause.slice(0, cause.lastIndexOf("#"));
    for (const i of caused) out.add(`${doc}#${i}`);
  }
  return out;
}

/** Event id → the accusations a document states to be about one of its mentions ("blamed Russia for the strike"). */
function accusationsAbout(docs: readonly LinkDocument[], profiles: readonly MentionProfile[], eventOf: ReadonlyMap<string, string>): Map<string, MentionProfile[]> {
  const byKey = new Map(profiles.map((p) => [mentionKey(p.doc, p.mention.index), p]));
  const out = new Map<string, MentionProfile[]>();
  for (const d of docs) {
    for (const r of d.analysis.relations) {
      const accusation = byKey.get(mentionKey(d.id, r.from));
      const event = eventOf.get(mentionKey(d.id, r.to));
      if (!accusation || accusation.type !== "ACCUSE" || !event) continue;
      const list = out.get(event);
      if (list) list.push(accusation);
      else out.set(event, [accusation]);
    }
  }
  return out;
}

export function link(docs: readonly LinkDocument[], config: LinkConfig = defaultLinkConfig()): LinkResult {
  const table = buildEntityTable(collectEntityGroups(docs), config.entityMergers);
  const affinity = createAffinity(table);
  const profiles = profileMentions(docs, table, config.modeFamilies, config.headlineDays, config.sites);
  const apart = causalPairs(docs);
  const effects = statedEffects(docs);
  const merged = mergeEventMentions(profiles, { affinity, table, apart, effects }, {
    rules: config.mergeRules,
    minScore: config.minScore,
    blocking: config.blocking,
    sameWordReach: config.sameWordReach,
  });
  const clusters = splitByTopic(merged, docs, affinity);
  const stated = statedEnds(effects);
  const related = (doc: string, index: number): boolean => stated.has(`${doc}#${index}`);
  const built = buildEvents(clusters.filter((c) => config.listEvent(c, related)), table);
  const accusations = accusationsAbout(docs, profiles, built.eventOf);
  const discrepancies: XDiscrepancy[] = [];
  built.clusters.forEach((c, i) => {
    const found = findDiscrepancies(c.id, c.members, table, affinity, accusations.get(c.id));
    if (found.length > 0) built.events[i]!.disputed = true;
    discrepancies.push(...found);
  });
  const { framing, outletFraming } = describeFraming(docs, table);
  return {
    entities: table.entities,
    mentions: exportMentions(docs, table),
    events: built.events,
    relations: linkRelations(docs, built.eventOf, table),
    discrepancies,
    claims: linkClaims(docs, built.eventOf, table),
    framing,
    outletFraming,
  };
}
