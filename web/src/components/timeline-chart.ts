/**
 * The timeline chart, drawn as SVG: one column per day with a dot per event coloured by
 * PLOVER type (disputed events ringed), and under it the day's intensity band: the sum of
 * the type weights, conflictual upward, cooperative downward. Dragging across the chart
 * selects a date range.
 */
import type { EventSummary } from "../../../src/server/api-types.js";
import { s } from "../dom.js";
import { dayOf, dayOfMonth, isoDay, monthIndex, monthYear, shortDay } from "../days.js";
import { ploverStyle } from "../plover.js";

export interface ChartOptions {
  events: EventSummary[];
  firstDay: number;
  lastDay: number;
  width: number;
  onOpen: (id: string) => void;
  onRange: (from: string, to: string) => void;
}

const PAD_LEFT = 70;
const PAD_RIGHT = 16;
const DOT_ROW = 13;
const BAND_HALF = 42;
const AXIS = 34;

export function timelineChart(o: ChartOptions): SVGSVGElement {
  const days = o.lastDay - o.firstDay + 1;
  const plotW = Math.max(100, o.width - PAD_LEFT - PAD_RIGHT);
  const dayW = plotW / days;
  const x = (day: number) => PAD_LEFT + (day - o.firstDay + 0.5) * dayW;

  const perDay = new Map<number, EventSummary[]>();
  for (const e of o.events) {
    const d = dayOf(e.date);
    if (d === null || d < o.firstDay || d > o.lastDay) continue;
    const list = perDay.get(d);
    if (list) list.push(e);
    else perDay.set(d, [e]);
  }
  const maxStack = Math.max(1, ...[...perDay.values()].map((l) => l.length));
  const rows = Math.min(maxStack, 24);
  const dotsH = Math.max(90, rows * DOT_ROW + 16);
  const bandTop = dotsH + 10;
  const mid = bandTop + BAND_HALF;
  const height = bandTop + BAND_HALF * 2 + AXIS;

  const svg = s("svg", { class: "timeline-chart", width: o.width, height, viewBox: `0 0 ${o.width} ${height}`, role: "img", "aria-label": "Events by day" });

  // Background and grid.
  const bg = s("rect", { x: PAD_LEFT, y: 0, width: plotW, height: height - AXIS, class: "tl-bg" });
  svg.append(bg);
  svg.append(s("line", { x1: PAD_LEFT, x2: PAD_LEFT + plotW, y1: mid, y2: mid, class: "tl-zero" }));
  svg.append(s("text", { x: PAD_LEFT - 6, y: bandTop + 10, class: "tl-axis-label", "text-anchor": "end" }, "conflict"));
  svg.append(s("text", { x: PAD_LEFT - 6, y: bandTop + BAND_HALF * 2 - 2, class: "tl-axis-label", "text-anchor": "end" }, "coop."));
  svg.append(s("text", { x: PAD_LEFT - 6, y: 14, class: "tl-axis-label", "text-anchor": "end" }, "events"));

  // Ticks: days when there is room, else weeks, else months, keeping labels apart.
  const dayStep = [1, 2, 7, 14].find((n) => n * dayW >= 58);
  const monthStep = [1, 2, 3, 6, 12, 24].find((k) => k * 30.4 * dayW >= 72) ?? 24;
  for (let d = o.firstDay; d <= o.lastDay; d++) {
    const first = dayOfMonth(d) === 1;
    const labelled = dayStep !== undefined ? (d - o.firstDay) % dayStep === 0 : first && monthIndex(d) % monthStep === 0;
    if (labelled) {
      const xx = dayStep !== undefined ? x(d) : x(d) - dayW / 2;
      svg.append(s("line", { x1: xx, x2: xx, y1: 0, y2: height - AXIS, class: "tl-grid" }));
      svg.append(s("text", { x: xx, y: height - AXIS + 14, class: "tl-tick", "text-anchor": dayStep !== undefined ? "middle" : "start" }, dayStep !== undefined ? shortDay(d) : monthYear(d)));
    }
    if (dayStep !== undefined && (first || d === o.firstDay)) {
      svg.append(s("text", { x: x(d) - dayW / 2 + 2, y: height - 4, class: "tl-month" }, monthYear(d)));
    }
  }

  // Intensity band.
  const up = new Map<number, number>();
  const down = new Map<number, number>();
  for (const [d, list] of perDay) {
    for (const e of list) {
      const st = ploverStyle(e.type);
      if (st.direction >= 0) up.set(d, (up.get(d) ?? 0) + st.weight);
      else down.set(d, (down.get(d) ?? 0) + st.weight);
    }
  }
  const maxW = Math.max(1, ...up.values(), ...down.values());
  const barW = Math.max(1, Math.min(dayW * 0.8, 26));
  for (const [d, w] of up) {
    const hgt = (w / maxW) * (BAND_HALF - 4);
    svg.append(s("rect", { x: x(d) - barW / 2, y: mid - hgt, width: barW, height: hgt, class: "tl-band conflict" }, s("title", null, `${isoDay(d)}: conflict intensity ${w}`)));
  }
  for (const [d, w] of down) {
    const hgt = (w / maxW) * (BAND_HALF - 4);
    svg.append(s("rect", { x: x(d) - barW / 2, y: mid, width: barW, height: hgt, class: "tl-band coop" }, s("title", null, `${isoDay(d)}: cooperation intensity ${w}`)));
  }

  // Event dots, stacked per day, most intense type at the bottom.
  const r = Math.max(2.5, Math.min(5.5, dayW / 2 - 1));
  let lastOverflow = -2;
  let stagger = 0;
  for (const [d, list] of [...perDay].sort((a, b) => a[0] - b[0])) {
    const sorted = [...list].sort((a, b) => ploverStyle(b.type).weight - ploverStyle(a.type).weight);
    sorted.forEach((e, i) => {
      if (i >= rows) return;
      const cy = dotsH - 8 - i * DOT_ROW;
      if (i === rows - 1 && sorted.length > rows) {
        // Neighbouring days' "+N" labels are staggered so they do not overlap.
        stagger = d === lastOverflow + 1 ? 1 - stagger : 0;
        lastOverflow = d;
        svg.append(s("text", { x: x(d), y: cy + 4 - stagger * 11, class: "tl-more", "text-anchor": "middle" }, `+${sorted.length - rows + 1}`));
        return;
      }
      const st = ploverStyle(e.type);
      const dot = s(
        "circle",
        { cx: x(d), cy, r, fill: st.color, class: `tl-dot${e.disputed ? " disputed" : ""}`, tabindex: 0, role: "link", "data-event": e.id, "aria-label": `${st.label} ${e.date ?? ""}: ${e.headline}` },
        s("title", null, `${e.date ?? ""} · ${st.label}${e.disputed ? " · disputed" : ""}\n${e.headline}`),
      );
      dot.addEventListener("click", () => o.onOpen(e.id));
      dot.addEventListener("keydown", (ev) => {
        if ((ev as KeyboardEvent).key === "Enter") o.onOpen(e.id);
      });
      svg.append(dot);
    });
  }

  addBrush(svg, { x0: PAD_LEFT, width: plotW, height: height - AXIS, dayAt: (px) => o.firstDay + Math.floor((px - PAD_LEFT) / dayW), onRange: o.onRange });
  return svg;
}

