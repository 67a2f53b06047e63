/** The page shell: header with navigation and search, and the view the URL names. */
import "./styles.css";
import type { Stats } from "../../src/server/api-types.js";
import { api } from "./api.js";
import { message } from "./components/bits.js";
import { clear, h } from "./dom.js";
import { go, href, parseRoute, type Route } from "./router.js";
import type { View } from "./views/view.js";
import { timelineView } from "./views/timeline.js";
import { eventView } from "./views/event.js";
import { documentView } from "./views/document.js";
import { entityView } from "./views/entity.js";
import { sourcesView } from "./views/sources.js";
import { searchView } from "./views/search.js";
import { disputesView } from "./views/disputes.js";

const VIEWS: Record<string, View> = {
  timeline: timelineView,
  map: (ctx) => import("./views/map.js").then((m) => m.mapView(ctx)),
  network: (ctx) => import("./views/network.js").then((m) => m.networkView(ctx)),
  disputes: disputesView,
  sources: sourcesView,
  event: eventView,
  document: documentView,
  entity: entityView,
  search: searchView,
};

const NAV: [string, string][] = [
  ["timeline", "Timeline"],
  ["map", "Map"],
  ["network", "Actors"],
  ["disputes", "Disputes"],
  ["sources", "Sources"],
];

const app = document.getElementById("app")!;
const searchInput = h("input", { type: "search", name: "q", placeholder: "Search documents and events…", "aria-label": "Search", autocomplete: "off" });
const nav = h("nav", { class: "tabs" });
const statsLine = h("div", { class: "stats-line" });
const main = h("main", { id: "view" });
app.append(
  h(
    "header",
    { class: "top" },
    h("a", { class: "brand", href: href("timeline") }, "sitrep"),
    nav,
    h(
      "form",
      {
        class: "search",
        role: "search",
        onsubmit: (ev: Event) => {
          ev.preventDefault();
          const q = searchInput.value.trim();
          if (q) go(href("search", null, { q }));
        },
      },
      searchInput,
    ),
  ),
  statsLine,
  main,
);

let cleanup: (() => void) | void = undefined;
let generation = 0;
let stats: Stats | null = null;

async function refreshStats(): Promise<void> {
  try {
    stats = await api.stats();
    clear(statsLine);
    statsLine.append(
      `${stats.articles} articles · ${stats.comments} comments · ${stats.events} events · ${stats.entities} actors and places · ${stats.disputedEvents} disputed`,
      stats.firstDate ? ` · ${stats.firstDate} to ${stats.lastDate}` : "",
    );
  } catch {
    statsLine.textContent = "";
  }
}

async function render(): Promise<void> {
  const route: Route = parseRoute(location.hash);
  const mine = ++generation;
  if (typeof cleanup === "function") cleanup();
  cleanup = undefined;
  clear(nav);
  const section = ["event", "document", "entity", "search"].includes(route.view) ? null : route.view;
  for (const [view, label] of NAV) {
    nav.append(h("a", { href: href(view, null, keepFilters(route, view)), class: view === section ? "active" : "" }, label));
  }
  searchInput.value = route.view === "search" ? (route.params.get("q") ?? "") : "";
  const view = VIEWS[route.view];
  const container = h("div", { class: `view view-${route.view}` });
  clear(main);
  main.append(container);
  document.title = `sitrep · ${route.view}`;
  if (!view) {
    container.append(message(`There is no "${route.view}" view.`, "error"));
    return;
  }
  try {
    const done = await view({ route, root: container, stats });
    if (mine === generation) cleanup = done;
    else if (typeof done === "function") done();
  } catch (error) {
    if (mine !== generation) return;
    clear(container);
    container.append(message(error instanceof Error ? error.message : String(error), "error"));
  }
}

/** Date and type filters carry over between the timeline, map and network. */
function keepFilters(route: Route, target: string): Record<string, string> | undefined {
  if (!["timeline", "map", "network"].includes(route.view) || !["timeline", "map", "network"].includes(target)) return undefined;
  const out: Record<string, string> = {};
  for (const k of ["from", "to", "type", "actor", "place", "q", "disputed"]) {
    const v = route.params.get(k);
    if (v) out[k] = v;
  }
  return out;
}

window.addEventListener("hashchange", () => {
  void render();
});
void refreshStats().then(render);
