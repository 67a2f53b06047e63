/**
 * One event per real event per segment: trigger hits of one family inside a segment
 * ("the airstrikes, carried out by F-15E planes, hit three locations") become one
 * draft. Violent types (ASSAULT, FIGHT) form one family; every other type its own.
 * The most specific hit (highest rank, then a noun with a mode) is the head and names
 * the type and mode. Verbs of one family with different means are kept apart (byMeans).
 */
import type { PloverType } from "../model/analysis.js";
import type { DocContext } from "./context.js";
import { unread, type Draft, type EventState, type TriggerHit } from "./state.js";

const VIOLENT: ReadonlySet<PloverType> = new Set(["ASSAULT", "FIGHT"]);

function family(t: PloverType): string {
  return VIOLENT.has(t) ? "violence" : t;
}

function headOf(hits: TriggerHit[]): TriggerHit {
  return [...hits].sort(
    (a, b) => b.group.rank - a.group.rank || Number(b.group.mode !== null) - Number(a.group.mode !== null) || a.from - b.from,
  )[0] as TriggerHit;
}

/**
 * Verbs of one family with different means in one clause are different events
 * ("airlifted a battalion to Kuwait and put 4,000 troops on standby"): each verb with a
 * mode of its own heads a group; the other hits join the nearest group before them.
 */
function byMeans(hits: TriggerHit[]): TriggerHit[][] {
  const sorted = [...hits].sort((a, b) => a.from - b.from);
  const modes = new Set(sorted.filter((h) => h.pos === "verb" && h.group.mode !== null).map((h) => h.group.mode));
  if (modes.size < 2) return [hits];
  const groups: TriggerHit[][] = [];
  for (const h of sorted) {
    const current = groups[groups.length - 1];
    const opens = h.pos === "verb" && h.group.mode !== null && !(current ?? []).some((x) => x.group.mode === h.group.mode);
    if (!current || (opens && current.some((x) => x.pos === "verb" && x.group.mode !== null))) groups.push([h]);
    else current.push(h);
  }
  return groups;
}

export function groupHits(ctx: DocContext, state: EventState): EventState {
  const drafts: Draft[] = [];
  state.hits.forEach((hits, segIndex) => {
    const seg = state.segments[segIndex];
    if (!seg || hits.length === 0) return;
    const families = new Map<string, TriggerHit[]>();
    for (const h of hits) {
      const f = family(h.group.type);
      families.set(f, [...(families.get(f) ?? []), h]);
    }
    const first = ctx.tokens[seg.from];
    const last = ctx.tokens[seg.to - 1];
    for (const group of [...families.values()].flatMap(byMeans)) {
      const head = headOf(group);
      drafts.push({
        sentence: seg.sentence,
        segment: segIndex,
        head,
        hits: group,
        start: first?.start ?? head.start,
        end: last?.end ?? head.end,
        type: head.group.type,
        mode: head.group.mode ?? group.find((h) => h.group.mode !== null)?.group.mode ?? null,
        cameo: head.group.cameo,
        ...unread(),
      });
    }
  });
  drafts.sort((a, b) => a.head.start - b.head.start);
  return { ...state, drafts };
}
