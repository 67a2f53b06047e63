import type { EntityInfo, EntityMention } from "../model/analysis.js";
import { gazetteer } from "./knowledge/gazetteer.js";
import { spanText, type Candidate, type DocContext, type DocState } from "./candidate.js";
import { containedAliases } from "./contained.js";
import { genericsOf } from "./generics.js";

/** A name written all in capitals ("NIAMEY"). */
function shouted(t: string): boolean {
  return t === t.toUpperCase() && /\p{Lu}{2,}/u.test(t);
}

/** Turns resolved candidates into the document's entities and mentions. */
export function assemble(ctx: DocContext, state: DocState): { entities: EntityInfo[]; mentions: EntityMention[] } {
  const k = ctx.knowledge;
  const kept = state.candidates.filter((c): c is Candidate & { key: string } => c.key !== null && c.type !== null);
  const byUid = new Map(kept.map((c) => [c.uid, c]));
  const mentions: EntityMention[] = [];
  const entities = new Map<string, EntityInfo>();
  const fullest = new Map<string, string>();
  for (const c of kept) {
    const a = ctx.tokens[c.first];
    const b = ctx.tokens[c.last];
    if (!a || !b) continue;
    mentions.push({ start: a.start, end: b.end, text: ctx.text.slice(a.start, b.end), key: c.key, role: c.role });
    const actor = k.actors.get(c.key);
    const core = spanText(ctx, c.coreFirst, c.coreLast).replace(/^the\s+/i, "");
    let e = entities.get(c.key);
    if (!e) {
      const type = actor?.type ?? c.type ?? "GROUP";
      const country = actor?.country ?? c.country;
      e = {
        key: c.key,
        name: actor?.name ?? c.display ?? core,
        type,
        aliases: [],
        partOf: actor?.partOf ?? null,
        country,
        geo: actor?.geo ?? c.geo ?? (type === "COUNTRY" && country ? gazetteer().countryPoint(country) : null),
        known: actor !== undefined,
      };
      entities.set(c.key, e);
    }
    const forms = [ctx.text.slice(a.start, b.end), core];
    if (core.includes("/")) forms.push(...core.split("/")); // "PMF/PMU/Hashed"
    if (actor && (actor.type === "FACILITY" || actor.type === "PLACE")) forms.push(...containedAliases(ctx, actor, c.coreFirst, c.coreLast));
    for (const s of forms) if (s && !e.aliases.includes(s)) e.aliases.push(s);
    const generics = genericsOf(k, c).filter((g) => !e.generics?.includes(g));
    if (generics.length > 0) e.generics = [...(e.generics ?? []), ...generics];
    if (!e.known && !c.display && c.role !== "handle" && c.role !== "acronym" && c.role !== "description") {
      const prev = fullest.get(c.key);
      // the longest form; of two as long, the one not in capitals ("Niamey" over a dateline's "NIAMEY")
      if (!prev || core.length > prev.length || (core.length === prev.length && shouted(prev) && !shouted(core))) fullest.set(c.key, core);
    }
  }
  for (const [key, name] of fullest) {
    const e = entities.get(key);
    if (e) e.name = name;
  }
  for (const m of state.memberships) {
    const member = byUid.get(m.member);
    const whole = byUid.get(m.whole);
    if (!member || !whole) continue;
    const e = entities.get(member.key);
    const w = entities.get(whole.key);
    if (!e || !w || e.partOf !== null || w.partOf === e.key) continue;
    e.partOf = whole.key;
  }
  mentions.sort((x, y) => x.start - y.start || y.end - x.end);
  const list = [...entities.values()].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  return { entities: list, mentions };
}
