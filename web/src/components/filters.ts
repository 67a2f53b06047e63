/** The filter bar shared by the timeline, map and network: dates, types, actor, place, text, disputed. */
import { h } from "../dom.js";
import { PLOVER_TYPES, ploverStyle } from "../plover.js";
import { updateParams, type Route } from "../router.js";

export function filterBar(route: Route, presentTypes: string[]): HTMLElement {
  const p = route.params;
  const from = h("input", { type: "date", name: "from", value: p.get("from") ?? "", "aria-label": "From date" });
  const to = h("input", { type: "date", name: "to", value: p.get("to") ?? "", "aria-label": "To date" });
  const actor = h("input", { type: "text", name: "actor", value: p.get("actor") ?? "", placeholder: "actor", size: 14, "aria-label": "Actor" });
  const place = h("input", { type: "text", name: "place", value: p.get("place") ?? "", placeholder: "place", size: 12, "aria-label": "Place" });
  const q = h("input", { type: "text", name: "q", value: p.get("q") ?? "", placeholder: "words in the sentences", size: 18, "aria-label": "Text" });
  const disputed = h("input", { type: "checkbox", name: "disputed", checked: p.get("disputed") === "true" });
  for (const el of [from, to, disputed]) el.addEventListener("change", () => apply());
  const selected = new Set((p.get("type") ?? "").split(",").filter(Boolean));
  const types = [...new Set([...presentTypes, ...selected])].sort((a, b) => PLOVER_TYPES.indexOf(a) - PLOVER_TYPES.indexOf(b));

  const apply = () =>
    updateParams(route, {
      from: from.value || null,
      to: to.value || null,
      actor: actor.value.trim() || null,
      place: place.value.trim() || null,
      q: q.value.trim() || null,
      disputed: disputed.checked ? "true" : null,
    });

  const chips = types.map((t) => {
    const st = ploverStyle(t);
    const on = selected.size === 0 || selected.has(t);
    const b = h(
      "button",
      {
        type: "button",
        class: `type-toggle ${on ? "on" : "off"}`,
        "aria-pressed": selected.has(t) ? "true" : "false",
        title: `${st.label}: click to show only this type, shift-click to add or remove it`,
        onclick: (ev: Event) => {
          const next = new Set(selected);
          if ((ev as MouseEvent).shiftKey) {
            if (next.has(t)) next.delete(t);
            else next.add(t);
          } else if (next.size === 1 && next.has(t)) {
            next.clear();
          } else {
            next.clear();
            next.add(t);
          }
          updateParams(route, { type: [...next].join(",") || null });
        },
      },
      h("span", { class: "swatch" }),
      st.label,
    );
    b.style.setProperty("--chip", st.color);
    return b;
  });

  return h(
    "form",
    {
      class: "filters",
      onsubmit: (ev: Event) => {
        ev.preventDefault();
        apply();
      },
    },
    h(
      "div",
      { class: "row" },
      h("label", null, "From ", from),
      h("label", null, "to ", to),
      actor,
      place,
      q,
      h("label", { class: "check" }, disputed, " disputed only"),
      h("button", { type: "submit" }, "Apply"),
      h(
        "button",
        { type: "button", class: "link", onclick: () => updateParams(route, { from: null, to: null, type: null, actor: null, place: null, q: null, disputed: null }) },
        "Clear",
      ),
    ),
    types.length ? h("div", { class: "row types" }, chips) : null,
  );
}
