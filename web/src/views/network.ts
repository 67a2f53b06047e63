/**
 * Actor network: who acted on whom, edge width by number of events, edge colour by
 * whether the events were mostly conflictual or cooperative; organisations drawn as
 * boxes around their members (partOf). A node opens the actor; an edge lists its events.
 */
import cytoscape from "cytoscape";
import type { GraphEdge, GraphNode } from "../../../src/server/api-types.js";
import { api, eventQuery } from "../api.js";
import { loading, message, typeChip } from "../components/bits.js";
import { filterBar } from "../components/filters.js";
import { clear, h } from "../dom.js";
import { ploverStyle } from "../plover.js";
import { go, href, updateParams } from "../router.js";
import type { ViewContext } from "./view.js";

const MAX_NODES = 25;

const TYPE_COLORS: Record<string, string> = {
  PERSON: "#3a6ea5",
  ARMED_GROUP: "#a23b3b",
  MILITARY: "#6b4e2e",
  GOVERNMENT: "#2f6f5e",
  COUNTRY: "#4d5d73",
  ORGANIZATION: "#6a5a8c",
  MEDIA: "#7a7a7a",
  GROUP: "#8a6d3b",
  PLACE: "#5f7f3f",
  FACILITY: "#5f7f3f",
};

export async function networkView({ route, root, stats }: ViewContext): Promise<() => void> {
  root.append(loading());
  const full = await api.graph(eventQuery(route.params));
  const showAll = route.params.get("all") === "1";
  const graph = showAll ? full : busiest(full, MAX_NODES);
  clear(root);
  root.append(filterBar(route, Object.keys(stats?.eventTypes ?? {})));
  if (graph.edges.length === 0) {
    root.append(message("No events with both an actor and a target match these filters."));
    return () => {};
  }
  const box = h("div", { class: "graph-box" });
  const side = h("aside", { class: "map-side" }, h("p", { class: "muted" }, "Select a link to see its events, or an actor to open it. Boxes group members of an organisation."));
  root.append(
    h(
      "section",
      { class: "panel" },
      h(
        "div",
        { class: "chart-tools" },
        h("span", { class: "muted" }, `${graph.nodes.length} actors · ${graph.edges.length} links · line width = events · red conflict, blue cooperation`),
        h("span", { class: "spacer" }),
        full.nodes.length > graph.nodes.length || showAll
          ? h("button", { type: "button", onclick: () => updateParams(route, { all: showAll ? null : "1" }) }, showAll ? `Busiest ${MAX_NODES} actors` : `All ${full.nodes.length} actors`)
          : null,
      ),
      h("div", { class: "map-layout" }, box, side),
    ),
  );

  preventStylesheetInjection();
  const maxW = Math.max(1, ...graph.edges.map((e) => e.weight));
  const cy = cytoscape({
    container: box,
    elements: [
      ...graph.nodes.map((n) => ({
        data: { id: n.id, label: n.name, parent: n.parent ?? undefined, size: 18 + Math.sqrt(n.events) * 8, color: TYPE_COLORS[n.type ?? ""] ?? "#555" },
        classes: n.compound ? "org" : "",
      })),
      ...graph.edges.map((e, i) => ({
        data: { id: `edge${i}`, source: e.source, target: e.target, width: 1.5 + (e.weight / maxW) * 7, color: edgeColor(e), weight: e.weight },
      })),
    ],
    style: [
      {
        selector: "node",
        style: {
          label: "data(label)",
          width: "data(size)",
          height: "data(size)",
          "background-color": "data(color)",
          color: "#1d232b",
          "font-size": 12,
          "text-wrap": "wrap",
          "text-max-width": "120px",
          "text-valign": "bottom",
          "text-margin-y": 3,
          "text-background-color": "#ffffff",
          "text-background-opacity": 0.8,
          "text-background-padding": "1px",
        },
      },
      {
        selector: ":parent",
        style: {
          "background-color": "#eef1f5",
          "background-opacity": 0.9,
          "border-color": "#9aa7b6",
          "border-width": 1,
          shape: "round-rectangle",
          "text-valign": "top",
          "font-weight": "bold",
          padding: "14px",
        },
      },
      {
        selector: "edge",
        style: {
          width: "data(width)",
          "line-color": "data(color)",
          "target-arrow-color": "data(color)",
          "target-arrow-shape": "triangle",
          "curve-style": "bezier",
          opacity: 0.85,
        },
      },
      { selector: ":selected", style: { "border-width": 3, "border-color": "#f0b400", "line-color": "#f0b400", "target-arrow-color": "#f0b400" } },
    ],
    layout: {
      name: "cose",
      animate: false,
      randomize: false,
      nodeRepulsion: () => 250000,
      nodeDimensionsIncludeLabels: true,
      idealEdgeLength: () => 110,
      edgeElasticity: () => 100,
      nestingFactor: 0.8,
      gravity: 2,
      gravityCompound: 6,
      gravityRangeCompound: 1,
      numIter: 2500,
      nodeOverlap: 20,
      componentSpacing: 40,
      padding: 20,
    } as cytoscape.LayoutOptions,
    minZoom: 0.2,
    maxZoom: 3,
  });
  // Keep labels readable at the zoom the layout ends at.
  const legible = () => {
    const z = cy.zoom();
    cy.style().selector("node").style({ "font-size": Math.round(12 / Math.min(1, z)), "text-max-width": `${Math.round(120 / Math.min(1, z))}px` }).update();
  };
  legible();
  cy.on("zoom", legible);
  cy.on("tap", "node", (ev) => go(href("entity", ev.target.id() as string)));
  cy.on("tap", "edge", (ev) => {
    const e = graph.edges[Number(String(ev.target.id()).slice(4))];
    if (e) showEdge(side, e, graph.nodes.find((n) => n.id === e.source)?.name ?? e.source, graph.nodes.find((n) => n.id === e.target)?.name ?? e.target);
  });
  return () => cy.destroy();
}

