/**
 * One event, many mentions: folds event mentions into merged events. Mentions are taken
 * articles before reader comments, and in order of how firmly they are placed in time (stated days first, then coarser dates,
 * then undated; bare mentions after those naming participants; retrospective mentions
 * after the ones they point back to), each compared
 * only with the merged events its blocking keys reach, and joined to the best one the
 * rules accept, or starting a new one. A bare reference back to the act its document
 * told just before with the same word ("That barrage"), and a report its document states
 * to be another telling of an act ("the blast was caused by a rocket attack"), go
 * wherever that act goes.
 */
import { BlockIndex, indexKeys, lookupKeys, type BlockingOptions } from "./blocking.js";
import { addToCluster, newCluster, type Cluster } from "./cluster.js";
import { headWord, type MentionProfile } from "./profile.js";
import type { MergeRule, RuleContext } from "./rules/rule.js";

export interface MergeOptions {
  rules: readonly MergeRule[];
  /** Smallest total score that merges. */
  minScore: number;
  blocking: BlockingOptions;
  /** Characters within which a bare reference back means the act told just before it with the same word. */
  sameWordReach: number;
}

interface Judgement {
  score: number;
  anchor: boolean;
  dateAgrees: boolean;
}

/**
 * Processing order: firmly dated before vaguely dated before undated; within a tier, a
 * mention that names its participants before a bare one, so that a bare report ("an
 * airstrike on Sunday") chooses among events already shaped by richer reports; a bare
 * report ("39 were killed") also waits for the references back of its tier that name a
 * place or a participant ("the missile strike on the Kramatorsk station"). A cause
 * told in passing ("in retaliation for American strikes") comes last of all, once the
 * events it led to are placed: it cannot be any of them, nor what they led to. One told
 * with its own day ("a strike on its consulate on April 1") is placed with the other
 * reports of a stated day, so that a later reference ("the April 1 strike") finds it.
 */
function tier(m: MentionProfile): number {
  const width = m.range ? m.range[1] - m.range[0] + 1 : Infinity;
  const t = width <= 1 ? 0 : width <= 92 ? 1 : width < Infinity ? 2 : 3;
  return (m.cause && t > 0 ? 16 : 0) + (m.mention.anaphoric || m.bare ? 8 : 0) + t * 2 + (m.bare ? 1 : 0);
}

function judge(m: MentionProfile, c: Cluster, rules: readonly MergeRule[], context: RuleContext): Judgement | null {
  const out: Judgement = { score: 0, anchor: false, dateAgrees: false };
  for (const rule of rules) {
    const v = rule.judge(m, c, context);
    if (v === null) return null;
    out.score += v.score;
    out.anchor ||= v.anchor ?? false;
    out.dateAgrees ||= v.dateAgrees ?? false;
  }
  return out;
}

function accepts(m: MentionProfile, c: Cluster, j: Judgement, minScore: number): boolean {
  if (j.score < minScore) return false;
  if (j.anchor) return true;
  const clusterBare = c.actors.size === 0 && c.targets.size === 0 && c.locations.size === 0;
  const loose = m.bare || m.mention.anaphoric || clusterBare;
  return loose && (j.dateAgrees || c.docs.has(m.doc));
}

function distance(m: MentionProfile, c: Cluster): number {
  const day = m.range ? m.range[0] : m.published;
  if (day === null) return 0;
  let best = Infinity;
  for (const r of c.ranges) best = Math.min(best, Math.abs(r[0] - day));
  return best === Infinity ? 0 : best;
}

/**
 * "... came six days after Iran's barrage. That barrage was itself ...": a bare reference
 * back whose word its document used, for an act of the same family, just before it (and
 * no other act of that family between) means that act, wherever it is placed. Returns
 * each such reference with the mention it points to.
 */
function sameWordAntecedents(profiles: readonly MentionProfile[], near: number): Map<MentionProfile, MentionProfile> {
  const out = new Map<MentionProfile, MentionProfile>();
  const byDoc = new Map<string, MentionProfile[]>();
  for (const m of profiles) {
    const list = byDoc.get(m.doc);
    if (list) list.push(m);
    else byDoc.set(m.doc, [m]);
  }
  for (const list of byDoc.values()) {
    const sorted = [...list].sort((a, b) => a.mention.start - b.mention.start);
    sorted.forEach((m, i) => {
      if (!m.mention.anaphoric || !m.bare) return;
      const word = headWord(m);
      for (let j = i - 1; j >= 0; j--) {
        const x = sorted[j] as MentionProfile;
        if (m.mention.start - x.mention.end > near) return;
        if (x.family !== m.family) continue;
        if (!x.mention.anaphoric && headWord(x) === word) out.set(m, x);
        return;
      }
    });
  }
  return out;
}

/** "The blast was caused by a rocket attack": each mention its document states to tell the same act as another, with that other. */
function statedIdentities(profiles: readonly MentionProfile[]): Map<MentionProfile, MentionProfile> {
  const byKey = new Map(profiles.map((m) => [`${m.doc}#${m.mention.index}`, m]));
  const out = new Map<MentionProfile, MentionProfile>();
  for (const m of profiles) {
    const other = m.mention.sameAs === undefined ? undefined : byKey.get(`${m.doc}#${m.mention.sameAs}`);
    if (other && other !== m) out.set(m, other);
  }
  return out;
}

