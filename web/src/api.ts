/** Reading the JSON API. Data arrives as JSON through fetch; nothing is ever evaluated. */
import type {
  DocumentDetail,
  EntityDetail,
  EntityListItem,
  EventDetail,
  EventSummary,
  GraphEdge,
  GraphNode,
  OutletView,
  SearchResult,
  Stats,
  DisputeView,
  RelationView,
} from "../../src/server/api-types.js";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function get<T>(path: string, params?: URLSearchParams | Record<string, string>): Promise<T> {
  const qs = params ? new URLSearchParams(params).toString() : "";
  const res = await fetch(qs ? `${path}?${qs}` : path, { headers: { Accept: "application/json" }, credentials: "same-origin" });
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(res.status, err?.code ?? "error", err?.message ?? `request failed (${res.status})`);
  }
  return body as T;
}

/** The event-list filters the API understands, taken from the view's URL parameters. */
export function eventQuery(params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const k of ["from", "to", "type", "actor", "place", "q", "disputed"]) {
    const v = params.get(k);
    if (v) out.set(k, v);
  }
  return out;
}

export const api = {
  stats: () => get<Stats>("/api/stats"),
  events: (params: URLSearchParams) => get<{ total: number; events: EventSummary[] }>("/api/events", params),
  event: (id: string) => get<EventDetail>(`/api/events/${encodeURIComponent(id)}`),
  document: (id: string) => get<DocumentDetail>(`/api/documents/${encodeURIComponent(id)}`),
  entities: (params?: Record<string, string>) => get<{ total: number; entities: EntityListItem[] }>("/api/entities", params),
  entity: (id: string) => get<EntityDetail>(`/api/entities/${encodeURIComponent(id)}`),
  graph: (params: URLSearchParams) => get<{ nodes: GraphNode[]; edges: GraphEdge[] }>("/api/graph", params),
  sources: () => get<{ outlets: OutletView[] }>("/api/sources"),
  search: (q: string) => get<SearchResult>("/api/search", { q }),
  disputes: () => get<{ disputes: (DisputeView & { eventSummary: EventSummary | null })[] }>("/api/disputes"),
  relations: () => get<{ relations: RelationView[] }>("/api/relations"),
};
