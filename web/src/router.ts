/**
 * The view and its filters live in the URL hash ("#/timeline?from=2020-01-01&type=ASSAULT",
 * "#/event/v12"), so any view can be bookmarked and shared.
 */
export interface Route {
  view: string;
  id: string | null;
  params: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, "");
  const q = raw.indexOf("?");
  const path = q < 0 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q < 0 ? "" : raw.slice(q + 1));
  const [view, ...rest] = path.split("/").map((p) => safeDecode(p));
  return { view: view || "timeline", id: rest.length ? rest.join("/") : null, params };
}

export function href(view: string, id?: string | null, params?: Record<string, string | null | undefined> | URLSearchParams): string {
  let out = `#/${view}`;
  if (id) out += `/${encodeURIComponent(id)}`;
  const p = params instanceof URLSearchParams ? params : new URLSearchParams();
  if (params && !(params instanceof URLSearchParams)) {
    for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") p.set(k, v);
  }
  const qs = p.toString();
  return qs ? `${out}?${qs}` : out;
}

/** Changes some parameters of the current view (null removes one). */
export function updateParams(route: Route, changes: Record<string, string | null>, replace = false): void {
  const p = new URLSearchParams(route.params);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === "") p.delete(k);
    else p.set(k, v);
  }
  const next = href(route.view, route.id, p);
  if (replace) history.replaceState(null, "", next);
  else location.hash = next;
  if (replace) window.dispatchEvent(new HashChangeEvent("hashchange"));
}

export function go(url: string): void {
  location.hash = url;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
