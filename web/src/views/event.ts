/**
 * One event: every source's sentence side by side with its spans marked, each source's
 * values, the disputes, the claims (who says so) and the links to what it answered and
 * what answered it.
 */
import type { EventDetail, EventSummary, MentionView, RelationView } from "../../../src/server/api-types.js";
import { api } from "../api.js";
import { badge, disputedBadge, docLink, entityLink, entityList, formatRange, loading, section, sourceLine, typeChip, whoOnWhom } from "../components/bits.js";
import { highlightedText, inContext, legend } from "../components/highlighted.js";
import { clear, h } from "../dom.js";
import { href } from "../router.js";
import type { View } from "./view.js";

export const eventView: View = async ({ route, root }) => {
  root.append(loading());
  const e = await api.event(route.id ?? "");
  clear(root);
  document.title = `sitrep · ${e.type} ${e.date ?? ""}`;
  root.append(header(e));
  root.append(
    section(
      `What each source says (${e.mentionList.length} sentence${e.mentionList.length === 1 ? "" : "s"} in ${e.sources} source${e.sources === 1 ? "" : "s"})`,
      legend(),
      h("div", { class: "mentions" }, bySource(e.mentionList).map((list) => sourceColumn(list))),
    ),
  );
  root.append(section("Values per source", valuesTable(e)));
  if (e.disputes.length) root.append(section("Where the sources disagree", disputes(e)));
  root.append(section("Who says so", claims(e)));
  root.append(section("Links to other events", links(e)));
};

function header(e: EventDetail): HTMLElement {
  return h(
    "div",
    { class: "event-head panel" },
    h("div", { class: "crumbs" }, h("a", { href: href("timeline") }, "Timeline"), " › event ", e.id),
    h("h1", null, typeChip(e.type), " ", e.mode ?? e.type.toLowerCase(), e.disputed ? [" ", disputedBadge()] : null),
    h(
      "dl",
      { class: "facts" },
      h("dt", null, "When"),
      h("dd", null, e.date ?? "undated", e.datePrecision && e.datePrecision !== "day" ? h("span", { class: "muted" }, ` (${e.datePrecision})`) : null),
      h("dt", null, "Who → whom"),
      h("dd", null, whoOnWhom(e)),
      h("dt", null, "Where"),
      h("dd", null, e.location ? entityLink(e.location) : "—"),
      h("dt", null, "Killed"),
      h("dd", null, formatRange(e.fatalities)),
      e.injuries ? [h("dt", null, "Injured"), h("dd", null, formatRange(e.injuries))] : null,
      h("dt", null, "Reported as"),
      h("dd", null, e.modalities.map((m) => badge(m, `modality ${m}`))),
      e.cameo ? [h("dt", null, "CAMEO"), h("dd", { class: "mono" }, e.cameo)] : null,
    ),
  );
}

/** Mentions grouped by document, in the order the documents first appear. */
function bySource(mentions: MentionView[]): MentionView[][] {
  const groups = new Map<string, MentionView[]>();
  for (const m of mentions) {
    const list = groups.get(m.doc.id);
    if (list) list.push(m);
    else groups.set(m.doc.id, [m]);
  }
  // Articles and posts first, then reader comments, each in order of first appearance.
  const rank = (list: MentionView[]) => (list[0]!.doc.kind === "comment" ? 1 : 0);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b)).map((list) => [...list].sort((a, b) => a.start - b.start));
}

function sourceColumn(list: MentionView[]): HTMLElement {
  const doc = list[0]!.doc;
  return h(
    "article",
    { class: `mention-card${doc.kind === "comment" ? " comment" : ""}`, "data-doc": doc.id },
    h(
      "header",
      null,
      sourceLine(doc),
      h("div", { class: "doc-title" }, docLink(doc)),
      h("div", { class: "small muted" }, `${list.length} sentence${list.length === 1 ? "" : "s"}`),
    ),
    list.map((m) => mentionBlock(m)),
  );
}

function mentionBlock(m: MentionView): HTMLElement {
  const sentence = highlightedText(m.text, m.highlights);
  return h(
    "div",
    { class: "mention", "data-start": m.start },
    h(
      "div",
      { class: "card-meta" },
      badge(m.modality, `modality ${m.modality}`),
      m.assertedBy ? h("span", { class: "small" }, " according to ", entityLink(m.assertedBy)) : null,
    ),
    inContext(m.before, sentence, m.after),
    h(
      "div",
      { class: "small muted mention-foot" },
      m.dateText ? h("span", null, "date: ", h("q", null, m.dateText), m.date ? ` → ${m.date}` : "") : h("span", null, m.date ? `date: ${m.date}` : "no date in the sentence"),
      m.fatalities !== null ? h("span", null, ` · killed: ${m.fatalities}${m.ownSide ? " of its teller's own side" : ""}`) : null,
      m.injuries !== null ? h("span", null, ` · injured: ${m.injuries}`) : null,
      " · ",
      h("a", { href: href("document", m.doc.id, { at: `${m.start}-${m.end}` }) }, "in the document"),
      h("span", { class: "mono" }, ` (chars ${m.start}–${m.end})`),
    ),
  );
}

