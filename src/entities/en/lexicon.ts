import { readFileSync } from "node:fs";
import type { EntityType } from "../../model/analysis.js";
import { dataPath } from "../knowledge/paths.js";
import { fold } from "../normalize.js";

/** The English word lists of the entities stage (data/en/entities/*). */
export interface Lexicon {
  /** Folded head word → type ("institute" → ORGANIZATION). */
  heads: Map<string, EntityType>;
  /** Plural nouns for people ("officials"): capitalised alone at a sentence's start, no name. */
  peopleNouns: Set<string>;
  /** Last words ("treaty") and first words ("operation") that make a name a title of a document or an operation, no entity. */
  titledThings: { last: Set<string>; first: Set<string> };
  speechVerbs: Set<string>;
  /** Folded titles, as word arrays, longest first. */
  titles: string[][];
  /** Titles that count only when a capitalised name follows. */
  titlesNeedingName: Set<string>;
  stopwords: Set<string>;
  roles: Set<string>;
  partOfPhrases: string[][];
  umbrellaNouns: string[][];
  umbrellaVerbs: string[][];
  nicknames: Map<string, string[]>;
  /** Short and full given names from the nickname list. */
  givenNames: Set<string>;
  abbreviations: Map<string, string>;
  bodies: BodyPattern[];
  /** Body heads that after a country's own name say where, not whose ("Jordan base"). */
  bodyPlaceHeads: Set<string>;
  personBodies: BodyPattern[];
  backedWords: Set<string>;
  proxyHeads: string[][];
  bareHeads: string[][];
  qualifiers: Set<string>;
  sects: Map<string, string>;
  sectHeads: string[][];
  sectPrefixes: Set<string>;
  /** Folded compass words → direction ("northern" → "north"), as word arrays with their value. */
  directions: { words: string[]; value: string }[];
  borders: string[][];
  descriptionHeads: Set<string>;
  descriptionDeterminers: Set<string>;
  placePrepositions: Set<string>;
  /** Words before a capital that keep it the city ("central Kyiv", "downtown Baghdad"). */
  placeAdjectives: Set<string>;
  actorPrepositions: Set<string>;
  /** Offices by title: folded title words (longest first) with the office id and display template. */
  offices: { words: string[]; office: string; name: string }[];
  /** Words before a title that make it an office no longer held ("former President X"). */
  pastOffice: Set<string>;
  /** Folded acronyms and handles naming one country's office ("potus" → president of US). */
  officeAcronyms: Map<string, { office: string; country: string; name: string }>;
  /** Country rows: code, name, other names, demonyms. */
  countries: CountryRow[];
  /** Words before a demonym + force head that belong to the description ("regular Iraqi soldiers"). */
  bodyQualifiers: Set<string>;
  /** Nouns after a weapon designation that make it a mention of a country body ("F-15E fighter planes" → air_force). */
  platforms: { suffix: string; nouns: string[][] }[];
  /** Nouns for a named group's people ("Hezbollah fighters"). */
  memberNouns: string[][];
  /** Description phrases that refer back by another head ("diplomatic compound" → "embassy"), longest first. */
  descriptionSynonyms: { words: string[]; head: string }[];
  /** Role phrases by the position they name ("deputy leader" → "deputy"), longest first. */
  roleKinds: { words: string[]; kind: string }[];
}

export interface BodyPattern {
  suffix: string;
  type: EntityType;
  name: string;
  partOf: string | null;
  /** Folded heads as word arrays, longest first. */
  heads: string[][];
  /** Phrases naming the body without a country ("the brass", "Air Force"), longest first. */
  alone: string[][];
  /** The office whose holder leads the body, or null. */
  ledBy: string | null;
}

export interface CountryRow {
  code: string;
  name: string;
  aliases: string[];
  demonyms: string[];
}

type Json = Record<string, unknown>;

function read(file: string): Json {
  return JSON.parse(readFileSync(dataPath(`en/entities/${file}`), "utf8")) as Json;
}

function words(list: unknown): string[][] {
  const arr = Array.isArray(list) ? list.filter((x): x is string => typeof x === "string") : [];
  return arr
    .map((s) => fold(s).split(" ").filter((w) => w.length > 0))
    .sort((a, b) => b.length - a.length);
}

function set(list: unknown): Set<string> {
  return new Set(words(list).map((w) => w.join(" ")));
}

function bodies(list: unknown): BodyPattern[] {
  const arr = Array.isArray(list) ? (list as Json[]) : [];
  return arr.map((b) => ({
    suffix: String(b.suffix),
    type: String(b.type) as EntityType,
    name: String(b.name),
    partOf: typeof b.partOf === "string" ? b.partOf : null,
    heads: words(b.heads),
    alone: words(b.alone),
    ledBy: typeof b.ledBy === "string" ? b.ledBy : null,
  }));
}

