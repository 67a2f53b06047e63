import type { MentionRole } from "../../model/analysis.js";
import type { Diagnostic } from "../../model/diagnostic.js";
import { loadLexicon, type Lexicon } from "../en/lexicon.js";
import { fold, skeleton } from "../normalize.js";
import { tokenize } from "../tokens.js";
import { mergeActors, readActorFile, type Actor } from "./actor.js";
import { countryActors, countryBodies } from "./countries.js";
import { dataPath } from "./paths.js";

/** One way of naming a known actor. */
export interface AliasEntry {
  id: string;
  role: MentionRole;
  /** Short all-capital aliases ("KH", "US") match only text written in capitals. */
  exactCase: boolean;
  /** Written in the data with a lower-case first letter ("al-Qaeda", "coalition forces"): may match text that starts in lower case. */
  lowerStart: boolean;
}

export interface FuzzyEntry {
  folded: string;
  skeleton: string;
  words: number;
  entry: AliasEntry;
}

export interface Knowledge {
  actors: Map<string, Actor>;
  /** Folded words joined by one space → entries, best first. */
  names: Map<string, AliasEntry[]>;
  /** The same without spaces, for multiword aliases ("presstv"). */
  compact: Map<string, AliasEntry[]>;
  maxTokens: number;
  /** Every leading run of words of a name key ("kataib", "kataib hezbollah"): a scan stops when it leaves them. */
  prefixes: Set<string>;
  /** Aliases of six letters or more by the first letter of their skeleton, for near matches. */
  fuzzy: Map<string, FuzzyEntry[]>;
  /** ISO alpha-2 → country actor id. */
  countryByCode: Map<string, string>;
  /**
   * A country body's id → known facilities that are that body somewhere
   * ("united_states_embassy" → ["us_embassy_baghdad"]), read from the facilities' names.
   */
  specific: Map<string, string[]>;
  /** Ids of the bodies every country has ("iraq_military"). */
  bodies: Set<string>;
  /** A country body's id → the known actor that is that body ("sudan_military" → "sudanese_armed_forces"). */
  bodyActors: Map<string, string>;
  /** "<role kind>|<actor id>" → people the actor files give that position ("deputy|popular_mobilization_forces"). */
  holders: Map<string, string[]>;
  lexicon: Lexicon;
  diagnostics: Diagnostic[];
}

/** The matching key of a name: its word tokens folded, abbreviations expanded. */
export function aliasKey(name: string, abbreviations: Map<string, string>): string {
  return tokenize(name, [])
    .filter((t) => t.kind === "word" || t.kind === "handle")
    .map((t) => abbreviations.get(t.fold) ?? t.fold)
    .join(" ");
}

function roleOf(actor: Actor, alias: string): MentionRole {
  if (alias.startsWith("@")) return "handle";
  if (alias === actor.name) return "name";
  const letters = alias.replace(/[^\p{L}]/gu, "");
  if (letters.length >= 2 && letters.length <= 6 && letters === letters.toUpperCase()) return "acronym";
  return "alias";
}

function isShortCaps(alias: string): boolean {
  const letters = alias.replace(/[^\p{L}]/gu, "");
  return letters.length >= 1 && letters.length <= 5 && letters === letters.toUpperCase() && !alias.startsWith("@");
}

const cache = new Map<string, Knowledge>();

/** Loads the shipped knowledge and the user's actor files, once per set of files. */
export function loadKnowledge(actorFiles: string[]): Knowledge {
  const cacheKey = JSON.stringify(actorFiles);
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const k = build(actorFiles);
  cache.set(cacheKey, k);
  return k;
}

