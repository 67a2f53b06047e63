/**
 * Loads the event lexicons (data/en/events/*.json) and compiles them into word patterns.
 * Loaded once per extractor; the files are plain JSON a user can extend.
 */
import { readFileSync } from "node:fs";
import type { PloverType, RelationType } from "../model/analysis.js";
import { nounForms, verbForms, type IrregularVerbs } from "./en/inflect.js";
import { indexPatterns, type Pattern, type PatternIndex, type PatternPart } from "./pattern.js";

export const DATA_DIR = new URL("../../data/en/events/", import.meta.url);

export interface TriggerGroup {
  type: PloverType;
  cameo: string | null;
  mode: string | null;
  rank: number;
  weapon: string | null;
  /** "target" when the grammatical subject is the one acted upon ("Sudan must return ..."). */
  subject: "actor" | "target";
  /** "person" when the trigger names an act only with people as its object ("the death of Soleimani", not "the death of diplomacy"). */
  object: "person" | null;
}

export interface TriggerValue {
  group: TriggerGroup;
  pos: "verb" | "noun";
}

export type ModalityName = "denied" | "hypothetical" | "alleged" | "future";

export interface ModalityCue {
  modality: ModalityName;
  /** A future cue by which the subject undertakes the act ("agreed to", "promised to"). */
  commitment: boolean;
  /** A future cue that names an act only threatened ("threatened to"). */
  wanted: boolean;
  window: number;
}

export interface ClaimCue {
  cue: string;
  kind: "verb" | "according" | "impersonal";
  hedged: boolean;
  onlyBeforeQuote: boolean;
}

export interface RelationCue {
  cue: string;
  type: RelationType | "RESPONSE";
  direction: "effect-first" | "cause-first";
  /** A cue of time order only ("after", "following"): "broke in after smashing a door" is one episode. */
  sequence?: boolean;
  /** false for a cue that only sets two acts apart in time ("ahead of an expected offensive"), with no causal link. */
  link?: boolean;
  /** true for a cue that puts both acts on one day ("hours after", "shortly after"). */
  sameDay?: boolean;
}

export interface NumberWords {
  words: Map<string, number>;
  multipliers: Map<string, number>;
  vague: PatternIndex<true>;
  approximators: PatternIndex<true>;
  victims: Set<string>;
  /** Victim words that tell nothing about who the victims were ("people", "members"). */
  genericVictims: Set<string>;
  deathWords: Set<string>;
  injuryWords: Set<string>;
  deathAgentVerbs: Set<string>;
  injuryAgentVerbs: Set<string>;
  /** Words that state a toll of zero ("no one", "nobody"; "no" before a victim or toll noun; toll nouns for the dead and the hurt alike, "no casualties"). */
  none: { pronouns: PatternIndex<true>; determiners: Set<string>; bothNouns: Set<string> };
  /** Nouns naming a crowd's members ("protesters", "supporters"). */
  crowdNouns: Set<string>;
  /** Vague crowd sizes and the least number each means ("dozens" → 24). */
  crowdSizes: Map<string, number>;
}