/** The actors in most events (with the organisations they belong to) and the links between them. */
function busiest(g: { nodes: GraphNode[]; edges: GraphEdge[] }, max: number): { nodes: GraphNode[]; edges: GraphEdge[] } {
  if (g.nodes.length <= max) return g;
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  const keep = new Set(
    g.nodes
      .filter((n) => !n.compound || n.events > 0)
      .sort((a, b) => b.events - a.events)
      .slice(0, max)
      .map((n) => n.id),
  );
  for (const id of [...keep]) {
    let p = byId.get(id)?.parent ?? null;
    while (p && !keep.has(p)) {
      keep.add(p);
      p = byId.get(p)?.parent ?? null;
    }
  }
  return { nodes: g.nodes.filter((n) => keep.has(n.id)), edges: g.edges.filter((e) => keep.has(e.source) && keep.has(e.target)) };
}

function edgeColor(e: GraphEdge): string {
  let score = 0;
  for (const [type, n] of Object.entries(e.types)) score += ploverStyle(type).direction * (n ?? 0);
  return score > 0 ? "#b2182b" : score < 0 ? "#2166ac" : "#888888";
}

async function showEdge(side: HTMLElement, e: GraphEdge, from: string, to: string): Promise<void> {
  clear(side);
  side.append(h("h2", null, from, " → ", to), h("p", { class: "muted small" }, `${e.weight} event${e.weight === 1 ? "" : "s"}`));
  const list = h("ol", { class: "place-events" });
  side.append(list);
  for (const id of e.events.slice(0, 50)) {
    const ev = await api.event(id).catch(() => null);
    if (!ev) continue;
    list.append(h("li", null, h("a", { href: href("event", id), class: "event-link" }, typeChip(ev.type), " ", ev.date ?? "undated"), h("div", { class: "small" }, ev.headline)));
  }
}

/**
 * Cytoscape adds a one-rule <style> element unless an element with its id exists; the
 * page's CSP forbids inline styles, so give it the element and set the rule in styles.css.
 */
function preventStylesheetInjection(): void {
  const id = "__________cytoscape_stylesheet";
  if (!document.getElementById(id)) document.head.append(h("meta", { id, name: "cytoscape-style", content: "in styles.css" }));
}
