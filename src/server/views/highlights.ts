/**
 * Marks inside an event mention's text: the trigger, the entities that play a role in
 * the event (actor, target, location), other entity mentions, the date expression and
 * the stated numbers. Offsets are relative to the mention text; the result is sorted and
 * never overlaps, so the UI can build the text from plain text nodes.
 */
import type { XEvent, XEventMention } from "../../model/interchange.js";
import type { Highlight, HighlightKind } from "../api-types.js";
import type { Indexed } from "../data/indexed.js";

const PRIORITY: Record<HighlightKind, number> = {
  trigger: 0,
  actor: 1,
  target: 1,
  location: 1,
  date: 2,
  number: 3,
  entity: 4,
};

export function mentionHighlights(data: Indexed, event: XEvent, m: XEventMention): Highlight[] {
  const found: Highlight[] = [];
  for (const em of data.mentionsIn.get(m.doc) ?? []) {
    if (em.start < m.start || em.end > m.end || em.end <= em.start) continue;
    const kind: HighlightKind = event.actors.includes(em.entity)
      ? "actor"
      : event.targets.includes(em.entity)
        ? "target"
        : event.location === em.entity
          ? "location"
          : "entity";
    found.push({ start: em.start - m.start, end: em.end - m.start, kind, entity: em.entity });
  }
  addPhrase(found, m.text, m.trigger ?? null, "trigger");
  addPhrase(found, m.text, m.dateText, "date");
  for (const n of [m.fatalities, m.injuries ?? null, m.count ?? null]) {
    if (n !== null) addNumber(found, m.text, n);
  }
  return nonOverlapping(found);
}

function addPhrase(out: Highlight[], text: string, phrase: string | null, kind: HighlightKind): void {
  if (!phrase) return;
  const i = text.indexOf(phrase);
  if (i >= 0) out.push({ start: i, end: i + phrase.length, kind, entity: null });
}

function addNumber(out: Highlight[], text: string, n: number): void {
  const re = new RegExp(`(?<![\\d.,])${n}(?![\\d])`);
  const m = re.exec(text);
  if (m) out.push({ start: m.index, end: m.index + m[0].length, kind: "number", entity: null });
}

function nonOverlapping(items: Highlight[]): Highlight[] {
  const ranked = [...items].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Highlight[] = [];
  for (const h of ranked) {
    if (kept.some((k) => h.start < k.end && k.start < h.end)) continue;
    kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}