export interface Lexicon {
  triggers: PatternIndex<TriggerValue>;
  /** Words after which a noun trigger is only a modifier ("strike price"). */
  compoundHeads: Set<string>;
  /** Words after which a verb phrase's last word only modifies them ("launched a drone program"). */
  phraseHeads: Set<string>;
  /** Verb phrases whose trigger word reports no event ("it strikes me as", "struck a chord"). */
  idioms: PatternIndex<true>;
  /** Irregular past participles ("struck", "hit", "held"): passive candidates. */
  participles: Set<string>;
  modality: PatternIndex<ModalityCue>;
  /** Words that may open a sentence before a leading causal cue ("In the week following ..."). */
  relationLeadIns: Set<string>;
  /** Time expressions naming the moment of writing ("now", "for now"): never an event's date. */
  reportingTime: Set<string>;
  modalityPrecedence: ModalityName[];
  /** Words that tell a future act as being planned now ("developing plans to attack"). */
  planning: Set<string>;
  claimCues: PatternIndex<ClaimCue>;
  hedges: PatternIndex<true>;
  speakerFillers: PatternIndex<true>;
  /** Verbs with which a speaker goes on ("She continued: ..."). */
  continuing: Set<string>;
  relations: PatternIndex<RelationCue>;
  reactionTypes: Set<string>;
  reactionModes: Set<string>;
  /** What a reaction is about when its sentence does not say (implicit-objects.ts). */
  implicit: {
    reach: number;
    accusationModes: Set<string>;
    complements: Set<string>;
    perpetratorTypes: Set<string>;
    perpetrators: PatternIndex<true>;
    conditionTypes: Set<string>;
    conditions: PatternIndex<true>;
  };
  numbers: NumberWords;
  anaphors: PatternIndex<string[]>;
  anaphorWindow: number;
  /** Anaphors that name several groups ("these groups", "the militias"): they look first for a plural name. */
  pluralAnaphors: ReadonlySet<string>;
  /** Possessives ("its", "their"): resolved only before an event word, whose actor they name. */
  possessiveAnaphors: ReadonlySet<string>;
  /** "we", "us", "our" in a group's quotation (speaker-group.ts). */
  firstPerson: { pronouns: ReadonlySet<string>; possessives: ReadonlySet<string>; members: ReadonlySet<string> };
  /** Nouns for the men an actor acts through ("its troops"): a possessive before one names the actor. */
  possessiveForces: ReadonlySet<string>;
  weapons: PatternIndex<true>;
  weaponModifiers: Set<string>;
  /** Nouns a weapon word modifies when it names what was struck ("missile storage sites"). */
  weaponStores: Set<string>;
  /** Words before a weapon word that make it name something else ("fuel tanks", "a think tank"). */
  weaponOthers: Set<string>;
  /** Weapons that carry no one ("missile", "drones"; singular and plural): shooting them down is an interception. */
  munitions: Set<string>;
  /** Nouns that introduce a place's name ("the northern city of Kirkuk", "the capital Kabul"). */
  placeNouns: Set<string>;
  /** Words of where between a preposition or verb and its place ("in central Kyiv"). */
  placeAdjectives: Set<string>;
  /** Participles hyphened after a country that say who holds the place after them ("Indian-administered Kashmir"). */
  heldBy: Set<string>;
  /** Site nouns a town's name may precede ("Kabul airport"): the name says where the site is. */
  siteNouns: Set<string>;
  /** Adjectives that make the next word a noun ("the latest attack"). */
  eventAdjectives: Set<string>;
  /** Words that only stand before a noun ("further", "fresh"): the trigger after one is a noun. */
  bareModifiers: Set<string>;
  /** Parts of a compound ("gate", "reception area"): acts against them happen at the facility. */
  facilityParts: PatternIndex<true>;
  /** "blamed on", "claimed by": cues after an event naming its reported actor. */
  attributions: PatternIndex<true>;
  /** "claimed responsibility for": the verbs and nouns whose subject did the act named after "for". */
  responsibility: { verbs: ReadonlySet<string>; nouns: ReadonlySet<string> };
  /** Verbs with which a speaker names or judges an act ("called the attacks a terrorist act"). */
  namingVerbs: ReadonlySet<string>;
  /** Nouns that cannot act ("relations", "sanctions"): a trigger verb with one as subject is no event. */
  nonAgents: Set<string>;
  /** Nouns for groups of people ("parties", "security forces"): "parties in Nepal" may stand for Nepal. */
  groupNouns: Set<string>;
}

function readJson(name: string, base: URL = DATA_DIR): unknown {
  return JSON.parse(readFileSync(new URL(name, base), "utf8"));
}

function wordPart(words: string[]): PatternPart {
  return { kind: "word", alts: new Set(words.map((w) => w.toLowerCase())) };
}

/** A literal phrase: "according to" -> two word parts. */
export function literal(source: string): Pattern {
  return { source, parts: source.toLowerCase().split(/\s+/).map((w) => wordPart([w])) };
}

/** A verb-led phrase: the first word inflected (unless written "=word"), '*'/'+' gaps, 'a|b' alternatives. */
export function verbPhrase(source: string, irregular: IrregularVerbs): Pattern {
  const words = source.toLowerCase().split(/\s+/);
  const parts: PatternPart[] = words.map((w, i) => {
    if (w === "*") return { kind: "gap", min: 0, max: 4 };
    if (w === "+") return { kind: "gap", min: 1, max: 4 };
    const alts = w.split("|");
    if (i === 0) return alts[0]?.startsWith("=") ? wordPart(alts.map((a) => a.replace(/^=/, ""))) : wordPart(alts.flatMap((a) => verbForms(a, irregular)));
    return wordPart(alts.flatMap((a) => (a.length > 2 ? nounForms(a) : [a])));
  });
  return { source, parts };
}

export function nounPhrase(source: string): Pattern {
  const variants = nounForms(source.toLowerCase()).map((v) => v.split(/\s+/));
  const len = variants[0]?.length ?? 0;
  const parts: PatternPart[] = [];
  for (let i = 0; i < len; i++) parts.push(wordPart(variants.map((v) => v[i] ?? "")));
  return { source, parts };
}

