/** Small pieces every view uses: type chips, entity and document links, dates, badges, messages. */
import type { DocRef, EntityRef, EventSummary, Range } from "../../../src/server/api-types.js";
import { h } from "../dom.js";
import { ploverStyle } from "../plover.js";
import { href } from "../router.js";

export function typeChip(type: string): HTMLElement {
  const st = ploverStyle(type);
  const chip = h("span", { class: "type-chip", title: `${st.label} (${st.quad})` }, st.label);
  chip.style.setProperty("--chip", st.color);
  return chip;
}

export function disputedBadge(): HTMLElement {
  return h("span", { class: "badge disputed", title: "sources disagree about this event" }, "disputed");
}

export function badge(text: string, kind = ""): HTMLElement {
  return h("span", { class: `badge ${kind}` }, text);
}

export function entityLink(e: EntityRef | null): HTMLElement | string {
  if (!e) return "—";
  return h("a", { href: href("entity", e.id), class: "entity" }, e.name);
}

export function entityList(list: EntityRef[]): (HTMLElement | string)[] {
  if (list.length === 0) return ["—"];
  return list.flatMap((e, i) => (i === 0 ? [entityLink(e)] : [", ", entityLink(e)]));
}

export function docName(d: DocRef): string {
  if (d.kind === "comment") return `comment by ${d.author ?? "anonymous"}`;
  return d.title ?? d.source ?? d.id;
}

export function docLink(d: DocRef, at?: { start: number; end: number }): HTMLElement {
  const params = at ? { at: `${at.start}-${at.end}` } : undefined;
  return h("a", { href: href("document", d.id, params), class: "doc-link" }, docName(d));
}

export function sourceLine(d: DocRef): HTMLElement {
  return h(
    "span",
    { class: "source-line" },
    h("span", { class: "outlet" }, d.outlet ?? "unknown outlet"),
    d.published ? h("span", { class: "muted" }, " · ", formatDate(d.published)) : null,
    d.kind === "comment" ? h("span", { class: "muted" }, " · reader comment") : null,
  );
}

export function formatDate(value: string | null): string {
  if (!value) return "undated";
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
  return m ? `${m[1]} ${m[2]}` : value;
}

export function formatRange(r: Range | null): string {
  if (!r) return "—";
  return r.min === r.max ? String(r.min) : `${r.min}–${r.max}`;
}

/** "US military → Kataib Hezbollah" with links. */
export function whoOnWhom(e: EventSummary): HTMLElement {
  return h(
    "span",
    { class: "who" },
    e.actors.length ? entityList(e.actors) : h("span", { class: "muted" }, "unknown actor"),
    e.targets.length ? [h("span", { class: "arrow" }, " → "), ...entityList(e.targets)] : null,
  );
}

export function message(text: string, kind: "info" | "error" = "info"): HTMLElement {
  return h("div", { class: `message ${kind}`, role: kind === "error" ? "alert" : "status" }, text);
}

export function loading(): HTMLElement {
  return h("div", { class: "message loading" }, "Loading…");
}

export function section(title: string, ...children: (Node | string | null | false)[]): HTMLElement {
  return h("section", { class: "panel" }, h("h2", null, title), ...children);
}
