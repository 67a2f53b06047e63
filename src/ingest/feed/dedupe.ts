import { createHash } from "node:crypto";
import { diagnostic, type Diagnostic } from "../../model/diagnostic.js";
import type { FeedItem } from "./model.js";

export interface KeptItem {
  item: FeedItem;
  /** 1-based position in the feed. */
  position: number;
  diagnostics: Diagnostic[];
}

const hashOf = (item: FeedItem): string =>
  createHash("sha256").update(`${item.title ?? ""}\u0000${item.content ?? ""}\u0000${item.link ?? ""}`).digest("hex");

/**
 * Drops items that repeat an earlier item exactly (same GUID, or same content when
 * there is none); an item that reuses a GUID with different content is kept, flagged.
 */
export function dedupeItems(items: FeedItem[]): KeptItem[] {
  const kept: KeptItem[] = [];
  const byHash = new Map<string, KeptItem>();
  const guids = new Set<string>();
  items.forEach((item, index) => {
    const hash = hashOf(item);
    const earlier = byHash.get(hash);
    if (earlier && (item.guid === null || item.guid === earlier.item.guid)) {
      earlier.diagnostics.push(diagnostic({ code: "feed-duplicate-item", stage: "ingest", severity: "info", message: `Item ${index + 1} repeats this item and was skipped.` }));
      return;
    }
    const entry: KeptItem = { item, position: index + 1, diagnostics: [] };
    if (item.guid !== null && guids.has(item.guid)) {
      entry.diagnostics.push(diagnostic({ code: "feed-duplicate-guid", stage: "ingest", message: "Another item of the feed has the same GUID but different content." }));
    }
    if (item.guid !== null) guids.add(item.guid);
    byHash.set(hash, entry);
    kept.push(entry);
  });
  return kept;
}