interface TriggerFile {
  compoundHeads?: { words: string[] };
  phraseHeads?: { words: string[] };
  idioms?: { phrases: string[] };
  groups: { type: PloverType; cameo?: string; mode?: string | null; rank?: number; weapon?: string; subject?: "actor" | "target"; object?: "person"; verbs?: string[]; nouns?: string[]; phrases?: string[] }[];
}

function loadTriggers(files: readonly TriggerFile[], irregular: IrregularVerbs): PatternIndex<TriggerValue> {
  const items: { pattern: Pattern; value: TriggerValue }[] = [];
  for (const data of files) {
    for (const g of data.groups) {
      const group: TriggerGroup = { type: g.type, cameo: g.cameo ?? null, mode: g.mode ?? null, rank: g.rank ?? 1, weapon: g.weapon ?? null, subject: g.subject ?? "actor", object: g.object ?? null };
      for (const v of g.verbs ?? []) items.push({ pattern: verbPhrase(v, irregular), value: { group, pos: "verb" } });
      for (const p of g.phrases ?? []) items.push({ pattern: verbPhrase(p, irregular), value: { group, pos: "verb" } });
      for (const n of g.nouns ?? []) items.push({ pattern: nounPhrase(n), value: { group, pos: "noun" } });
    }
  }
  return indexPatterns(items);
}

const literals = (list: string[]) => indexPatterns(list.map((s) => ({ pattern: literal(s), value: true as const })));

/** The shape of data/en/events/relations.json. */
interface RelationsFile {
  cues: RelationCue[];
  reactions: { types: string[]; modes: string[] };
  implicit: { reach: number; accusationModes: string[]; complements: string[]; perpetratorTypes: string[]; perpetrators: string[]; conditionTypes: string[]; conditions: string[] };
  leadIns: { words: string[] };
}