function build(actorFiles: string[]): Knowledge {
  const lexicon = loadLexicon();
  const diagnostics: Diagnostic[] = [];
  const countries = countryActors(lexicon.countries);
  const bodies = countries.flatMap((c) => countryBodies(c, lexicon.bodies));
  const shipped = readActorFile(dataPath("en/actors/actors.json"));
  const places = readActorFile(dataPath("gazetteer/aliases.json"));
  const user = actorFiles.map((f) => readActorFile(f));
  for (const r of [shipped, places, ...user]) diagnostics.push(...r.diagnostics);
  const userActors = user.flatMap((r) => r.actors);
  const actors = mergeActors([countries, bodies, shipped.actors, places.actors, userActors]);

  const names = new Map<string, AliasEntry[]>();
  const compact = new Map<string, AliasEntry[]>();
  const fuzzy = new Map<string, FuzzyEntry[]>();
  let maxTokens = 1;
  const prefixes = new Set<string>();
  const userIds = new Set(userActors.map((a) => a.id));
  // Insertion order is priority: the user's actors, then the shipped ones, then countries.
  const ordered = [
    ...actors.filter((a) => userIds.has(a.id)),
    ...actors.filter((a) => !userIds.has(a.id) && a.type !== "COUNTRY"),
    ...actors.filter((a) => !userIds.has(a.id) && a.type === "COUNTRY"),
  ];
  const put = (map: Map<string, AliasEntry[]>, key: string, e: AliasEntry) => {
    if (!key) return;
    const list = map.get(key) ?? [];
    const same = list.find((x) => x.id === e.id && x.exactCase === e.exactCase);
    if (!same) list.push(e);
    else if (e.lowerStart && !same.lowerStart) list[list.indexOf(same)] = { ...same, lowerStart: true };
    map.set(key, list);
  };
  for (const a of ordered) {
    const forms: [string, MentionRole][] = [
      [a.name, "name"],
      ...a.aliases.map((s): [string, MentionRole] => [s, roleOf(a, s)]),
      ...a.metonyms.map((s): [string, MentionRole] => [s, "metonym"]),
      ...a.demonyms.map((s): [string, MentionRole] => [s, "demonym"]),
    ];
    for (const [form, role] of forms) {
      const key = aliasKey(form, lexicon.abbreviations);
      const entry: AliasEntry = { id: a.id, role, exactCase: isShortCaps(form), lowerStart: /^\p{Ll}/u.test(form) };
      put(names, key, entry);
      const words = key.split(" ");
      const n = words.length;
      maxTokens = Math.max(maxTokens, n);
      for (let w = 1; w <= n; w++) prefixes.add(words.slice(0, w).join(" "));
      if (n > 1) put(compact, key.replace(/ /g, ""), entry);
      const f = fold(form);
      if (f.replace(/ /g, "").length >= 6 && role !== "demonym" && !entry.exactCase) {
        const sk = skeleton(f);
        const list = fuzzy.get(sk.slice(0, 1)) ?? [];
        list.push({ folded: f, skeleton: sk, words: f.split(" ").length, entry });
        fuzzy.set(sk.slice(0, 1), list);
      }
    }
  }
  const countryByCode = new Map<string, string>();
  for (const c of countries) if (c.country) countryByCode.set(c.country, c.id);
  const specific = new Map<string, string[]>();
  const facilityBodies = lexicon.bodies.filter((b) => b.type === "FACILITY");
  const derived = new Set(bodies.map((b) => b.id));
  const typeOf = new Map(actors.map((a) => [a.id, a.type]));
  for (const a of actors) {
    if (a.type !== "FACILITY" || derived.has(a.id)) continue;
    const words = aliasKey(a.name, lexicon.abbreviations).split(" ");
    for (const body of facilityBodies) {
      for (const head of body.heads) {
        const h = words.indexOf(head[0] ?? "");
        const owner = h > 0 ? names.get(words.slice(0, h).join(" "))?.find((e) => typeOf.get(e.id) === "COUNTRY") : undefined;
        if (!owner) continue;
        const id = `${owner.id}_${body.suffix}`;
        const list = specific.get(id) ?? [];
        if (!list.includes(a.id)) specific.set(id, [...list, a.id]);
      }
    }
  }
  const holders = new Map<string, string[]>();
  for (const a of actors) {
    for (const p of a.positions) {
      const key = `${p.role}|${p.of}`;
      holders.set(key, [...(holders.get(key) ?? []), a.id]);
    }
  }
  const bodyActors = new Map<string, string>();
  for (const a of actors) {
    const country = a.body && a.country ? countryByCode.get(a.country) : undefined;
    if (country && a.body && !derived.has(a.id)) bodyActors.set(`${country}_${a.body}`, a.id);
  }
  return { actors: new Map(actors.map((a) => [a.id, a])), names, compact, maxTokens, prefixes, fuzzy, countryByCode, specific, bodies: derived, bodyActors, holders, lexicon, diagnostics };
}
