/** Outlets with their documents and, where the export has it, the labels each uses for each actor. */
import type { DocumentListItem, OutletView } from "../api-types.js";
import type { Indexed } from "../data/indexed.js";
import { docRef, entityRef } from "./refs.js";

export function outletViews(data: Indexed): OutletView[] {
  const byOutlet = new Map<string | null, OutletView>();
  for (const d of data.x.documents) {
    if (d.kind === "comment") continue;
    let o = byOutlet.get(d.outlet);
    if (!o) {
      o = { outlet: d.outlet, documents: [], comments: 0, framing: [] };
      byOutlet.set(d.outlet, o);
    }
    const commentCount = data.commentsOf.get(d.id)?.length ?? 0;
    const item: DocumentListItem = { ...docRef(d), status: d.text.trim() === "" ? "empty" : "ok", commentCount };
    o.documents.push(item);
    o.comments += commentCount;
  }
  for (const f of data.x.outletFraming ?? []) {
    const o = byOutlet.get(f.outlet);
    if (!o) continue;
    o.framing.push({
      entity: entityRef(data, f.entity),
      labels: f.labels,
      blames: (f.blames ?? []).map((id) => entityRef(data, id)),
    });
  }
  return [...byOutlet.values()].sort((a, b) => (a.outlet ?? "\uffff").localeCompare(b.outlet ?? "\uffff"));
}