export function mergeEventMentions(
  profiles: readonly MentionProfile[],
  shared: Omit<RuleContext, "placed">,
  options: MergeOptions,
): Cluster[] {
  const { affinity } = shared;
  const placement = new Map<string, Cluster>();
  const context: RuleContext = { ...shared, placed: (doc, index) => placement.get(`${doc}#${index}`) };
  // Articles seed the merged events before reader comments, which join them.
  const order = [...profiles].sort((a, b) => Number(a.comment) - Number(b.comment) || tier(a) - tier(b) || a.seq - b.seq);
  const index = new BlockIndex(options.blocking);
  const clusters: Cluster[] = [];
  const glued = new Map([...sameWordAntecedents(profiles, options.sameWordReach), ...statedIdentities(profiles)]);
  const referencesTo = new Map<MentionProfile, MentionProfile[]>();
  for (const [r, x] of glued) {
    const list = referencesTo.get(x);
    if (list) list.push(r);
    else referencesTo.set(x, [r]);
  }
  const placed = (m: MentionProfile): boolean => placement.has(`${m.doc}#${m.mention.index}`);
  // a mention goes to its event, and the mentions that tell the same act go with it
  const settle = (m: MentionProfile, target: Cluster): void => {
    placement.set(`${m.doc}#${m.mention.index}`, target);
    index.add(indexKeys(m, affinity, options.blocking), target);
    for (const r of referencesTo.get(m) ?? []) {
      if (placed(r)) continue;
      addToCluster(target, r);
      settle(r, target);
    }
  };
  const decide = (m: MentionProfile): void => {
    let best: { c: Cluster; j: Judgement } | null = null;
    let antecedent: { c: Cluster; gap: number } | null = null;
    const toldBefore = new Set<Cluster>();
    const toldElsewhere = new Set<Cluster>();
    const pointer = m.mention.anaphoric && m.bare;
    const word = pointer ? headWord(m) : null;
    for (const c of index.candidates(lookupKeys(m, affinity, options.blocking))) {
      const j = judge(m, c, options.rules, context);
      if (j && pointer) {
        const gap = gapBefore(m, c);
        if (gap < Infinity) toldBefore.add(c);
        if (gap <= options.blocking.passage && (!antecedent || gap < antecedent.gap)) antecedent = { c, gap };
        if (word !== null && !c.docs.has(m.doc) && c.words.has(word)) toldElsewhere.add(c);
      }
      if (!j || !accepts(m, c, j, options.minScore)) continue;
      if (!best || better(m, c, j, best.c, best.j)) best = { c, j };
    }
    // a retrospective mention with nothing of its own ("after these attacks") that no
    // event accepts outright points back to the nearest event of its kind told before it
    // ... or, further back, to the only event of its kind its document told before it
    // ("if the protest continued", paragraphs after the storming)
    // ... or, with none in its document, to the only event another source told with the
    // same word ("the sanctions", "the offensive") in the months before it
    // ... of those, the one told of the same site, when the reference names it ("the consulate strike")
    const site = m.site;
    const elsewhere = toldElsewhere.size > 1 && site !== null ? [...toldElsewhere].filter((c) => c.sites.has(site)) : [...toldElsewhere];
    const pointedTo = antecedent?.c ?? (toldBefore.size === 1 ? [...toldBefore][0] : toldBefore.size === 0 && elsewhere.length === 1 ? elsewhere[0] : undefined);
    if (!best && pointedTo) best = { c: pointedTo, j: { score: 0, anchor: false, dateAgrees: false } };
    let target: Cluster;
    if (best) {
      target = best.c;
      addToCluster(target, m);
    } else {
      target = newCluster(clusters.length, m);
      clusters.push(target);
    }
    settle(m, target);
  };
  for (const m of order) if (!glued.has(m)) decide(m);
  // (a mention whose counterpart was never placed, in a loop of references, is placed on its own)
  for (const m of order) if (!placed(m)) decide(m);
  return clusters;
}

function better(m: MentionProfile, c: Cluster, j: Judgement, bc: Cluster, bj: Judgement): boolean {
  if (j.score !== bj.score) return j.score > bj.score;
  const here = c.docs.has(m.doc) ? 1 : 0;
  const bhere = bc.docs.has(m.doc) ? 1 : 0;
  if (here !== bhere) return here > bhere;
  // Between equals, a reference back ("the strikes") means the event already told with its word.
  if (m.mention.anaphoric) {
    const word = headWord(m);
    const said = c.words.has(word);
    if (said !== bc.words.has(word)) return said;
  }
  // Between equals told in the same document, the one told nearer in the text.
  if (here === 1) {
    const g = gapInDoc(m, c);
    const bg = gapInDoc(m, bc);
    if (g !== bg) return g < bg;
  }
  // Between equals, the better corroborated event.
  if (c.docs.size !== bc.docs.size) return c.docs.size > bc.docs.size;
  if (c.members.length !== bc.members.length) return c.members.length > bc.members.length;
  const d = distance(m, c);
  const bd = distance(m, bc);
  if (d !== bd) return d < bd;
  return c.id < bc.id;
}

/** Characters from the nearest member of `c` told before `m` in the same document to `m`. */
function gapBefore(m: MentionProfile, c: Cluster): number {
  let best = Infinity;
  for (const x of c.members) if (x.doc === m.doc && x.mention.end <= m.mention.start) best = Math.min(best, m.mention.start - x.mention.end);
  return best;
}

/** Characters between `m` and the nearest member of `c` in the same document. */
function gapInDoc(m: MentionProfile, c: Cluster): number {
  let best = Infinity;
  for (const x of c.members) {
    if (x.doc !== m.doc) continue;
    const g = x.mention.end <= m.mention.start ? m.mention.start - x.mention.end : Math.max(0, x.mention.start - m.mention.end);
    best = Math.min(best, g);
  }
  return best;
}
