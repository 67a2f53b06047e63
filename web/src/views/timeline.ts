/** Timeline: events by day with the intensity band, filters in the URL, and the events listed below. */
import { api, eventQuery } from "../api.js";
import { loading, message, typeChip } from "../components/bits.js";
import { eventTable } from "../components/event-table.js";
import { filterBar } from "../components/filters.js";
import { timelineChart } from "../components/timeline-chart.js";
import { clear, h } from "../dom.js";
import { dayOf, isoDay } from "../days.js";
import { go, href, updateParams } from "../router.js";
import type { View } from "./view.js";

export const timelineView: View = async ({ route, root, stats }) => {
  root.append(loading());
  const { events, total } = await api.events(eventQuery(route.params));
  clear(root);
  const present = Object.keys(stats?.eventTypes ?? {});
  root.append(filterBar(route, present));

  if ((stats?.events ?? total) === 0) {
    root.append(
      message(
        stats && stats.documents > 0
          ? `${stats.documents} documents are stored but no events have been extracted from them yet.`
          : "The store is empty. Add documents with `sitrep ingest` and reload.",
      ),
    );
    return;
  }

  // Only day-precise dates are plotted; months, seasons, years and intervals are listed.
  const plotted = events.filter((e) => (e.datePrecision === "day" || e.datePrecision === "time") && dayOf(e.date) !== null);
  const days = plotted.map((e) => dayOf(e.date)!);
  const from = dayOf(route.params.get("from"));
  const to = dayOf(route.params.get("to"));
  const first = from ?? (days.length ? Math.min(...days) - 1 : null);
  const last = to ?? (days.length ? Math.max(...days) + 1 : null);
  const unplotted = events.length - plotted.length;

  const chartBox = h("div", { class: "chart-box" });
  const toolbar = h(
    "div",
    { class: "chart-tools" },
    h("span", { class: "muted" }, `${total} event${total === 1 ? "" : "s"}`, first !== null && last !== null ? ` · ${isoDay(first)} to ${isoDay(last)}` : "", unplotted ? ` · ${unplotted} without a precise day (listed below, not plotted)` : ""),
    h("span", { class: "spacer" }),
    first !== null && last !== null
      ? h(
          "button",
          {
            type: "button",
            onclick: () => {
              const span = last - first + 1;
              updateParams(route, { from: isoDay(first - Math.ceil(span / 2)), to: isoDay(last + Math.ceil(span / 2)) });
            },
          },
          "Zoom out",
        )
      : null,
    route.params.get("from") || route.params.get("to") ? h("button", { type: "button", onclick: () => updateParams(route, { from: null, to: null }) }, "All dates") : null,
    h("span", { class: "muted small hint" }, "Drag across the chart to zoom to a range"),
  );
  root.append(h("section", { class: "panel chart-panel" }, toolbar, chartBox));

  const draw = () => {
    clear(chartBox);
    if (first === null || last === null) {
      chartBox.append(h("p", { class: "muted" }, "None of these events has a day-precise date to plot."));
      return;
    }
    chartBox.append(
      timelineChart({
        events: plotted,
        firstDay: first,
        lastDay: Math.max(first, last),
        width: Math.max(600, chartBox.clientWidth || 1100),
        onOpen: (id) => go(href("event", id)),
        onRange: (a, b) => updateParams(route, { from: a, to: b }),
      }),
    );
  };
  const seen = [...new Set(events.map((e) => e.type))];
  root.append(h("div", { class: "legend" }, seen.map((t) => typeChip(t)), h("span", { class: "legend-note muted small" }, "ringed dots: sources disagree · band: daily intensity, conflict up, cooperation down")));
  root.append(h("section", { class: "panel" }, eventTable(events, { empty: "No events match these filters." })));
  draw();
  const onResize = () => draw();
  window.addEventListener("resize", onResize);
  return () => window.removeEventListener("resize", onResize);
};
