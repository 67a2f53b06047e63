/**
 * A merge rule compares one event mention with a merged event under construction and
 * returns a verdict: null vetoes the merge; otherwise a score to add, and whether the
 * rule found a shared participant or place (an "anchor").
 */
import type { Affinity } from "../affinity.js";
import type { Cluster } from "../cluster.js";
import type { EntityTable } from "../entity-table.js";
import type { MentionProfile } from "../profile.js";

export interface Verdict {
  score: number;
  anchor?: boolean;
  /** Set by the date rule: the stated dates agree (exactly, within a day, or by containment). */
  dateAgrees?: boolean;
}

export interface RuleContext {
  affinity: Affinity;
  table: EntityTable;
  /** "doc#index" → indexes in the same document it must not merge with. */
  apart: ReadonlyMap<string, ReadonlySet<number>>;
  /** "doc#index" of a mention its text states as a cause → the indexes of what it caused there. */
  effects: ReadonlyMap<string, readonly number[]>;
  /** The merged event a mention has joined so far, if any. */
  placed(doc: string, index: number): Cluster | undefined;
}

export interface MergeRule {
  name: string;
  judge(mention: MentionProfile, cluster: Cluster, context: RuleContext): Verdict | null;
}