function addBrush(
  svg: SVGSVGElement,
  o: { x0: number; width: number; height: number; dayAt: (px: number) => number; onRange: (from: string, to: string) => void },
): void {
  const sel = s("rect", { x: 0, y: 0, width: 0, height: o.height, class: "tl-brush", visibility: "hidden" });
  svg.append(sel);
  let start: number | null = null;
  const px = (ev: MouseEvent) => {
    const box = svg.getBoundingClientRect();
    return Math.min(o.x0 + o.width - 0.01, Math.max(o.x0, ev.clientX - box.left));
  };
  svg.addEventListener("mousedown", (ev) => {
    if ((ev.target as Element).classList.contains("tl-dot")) return;
    start = px(ev);
    sel.setAttribute("x", String(start));
    sel.setAttribute("width", "0");
    sel.setAttribute("visibility", "visible");
    ev.preventDefault();
  });
  svg.addEventListener("mousemove", (ev) => {
    if (start === null) return;
    const cur = px(ev);
    sel.setAttribute("x", String(Math.min(start, cur)));
    sel.setAttribute("width", String(Math.abs(cur - start)));
  });
  const finish = (ev: MouseEvent) => {
    if (start === null) return;
    const a = o.dayAt(Math.min(start, px(ev)));
    const b = o.dayAt(Math.max(start, px(ev)));
    const moved = Math.abs(px(ev) - start) > 4;
    start = null;
    sel.setAttribute("visibility", "hidden");
    if (moved) o.onRange(isoDay(a), isoDay(b));
  };
  svg.addEventListener("mouseup", finish);
  svg.addEventListener("mouseleave", (ev) => {
    if (start !== null) finish(ev);
  });
}