function readCountries(): CountryRow[] {
  const text = readFileSync(dataPath("en/entities/demonyms.tsv"), "utf8");
  const rows: CountryRow[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith("#") || line.trim().length === 0) continue;
    const [code = "", name = "", aliases = "", demonyms = ""] = line.split("\t");
    const split = (s: string) => s.split("|").map((x) => x.trim()).filter((x) => x.length > 0);
    rows.push({ code: code.trim().toUpperCase(), name: name.trim(), aliases: split(aliases), demonyms: split(demonyms) });
  }
  return rows;
}

export function loadLexicon(): Lexicon {
  const cues = read("cues.json");
  const heads = new Map<string, EntityType>();
  for (const [type, list] of Object.entries((cues.heads ?? {}) as Record<string, unknown>)) {
    for (const w of set(list)) if (!heads.has(w)) heads.set(w, type as EntityType);
  }
  const titles = read("titles.json");
  const roles = read("roles.json");
  const nick = read("nicknames.json").nicknames as Record<string, string[]>;
  const abbr = read("abbreviations.json").words as Record<string, string>;
  const cb = read("country-bodies.json");
  const backing = read("backing.json");
  const offices = read("offices.json");
  const officeTable = (offices.offices ?? {}) as Record<string, { name: string; titles: string[] }>;
  return {
    heads,
    speechVerbs: set(cues.speechVerbs),
    peopleNouns: set(cues.peopleNouns),
    titledThings: { last: set((cues.titledThings as Json | undefined)?.last), first: set((cues.titledThings as Json | undefined)?.first) },
    titles: words(titles.titles),
    titlesNeedingName: set(titles.needName),
    stopwords: set(read("stopwords.json").words),
    roles: set(roles.roles),
    partOfPhrases: words(roles.partOf),
    umbrellaNouns: words(roles.umbrella),
    umbrellaVerbs: words(roles.umbrellaVerbs),
    nicknames: new Map(Object.entries(nick)),
    givenNames: new Set([...Object.keys(nick), ...Object.values(nick).flat()].map((n) => fold(n))),
    abbreviations: new Map(Object.entries(abbr).map(([k, v]) => [fold(k), fold(v)])),
    bodies: bodies(cb.bodies),
    bodyPlaceHeads: new Set(((cb.placeHeads ?? []) as string[]).map((w) => w.toLowerCase())),
    personBodies: bodies(cb.personBodies),
    backedWords: set(backing.backedWords),
    proxyHeads: words(backing.proxyHeads),
    bareHeads: words(backing.bareHeads),
    qualifiers: new Set(words(backing.qualifiers).map((w) => w.join(""))),
    sects: new Map(Object.entries((backing.sects ?? {}) as Record<string, string>).map(([k, v]) => [fold(k), v])),
    sectHeads: words(backing.sectHeads),
    sectPrefixes: set(backing.sectPrefixes),
    directions: Object.entries((cues.directions ?? {}) as Record<string, string>)
      .map(([k, v]) => ({ words: fold(k).split(" "), value: v }))
      .sort((a, b) => b.words.length - a.words.length),
    borders: words(cues.borders),
    descriptionHeads: set(cues.descriptionHeads),
    descriptionDeterminers: set(cues.descriptionDeterminers),
    placePrepositions: set(cues.placePrepositions),
    placeAdjectives: set(cues.placeAdjectives),
    actorPrepositions: set(cues.actorPrepositions),
    pastOffice: set(offices.past),
    officeAcronyms: new Map(
      Object.entries((offices.acronyms ?? {}) as Record<string, { office: string; country: string }>)
        .filter(([, a]) => officeTable[a.office] !== undefined)
        .map(([k, a]) => [fold(k), { office: a.office, country: a.country.toUpperCase(), name: officeTable[a.office]?.name ?? a.office }]),
    ),
    offices: Object.entries(officeTable)
      .flatMap(([office, o]) => words(o.titles).map((w) => ({ words: w, office, name: o.name })))
      .sort((a, b) => b.words.length - a.words.length),
    countries: readCountries(),
    bodyQualifiers: set(cb.qualifiers),
    platforms: Object.entries((cb.platforms ?? {}) as Record<string, unknown>).map(([suffix, nouns]) => ({ suffix, nouns: words(nouns) })),
    memberNouns: words(cues.memberNouns),
    descriptionSynonyms: Object.entries((cues.descriptionSynonyms ?? {}) as Record<string, string>)
      .map(([k, v]) => ({ words: fold(k).split(" "), head: fold(v) }))
      .sort((a, b) => b.words.length - a.words.length),
    roleKinds: Object.entries((roles.roleKinds ?? {}) as Record<string, unknown>)
      .flatMap(([kind, list]) => words(list).map((w) => ({ words: w, kind })))
      .sort((a, b) => b.words.length - a.words.length),
  };
}
