/**
 * An accusation, a condemnation or a threat is about one act. Reports merged into one
 * such event whose stated objects ("blamed Iran for the assault on the embassy", "Iran
 * killed an American contractor", Trump tweeted) ended up in different events are split
 * into one event per object; reports that name no object (or one only read from
 * context) stay with the largest part.
 * Runs after merging, when it is known which event each object belongs to. Then
 * reports of one kind about the same act by one side ("the U.S. military blamed Kataib
 * Hezbollah", "Trump blamed the PMU", both for the contractor's death) that merging had
 * left in different events become one.
 */
import type { PloverType } from "../model/analysis.js";
import type { Affinity } from "./affinity.js";
import { mentionKey } from "./build-events.js";
import { addToCluster, newCluster, type Cluster } from "./cluster.js";
import type { MentionProfile } from "./profile.js";
import type { LinkDocument } from "./types.js";

/** Events that are said about another event. */
const ABOUT_ANOTHER: ReadonlySet<PloverType> = new Set(["ACCUSE", "DISAPPROVE", "THREATEN", "DEMAND", "REJECT", "INVESTIGATE"]);

/** "doc#index" of a verbal mention → "doc#index" of the event it is about. */
function objects(docs: readonly LinkDocument[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of docs) {
    for (const r of d.analysis.relations) {
      const from = d.analysis.events[r.from];
      if (r.type !== "CAUSE" || r.implied || !from || !ABOUT_ANOTHER.has(from.type) || r.from === r.to) continue;
      out.set(mentionKey(d.id, r.from), mentionKey(d.id, r.to));
    }
  }
  return out;
}

export function splitByTopic(clusters: readonly Cluster[], docs: readonly LinkDocument[], affinity: Affinity): Cluster[] {
  const about = objects(docs);
  if (about.size === 0) return [...clusters];
  const clusterOf = new Map<string, number>();
  for (const c of clusters) for (const m of c.members) clusterOf.set(mentionKey(m.doc, m.mention.index), c.id);
  /** The merged event a report states it is about, or undefined. */
  const objectOf = (m: MentionProfile): number | undefined => {
    const object = about.get(mentionKey(m.doc, m.mention.index));
    return object === undefined ? undefined : clusterOf.get(object);
  };
  let nextId = Math.max(-1, ...clusters.map((c) => c.id)) + 1;
  const out: Cluster[] = [];
  for (const c of clusters) {
    if (!ABOUT_ANOTHER.has(c.members[0]!.type) || c.members.length < 2) {
      out.push(c);
      continue;
    }
    const parts = new Map<number, MentionProfile[]>();
    const loose: MentionProfile[] = [];
    for (const m of c.members) {
      const target = objectOf(m);
      if (target === undefined) loose.push(m);
      else {
        const part = parts.get(target);
        if (part) part.push(m);
        else parts.set(target, [m]);
      }
    }
    if (parts.size < 2) {
      out.push(c);
      continue;
    }
    const groups = [...parts.values()].sort((a, b) => b.length - a.length);
    groups[0]!.push(...loose);
    for (const group of groups) {
      const sorted = [...group].sort((a, b) => a.seq - b.seq);
      const part = newCluster(nextId++, sorted[0]!);
      for (const m of sorted.slice(1)) addToCluster(part, m);
      out.push(part);
    }
  }
  return joinByTopic(out, objectOf, affinity);
}

/** The one event every report of `c` that states its object is about, or null (none, or several). */
function topicOf(c: Cluster, objectOf: (m: MentionProfile) => number | undefined): number | null {
  let topic: number | null = null;
  for (const m of c.members) {
    const t = objectOf(m);
    if (t === undefined) continue;
    if (topic !== null && t !== topic) return null;
    topic = t;
  }
  return topic;
}

/** Folds each event of a kind said about another into the first one before it about the same act by the same side. */
function joinByTopic(clusters: Cluster[], objectOf: (m: MentionProfile) => number | undefined, affinity: Affinity): Cluster[] {
  const out: Cluster[] = [];
  const byTopic = new Map<string, Cluster[]>();
  for (const c of clusters) {
    const type = c.members[0]!.type;
    const topic = ABOUT_ANOTHER.has(type) ? topicOf(c, objectOf) : null;
    if (topic === null || c.actors.size === 0) {
      out.push(c);
      continue;
    }
    const key = `${type}#${topic}`;
    const same = byTopic.get(key) ?? [];
    const into = same.find((o) => affinity.sameSide(o.actors, c.actors));
    if (into) for (const m of c.members) addToCluster(into, m);
    else {
      same.push(c);
      byTopic.set(key, same);
      out.push(c);
    }
  }
  return out;
}
