/** Event summaries and the full event page: every mention, every source's values, disputes, claims, links. */
import type { Modality } from "../../model/analysis.js";
import type { XClaim, XDiscrepancy, XEvent, XRelation } from "../../model/interchange.js";
import type {
  ClaimView,
  DisputeView,
  EventDetail,
  EventSummary,
  MentionView,
  RelationView,
  SourceValues,
} from "../api-types.js";
import type { Indexed } from "../data/indexed.js";
import { mentionHighlights } from "./highlights.js";
import { docRefById, entityRef, entityRefOrNull, placeRef } from "./refs.js";

const HEADLINE_CHARS = 220;
const CONTEXT_CHARS = 280;

export function eventSummary(data: Indexed, e: XEvent): EventSummary {
  const first = e.mentions[0]?.text ?? "";
  return {
    id: e.id,
    type: e.type,
    mode: e.mode,
    date: e.date,
    datePrecision: e.datePrecision,
    actors: e.actors.map((id) => entityRef(data, id)),
    targets: e.targets.map((id) => entityRef(data, id)),
    location: e.location ? placeRef(data, e.location) : null,
    fatalities: e.fatalities,
    injuries: e.injuries ?? null,
    sources: e.numSources ?? new Set(e.sources).size,
    mentions: e.numMentions ?? e.mentions.length,
    disputed: e.disputed ?? (data.discrepanciesOf.get(e.id)?.length ?? 0) > 0,
    modalities: [...new Set(e.mentions.map((m) => m.modality))],
    headline: shorten(first.replace(/\s+/g, " ").trim(), HEADLINE_CHARS),
  };
}

export function eventSummaryById(data: Indexed, id: string): EventSummary | null {
  const e = data.events.get(id);
  return e ? eventSummary(data, e) : null;
}

export function eventDetail(data: Indexed, e: XEvent): EventDetail {
  return {
    ...eventSummary(data, e),
    cameo: e.cameo ?? null,
    mentionList: e.mentions.map((m): MentionView => {
      const text = data.documents.get(m.doc)?.text ?? "";
      return {
        doc: docRefById(data, m.doc),
        start: m.start,
        end: m.end,
        text: m.text,
        ...context(text, m.start, m.end),
        highlights: mentionHighlights(data, e, m),
        trigger: m.trigger ?? null,
        dateText: m.dateText,
        date: m.date ?? null,
        fatalities: m.fatalities,
        ownSide: m.ownSide === true,
        injuries: m.injuries ?? null,
        count: m.count ?? null,
        modality: m.modality,
        assertedBy: entityRefOrNull(data, m.assertedBy),
      };
    }),
    perSource: perSource(data, e),
    disputes: (data.discrepanciesOf.get(e.id) ?? []).map((d) => disputeView(data, d)),
    claims: (data.claimsOf.get(e.id) ?? []).map((c) => claimView(data, c)),
    relationsIn: (data.relationsTo.get(e.id) ?? []).map((r) => relationView(data, r)),
    relationsOut: (data.relationsFrom.get(e.id) ?? []).map((r) => relationView(data, r)),
  };
}

function perSource(data: Indexed, e: XEvent): SourceValues[] {
  const byDoc = new Map<string, SourceValues>();
  for (const m of e.mentions) {
    let v = byDoc.get(m.doc);
    if (!v) {
      v = { doc: docRefById(data, m.doc), dates: [], fatalities: [], injuries: [], counts: [], modalities: [], assertedBy: [] };
      byDoc.set(m.doc, v);
    }
    addUnique(v.dates, m.date ?? null);
    addUnique(v.fatalities, m.fatalities);
    addUnique(v.injuries, m.injuries ?? null);
    addUnique(v.counts, m.count ?? null);
    addUnique<Modality>(v.modalities, m.modality);
    if (m.assertedBy && !v.assertedBy.some((a) => a.id === m.assertedBy)) v.assertedBy.push(entityRef(data, m.assertedBy));
  }
  return [...byDoc.values()];
}

function addUnique<T>(list: T[], value: T | null): void {
  if (value !== null && !list.includes(value)) list.push(value);
}

export function disputeView(data: Indexed, d: XDiscrepancy): DisputeView {
  return {
    event: d.event,
    attribute: d.attribute,
    conservative: d.conservative ?? null,
    values: d.values.map((v) => ({
      doc: docRefById(data, v.doc),
      value: v.value,
      label: typeof v.value === "string" && data.entities.has(v.value) ? entityRef(data, v.value).name : String(v.value),
      start: v.start,
      end: v.end,
      text: v.text ?? data.documents.get(v.doc)?.text.slice(v.start, v.end) ?? "",
      speaker: entityRefOrNull(data, v.speaker),
    })),
  };
}

export function claimView(data: Indexed, c: XClaim): ClaimView {
  return {
    doc: docRefById(data, c.doc),
    start: c.start,
    end: c.end,
    text: c.text,
    speaker: entityRefOrNull(data, c.speaker),
    speakerText: c.speakerText ?? null,
    cue: c.cue,
    hedged: c.hedged,
    event: c.event,
  };
}

export function relationView(data: Indexed, r: XRelation): RelationView {
  return {
    type: r.type,
    from: eventSummaryById(data, r.from),
    to: eventSummaryById(data, r.to),
    evidence: r.evidence.map((ev) => ({
      doc: docRefById(data, ev.doc),
      start: ev.start,
      end: ev.end,
      text: ev.text,
      assertedBy: entityRefOrNull(data, ev.assertedBy),
      cue: ev.cue ?? null,
    })),
  };
}

/** The rest of the mention's paragraph on either side, capped. */
function context(text: string, start: number, end: number): { before: string; after: string } {
  const paraStart = text.lastIndexOf("\n", start - 1) + 1;
  const from = Math.max(paraStart, start - CONTEXT_CHARS);
  const nl = text.indexOf("\n", end);
  const paraEnd = nl < 0 ? text.length : nl;
  const to = Math.min(paraEnd, end + CONTEXT_CHARS);
  return {
    before: (from > paraStart ? "…" : "") + text.slice(from, start),
    after: text.slice(end, to) + (to < paraEnd ? "…" : ""),
  };
}

function shorten(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1).trimEnd() + "…";
}