function valuesTable(e: EventDetail): HTMLElement {
  const disputed = new Set(e.disputes.map((d) => d.attribute));
  const cell = (attr: string, values: (string | number)[]) =>
    h("td", { class: disputed.has(attr as never) ? "disputed-cell" : "" }, values.length ? values.join(", ") : "—");
  return h(
    "table",
    { class: "data values" },
    h(
      "thead",
      null,
      h("tr", null, h("th", null, "Source"), h("th", null, "Date"), h("th", { class: "num" }, "Killed"), h("th", { class: "num" }, "Injured"), h("th", { class: "num" }, "Count"), h("th", null, "Reported as"), h("th", null, "According to")),
    ),
    h(
      "tbody",
      null,
      e.perSource.map((v) =>
        h(
          "tr",
          null,
          h("td", null, sourceLine(v.doc), h("div", null, docLink(v.doc))),
          cell("date", v.dates),
          cell("fatalities", v.fatalities),
          cell("injuries", v.injuries),
          cell("count", v.counts),
          h("td", null, v.modalities.join(", ")),
          h("td", null, v.assertedBy.length ? entityList(v.assertedBy) : "—"),
        ),
      ),
    ),
  );
}

function disputes(e: EventDetail): HTMLElement {
  return h(
    "div",
    { class: "disputes" },
    e.disputes.map((d) =>
      h(
        "div",
        { class: "dispute" },
        h("h3", null, d.attribute, d.conservative !== null ? h("span", { class: "muted small" }, ` · lowest stated: ${d.conservative}`) : null),
        h(
          "ul",
          null,
          d.values.map((v) =>
            h(
              "li",
              null,
              h("strong", { class: "value" }, v.label),
              " — ",
              sourceLine(v.doc),
              " ",
              docLink(v.doc, { start: v.start, end: v.end }),
              v.speaker ? h("span", { class: "small" }, " according to ", entityLink(v.speaker)) : null,
              v.text ? h("blockquote", null, v.text) : null,
            ),
          ),
        ),
      ),
    ),
  );
}

function claims(e: EventDetail): HTMLElement {
  if (e.claims.length === 0) return h("p", { class: "muted" }, "No attributed claims about this event: the sources state it in their own voice.");
  return h(
    "ul",
    { class: "claims" },
    e.claims.map((c) =>
      h(
        "li",
        null,
        h("div", null, c.speaker ? entityLink(c.speaker) : h("span", null, c.speakerText ?? "an unnamed source"), " ", h("em", null, c.cue), c.hedged ? [" ", badge("hedged", "hedged")] : null, h("span", { class: "muted small" }, " · "), sourceLine(c.doc), " ", docLink(c.doc, { start: c.start, end: c.end })),
        h("blockquote", null, c.text),
      ),
    ),
  );
}

function links(e: EventDetail): HTMLElement {
  if (e.relationsIn.length === 0 && e.relationsOut.length === 0) return h("p", { class: "muted" }, "No source links this event to another as cause or response.");
  return h(
    "div",
    { class: "links" },
    e.relationsOut.length ? h("div", null, h("h3", null, "This was a response to"), e.relationsOut.map((r) => relation(r, r.to))) : null,
    e.relationsIn.length ? h("div", null, h("h3", null, "Responses to this"), e.relationsIn.map((r) => relation(r, r.from))) : null,
  );
}

function relation(r: RelationView, other: EventSummary | null): HTMLElement {
  return h(
    "div",
    { class: "relation" },
    h(
      "div",
      null,
      badge(r.type.toLowerCase(), "relation"),
      " ",
      other
        ? h("a", { href: href("event", other.id), class: "event-link" }, typeChip(other.type), " ", other.date ?? "undated", " · ", other.headline)
        : h("span", { class: "muted" }, "an event not in the store"),
    ),
    r.evidence.map((ev) =>
      h("blockquote", null, ev.text, h("div", { class: "small muted" }, sourceLine(ev.doc), " ", docLink(ev.doc, { start: ev.start, end: ev.end }), ev.assertedBy ? [" · according to ", entityLink(ev.assertedBy)] : null)),
    ),
  );
}

