/** Attributed statements with export ids for their speaker and the merged event they carry. */
import type { XClaim } from "../model/interchange.js";
import { mentionKey } from "./build-events.js";
import type { EntityTable } from "./entity-table.js";
import type { LinkDocument } from "./types.js";

export function linkClaims(docs: readonly LinkDocument[], eventOf: ReadonlyMap<string, string>, table: EntityTable): XClaim[] {
  const out: XClaim[] = [];
  for (const doc of docs) {
    for (const c of doc.analysis.claims) {
      const x: XClaim = {
        doc: doc.id,
        start: c.start,
        end: c.end,
        text: c.text,
        speaker: table.idOf(c.speaker),
        cue: c.cue,
        hedged: c.hedged,
        event: c.event === null ? null : (eventOf.get(mentionKey(doc.id, c.event)) ?? null),
        speakerText: c.speakerText,
      };
      if (c.date) x.date = c.date;
      out.push(x);
    }
  }
  return out;
}
