/**
 * Builds event-stage inputs for tests without the other stages: sentences split after
 * ". ", "? " and "! " (and at line breaks), entity mentions from a small dictionary,
 * time expressions from a map of phrases to values.
 */
import type { EntityInfo, EntityMention, EntityType, EventMention, LocalRelation, PloverType, QuoteSpan, Sentence, TimeExpression } from "../model/analysis.js";
import { createEventExtractor, type EventExtractor, type EventInput, type EventResult } from "./index.js";
import type { DocumentKind } from "../model/document.js";

export type Dictionary = Record<string, [key: string, type: EntityType]>;

const ABBREVIATION = /(?:^|[\s(])(?:(?:[A-Z]\.)+[A-Z]?|Mr|Mrs|Ms|Dr|Maj|Gen|Sen|Rep|St|Lt|Col|Sgt|Capt|Gov|Pres)\.$/;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start] ?? "")) start++;
    while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
    if (end > start) out.push({ start, end, text: text.slice(start, end), quote: null });
  };
  let start = 0;
  const re = /[.?!]["”’]?(?=\s)|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0] !== "\n" && ABBREVIATION.test(text.slice(Math.max(start, m.index - 12), m.index + 1))) continue;
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return out;
}

export function mentionsFrom(text: string, dict: Dictionary): { mentions: EntityMention[]; entities: EntityInfo[] } {
  const mentions: EntityMention[] = [];
  const entities = new Map<string, EntityInfo>();
  const surfaces = Object.keys(dict).sort((a, b) => b.length - a.length);
  for (const surface of surfaces) {
    const [key, type] = dict[surface] as [string, EntityType];
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${surface.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "gu");
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + surface.length;
      if (mentions.some((x) => start < x.end && x.start < end)) continue;
      mentions.push({ start, end, text: surface, key, role: "name" });
      const info = entities.get(key) ?? { key, name: surface, type, aliases: [], partOf: null, country: null, geo: null, known: true };
      entities.set(key, { ...info, aliases: [...new Set([...info.aliases, surface])] });
    }
  }
  return { mentions: mentions.sort((a, b) => a.start - b.start), entities: [...entities.values()] };
}

export function timesFrom(text: string, times: Record<string, string>, anchor = "2020-01-02"): TimeExpression[] {
  const out: TimeExpression[] = [];
  for (const [phrase, value] of Object.entries(times)) {
    for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
      out.push({ start: i, end: i + phrase.length, text: phrase, value, precision: value.length === 10 ? "day" : value.length === 7 ? "month" : "year", anchor, certain: true });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function buildInput(
  text: string,
  options: { dict?: Dictionary; times?: Record<string, string>; quotes?: QuoteSpan[]; published?: string | null; kind?: DocumentKind } = {},
): EventInput {
  const { mentions, entities } = mentionsFrom(text, options.dict ?? {});
  return {
    text,
    kind: options.kind ?? "article",
    published: options.published === undefined ? "2020-01-02" : options.published,
    sentences: splitSentences(text),
    quotes: options.quotes ?? [],
    timeExpressions: timesFrom(text, options.times ?? {}),
    entities,
    mentions,
  };
}

type InputOptions = NonNullable<Parameters<typeof buildInput>[1]>;
let shared: EventExtractor | null = null;

/** The event stage run on `text`, with the test actors as its dictionary (one extractor shared by the tests). */
export function extractText(text: string, options: Omit<InputOptions, "dict"> = {}): EventResult {
  shared ??= createEventExtractor({});
  return shared(buildInput(text, { dict: ACTORS, ...options }));
}

/** The first event of `type` (its index, -1 if none), the link it starts, and the event that link points to. */
export function reactionOf(r: EventResult, type: PloverType): { index: number; link: LocalRelation | undefined; object: EventMention | undefined } {
  const index = r.events.findIndex((e) => e.type === type);
  const link = r.relations.find((x) => x.from === index);
  return { index, link, object: link ? r.events[link.to] : undefined };
}

/** A dictionary of actors from several crises, for tests. */
export const ACTORS: Dictionary = {
  "United States": ["united_states", "COUNTRY"],
  "U.S.": ["united_states", "COUNTRY"],
  US: ["united_states", "COUNTRY"],
  American: ["united_states", "COUNTRY"],
  Pentagon: ["pentagon", "GOVERNMENT"],
  Iran: ["iran", "COUNTRY"],
  Iraq: ["iraq", "COUNTRY"],
  Russia: ["russia", "COUNTRY"],
  Russian: ["russia", "COUNTRY"],
  Ukraine: ["ukraine", "COUNTRY"],
  Ukrainian: ["ukraine", "COUNTRY"],
  Kharkiv: ["kharkiv", "PLACE"],
  Kyiv: ["kyiv", "PLACE"],
  Houthi: ["houthis", "ARMED_GROUP"],
  Houthis: ["houthis", "ARMED_GROUP"],
  "Saudi Arabia": ["saudi_arabia", "COUNTRY"],
  Aramco: ["aramco", "ORGANIZATION"],
  Abqaiq: ["abqaiq", "PLACE"],
  Hamas: ["hamas", "ARMED_GROUP"],
  Israel: ["israel", "COUNTRY"],
  Israeli: ["israel", "COUNTRY"],
  Gaza: ["gaza", "PLACE"],
  Hezbollah: ["hezbollah", "ARMED_GROUP"],
  "European Union": ["european_union", "ORGANIZATION"],
  Belarus: ["belarus", "COUNTRY"],
  Khartoum: ["khartoum", "PLACE"],
  Sudan: ["sudan", "COUNTRY"],
  "Rapid Support Forces": ["rsf", "ARMED_GROUP"],
  "Vladimir Putin": ["vladimir_putin", "PERSON"],
  Putin: ["vladimir_putin", "PERSON"],
  "Volodymyr Zelensky": ["volodymyr_zelensky", "PERSON"],
  Zelensky: ["volodymyr_zelensky", "PERSON"],
  "Lloyd Austin": ["lloyd_austin", "PERSON"],
  Austin: ["lloyd_austin", "PERSON"],
  "Kataib Hezbollah": ["kataib_hezbollah", "ARMED_GROUP"],
  "the embassy": ["us_embassy", "FACILITY"],
  "Camp Taji": ["camp_taji", "FACILITY"],
  Baghdad: ["baghdad", "PLACE"],
  "Qassem Soleimani": ["qassem_soleimani", "PERSON"],
  Soleimani: ["qassem_soleimani", "PERSON"],
  Syria: ["syria", "COUNTRY"],
  Yemen: ["yemen", "COUNTRY"],
  Reuters: ["reuters", "MEDIA"],
};
