import type { DocContext } from "./candidate.js";
import { aliasKey, type Knowledge } from "./knowledge/index.js";
import type { Actor } from "./knowledge/actor.js";

const memo = new WeakMap<Knowledge, Map<string, { key: string; form: string }[]>>();

function keysOf(k: Knowledge, actor: Actor): { key: string; form: string }[] {
  const byId = memo.get(k) ?? new Map<string, { key: string; form: string }[]>();
  memo.set(k, byId);
  let list = byId.get(actor.id);
  if (!list) {
    list = actor.aliases
      .filter((a) => a !== a.toUpperCase() && a.replace(/[^\p{L}]/gu, "").length >= 4)
      .map((form) => ({ key: aliasKey(form, k.lexicon.abbreviations), form }));
    byId.set(actor.id, list);
  }
  return list;
}

/**
 * The known names of a place or facility that its mention holds inside a longer name:
 * "Camp Taji" holds "Taji", "Ain al-Asad air base" holds "Ain al-Asad". They are names
 * of the entity the text wrote, so they join its aliases.
 */
export function containedAliases(ctx: DocContext, actor: Actor, first: number, last: number): string[] {
  const words: string[] = [];
  for (let i = first; i <= last; i++) {
    const t = ctx.tokens[i];
    if (t && (t.kind === "word" || t.kind === "handle")) words.push(ctx.lexicon.abbreviations.get(t.fold) ?? t.fold);
  }
  const span = ` ${words.join(" ")} `;
  return keysOf(ctx.knowledge, actor)
    .filter((a) => a.key.length > 0 && a.key !== words.join(" ") && span.includes(` ${a.key} `))
    .map((a) => a.form);
}