export function loadLexicon(options: { triggerFiles?: string[] } = {}): Lexicon {
  const irregular = (readJson("irregular-verbs.json") as { verbs: IrregularVerbs }).verbs;
  const baseTriggers = readJson("triggers.json") as TriggerFile;
  const extraTriggers = (options.triggerFiles ?? []).map((f) => readJson(f, new URL(`file://${process.cwd()}/`)) as TriggerFile);

  const mod = readJson("modality.json") as { precedence: ModalityName[]; planning: string[]; cues: Record<ModalityName, { cue: string; window?: number; commitment?: boolean; wanted?: boolean }[]> };
  const modalityItems = Object.entries(mod.cues).flatMap(([m, list]) =>
    list.map((c) => ({ pattern: literal(c.cue), value: { modality: m as ModalityName, window: c.window ?? 8, commitment: c.commitment === true, wanted: c.wanted === true } })),
  );

  const cl = readJson("claims.json") as {
    verbs: { cue: string; hedged?: boolean; onlyBeforeQuote?: boolean }[];
    phrases: { cue: string; kind: "according" | "impersonal"; hedged?: boolean }[];
    hedges: string[];
    speakerFillers: string[];
    continuing: string[];
  };
  const claimItems: { pattern: Pattern; value: ClaimCue }[] = [
    ...cl.verbs.map((v) => ({ pattern: verbPhrase(v.cue, irregular), value: { cue: v.cue, kind: "verb" as const, hedged: v.hedged ?? false, onlyBeforeQuote: v.onlyBeforeQuote ?? false } })),
    ...cl.phrases.map((p) => ({ pattern: literal(p.cue), value: { cue: p.cue, kind: p.kind, hedged: p.hedged ?? false, onlyBeforeQuote: false } })),
  ];

  const rel = readJson("relations.json") as RelationsFile;

  const num = readJson("numbers.json") as {
    words: Record<string, number>;
    multipliers: Record<string, number>;
    vague: string[];
    approximators: string[];
    victims: string[];
    genericVictims: { words: string[] };
    death: { agentVerbs: string[]; words: string[] };
    injury: { agentVerbs: string[]; words: string[] };
    none: { pronouns: string[]; determiners: string[]; bothNouns: string[] };
    crowd: { nouns: string[]; sizes: Record<string, number> };
  };
  const attribution = readJson("attribution.json") as { cues: string[]; responsibility: { verbs: string[]; nouns: string[] }; naming: string[] };
  const ana = readJson("anaphors.json") as { window: number; anaphors: Record<string, string[]>; several: string[]; possessive: string[]; possessive_forces: string[]; first_person: { pronouns: string[]; possessives: string[]; members: string[] } };
  const wp = readJson("weapons.json") as { nouns: string[]; modifiers: string[]; stores: string[]; others: string[]; munitions: string[] };
  const placeNouns = readJson("place-nouns.json") as { nouns: string[]; parts: string[]; sites: string[]; adjectives: string[]; held: string[] };
  const eventAdjectives = readJson("event-adjectives.json") as { adjectives: string[]; bareModifiers: { words: string[] } };

  return {
    triggers: loadTriggers([baseTriggers, ...extraTriggers], irregular),
    compoundHeads: new Set(baseTriggers.compoundHeads?.words ?? []),
    phraseHeads: new Set(baseTriggers.phraseHeads?.words ?? []),
    idioms: indexPatterns((baseTriggers.idioms?.phrases ?? []).map((p) => ({ pattern: verbPhrase(p, irregular), value: true as const }))),
    participles: new Set(Object.values(irregular).map((forms) => forms[2] ?? "")),
    modality: indexPatterns(modalityItems),
    reportingTime: new Set((readJson("event-dates.json") as { reportingTime: string[] }).reportingTime),
    modalityPrecedence: mod.precedence,
    planning: new Set(mod.planning),
    claimCues: indexPatterns(claimItems),
    hedges: literals(cl.hedges),
    speakerFillers: literals(cl.speakerFillers),
    continuing: new Set(cl.continuing),
    relations: indexPatterns(rel.cues.map((c) => ({ pattern: literal(c.cue), value: c }))),
    relationLeadIns: new Set(rel.leadIns.words),
    reactionTypes: new Set(rel.reactions.types),
    reactionModes: new Set(rel.reactions.modes),
    implicit: {
      reach: rel.implicit.reach,
      accusationModes: new Set(rel.implicit.accusationModes),
      complements: new Set(rel.implicit.complements),
      perpetratorTypes: new Set(rel.implicit.perpetratorTypes),
      perpetrators: literals(rel.implicit.perpetrators),
      conditionTypes: new Set(rel.implicit.conditionTypes),
      conditions: literals(rel.implicit.conditions),
    },
    numbers: {
      words: new Map(Object.entries(num.words)),
      multipliers: new Map(Object.entries(num.multipliers)),
      vague: literals(num.vague),
      approximators: literals(num.approximators),
      victims: new Set(num.victims),
      genericVictims: new Set(num.genericVictims.words),
      deathWords: new Set(num.death.words),
      injuryWords: new Set(num.injury.words),
      deathAgentVerbs: new Set(num.death.agentVerbs.flatMap((v) => verbForms(v, irregular))),
      injuryAgentVerbs: new Set(num.injury.agentVerbs.flatMap((v) => verbForms(v, irregular))),
      none: { pronouns: literals(num.none.pronouns), determiners: new Set(num.none.determiners), bothNouns: new Set(num.none.bothNouns) },
      crowdNouns: new Set(num.crowd.nouns),
      crowdSizes: new Map(Object.entries(num.crowd.sizes)),
    },
    anaphors: indexPatterns(Object.entries(ana.anaphors).map(([k, types]) => ({ pattern: literal(k), value: types }))),
    anaphorWindow: ana.window,
    pluralAnaphors: new Set(ana.several),
    possessiveAnaphors: new Set(ana.possessive),
    firstPerson: { pronouns: new Set(ana.first_person.pronouns), possessives: new Set(ana.first_person.possessives), members: new Set(ana.first_person.members) },
    possessiveForces: new Set(ana.possessive_forces),
    weapons: indexPatterns(wp.nouns.map((n) => ({ pattern: nounPhrase(n), value: true as const }))),
    weaponModifiers: new Set(wp.modifiers),
    weaponStores: new Set(wp.stores),
    weaponOthers: new Set(wp.others),
    munitions: new Set(wp.munitions.flatMap(nounForms)),
    placeNouns: new Set(placeNouns.nouns),
    placeAdjectives: new Set(placeNouns.adjectives),
    heldBy: new Set(placeNouns.held),
    siteNouns: new Set(placeNouns.sites),
    eventAdjectives: new Set(eventAdjectives.adjectives),
    bareModifiers: new Set(eventAdjectives.bareModifiers.words),
    facilityParts: indexPatterns(placeNouns.parts.map((n) => ({ pattern: literal(n), value: true as const }))),
    attributions: literals(attribution.cues),
    responsibility: { verbs: new Set(attribution.responsibility.verbs), nouns: new Set(attribution.responsibility.nouns) },
    namingVerbs: new Set(attribution.naming),
    nonAgents: new Set((readJson("non-agents.json") as { nouns: string[] }).nouns.flatMap(nounForms)),
    groupNouns: new Set((readJson("group-nouns.json") as { nouns: string[] }).nouns.flatMap(nounForms)),
  };
}
