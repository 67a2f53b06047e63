/**
 * Blocking keys: a mention is only compared with merged events that share a key with
 * it — same type family and the same passage of a document, or the same family and a stated day
 * near its own, or the same family, month and participant (or place), or the same family
 * and participant for a situation stated over years, or the same family and telling
 * count of a series ("11 attacks"), or — for a reference back or a report naming no one —
 * the same family, month and death toll ("the mine attack killed six"). The work per
 * mention is bounded by the size of those buckets, not by the corpus.
 */
import type { Affinity } from "./affinity.js";
import type { Cluster } from "./cluster.js";
import { dayNumber, isLongRunning, monthKey, monthsOf } from "./dates.js";
import { comparableToll, headWord, protestReference, typeFamily, type MentionProfile } from "./profile.js";

export interface BlockingOptions {
  /** Months before publication an undated mention may refer back to. */
  lookbackMonths: number;
  /** Days either side of a stated day to look for other stated days. */
  nearDays: number;
  /** At most this many merged events are taken from one bucket (the most recent). */
  maxBucket: number;
  /** Width in characters of the passages a document is bucketed into. */
  passage: number;
  /** Smallest count of attacks in a series under which reports of it meet ("11 attacks"). */
  tellingCount: number;
}

/** "11 attacks", "11 rocket attacks": reports of a series told with the same telling count meet under it. */
function countKey(m: MentionProfile, options: BlockingOptions): string | null {
  const n = m.series ? m.mention.count : null;
  return n !== null && n >= options.tellingCount ? `${m.family}|count:${n}` : null;
}

function windowMonths(m: MentionProfile, options: BlockingOptions): string[] {
  if (m.range) {
    const months = monthsOf(m.range);
    if (m.range[0] === m.range[1]) {
      for (const d of [m.range[0] - options.nearDays, m.range[0] + options.nearDays]) {
        const k = monthKey(d);
        if (!months.includes(k)) months.push(k);
      }
    }
    return months;
  }
  if (m.published === null) return [];
  const [y, mo] = monthKey(m.published).split("-").map(Number) as [number, number];
  const out: string[] = [];
  for (let i = options.lookbackMonths; i >= 0; i--) out.push(monthKey(dayNumber(y, mo - 1 - i, 1)));
  return out;
}

function participants(m: MentionProfile, affinity: Affinity): string[] {
  const out = new Set<string>();
  for (const k of [...m.actors, ...m.targets, ...(m.location ? [m.location] : [])]) {
    for (const w of affinity.widen(k)) out.add(w);
    const state = affinity.stateOf(k);
    if (state) out.add(state);
  }
  return [...out];
}

/** Tolls below this are too common to bring reports together on their own. */
const TELLING_TOLL = 2;

/** "the mine attack killed six of ours" meets an event another source told with six dead, by month. */
function tollKeys(m: MentionProfile, months: readonly string[]): string[] {
  const n = comparableToll(m);
  return n !== null && n >= TELLING_TOLL ? months.map((mo) => `${m.family}|toll:${n}|${mo}`) : [];
}

const passageKey = (m: MentionProfile, bucket: number): string => `${m.family}|at:${m.doc}:${bucket}`;

/** "the offensive" meets events another source told with the word "offensive", by month. */
const wordKey = (m: MentionProfile, month: string): string => `${m.family}|word:${headWord(m)}|${month}`;

/** Keys under which a merged event holding `m` is filed. */
export function indexKeys(m: MentionProfile, affinity: Affinity, options: BlockingOptions): string[] {
  const keys = [`${m.family}|doc:${m.doc}`, passageKey(m, Math.floor(m.mention.start / options.passage))];
  if (m.range && m.range[0] === m.range[1]) keys.push(`${m.family}|day:${m.range[0]}`);
  const count = countKey(m, options);
  if (count) keys.push(count);
  const months = m.range ? monthsOf(m.range) : windowMonths(m, options);
  const long = m.range !== null && isLongRunning(m.range);
  // an event told in words of its own is filed under its word, for a reference back from another source
  if (!m.mention.anaphoric) {
    const told = m.range ? months : m.published !== null ? [monthKey(m.published)] : [];
    if (!long) for (const mo of told) keys.push(wordKey(m, mo));
  }
  if (!long) keys.push(...tollKeys(m, months));
  for (const p of participants(m, affinity)) {
    for (const mo of months) keys.push(`${m.family}|${mo}|${p}`);
    if (long) keys.push(`${m.family}|long|${p}`);
  }
  return keys;
}

/**
 * Keys under which to look for merged events `m` may join. Within its own document a
 * mention looks at neighbouring passages; only a retrospective or bare mention, which
 * may point back anywhere, looks at the whole document.
 */
export function lookupKeys(m: MentionProfile, affinity: Affinity, options: BlockingOptions): string[] {
  const b = Math.floor(m.mention.start / options.passage);
  const keys =
    m.mention.anaphoric || m.bare
      ? [`${m.family}|doc:${m.doc}`]
      : [passageKey(m, b - 1), passageKey(m, b), passageKey(m, b + 1)];
  // "the protest" may point back to a storming the document told (kind.ts)
  if (protestReference(m)) keys.push(`${typeFamily("PROTEST", "storming")}|doc:${m.doc}`);
  // Reports of one day meet under that day (a mention that names no participant can
  // only be placed by it; one that does may name it differently: "U.S. military" / "U.S.").
  // A report dated to a few days ("last week", a headline's news) looks at each of them.
  if (m.range && m.range[1] - m.range[0] < options.nearDays * 2) {
    for (let d = m.range[0] - 1; d <= m.range[1] + 1; d++) keys.push(`${m.family}|day:${d}`);
  }
  const count = countKey(m, options);
  if (count) keys.push(count);
  const months = windowMonths(m, options);
  if (m.mention.anaphoric && m.bare) for (const mo of months) keys.push(wordKey(m, mo));
  // a reference back, or a report naming no one, that tells a toll meets events told with it
  if (m.mention.anaphoric || m.bare) keys.push(...tollKeys(m, months));
  for (const p of participants(m, affinity)) {
    for (const mo of months) keys.push(`${m.family}|${mo}|${p}`);
    // a long-running situation (sanctions "for years") may be what any report of its kind is about
    keys.push(`${m.family}|long|${p}`);
  }
  return keys;
}

export class BlockIndex {
  private readonly buckets = new Map<string, Cluster[]>();
  private readonly filed = new Map<number, Set<string>>();
  constructor(private readonly options: BlockingOptions) {}

  add(keys: readonly string[], cluster: Cluster): void {
    let filed = this.filed.get(cluster.id);
    if (!filed) this.filed.set(cluster.id, (filed = new Set()));
    for (const k of keys) {
      if (filed.has(k)) continue;
      filed.add(k);
      let b = this.buckets.get(k);
      if (!b) this.buckets.set(k, (b = []));
      b.push(cluster);
    }
  }

  candidates(keys: readonly string[]): Cluster[] {
    const out: Cluster[] = [];
    const seen = new Set<number>();
    for (const k of keys) {
      const b = this.buckets.get(k);
      if (!b) continue;
      for (let i = Math.max(0, b.length - this.options.maxBucket); i < b.length; i++) {
        const c = b[i]!;
        if (seen.has(c.id)) continue;
        seen.add(c.id);
        out.push(c);
      }
    }
    return out.sort((a, b) => a.id - b.id);
  }
}
