/**
 * Step: fatalities, injuries and series counts of violent drafts, from the words of
 * their segment. A number follows an agent verb ("killed at least 18", "killing one
 * U.S. contractor"), precedes a passive or intransitive one ("Some 32 people died",
 * "2 soldiers and a British one were killed"), or follows "deaths of" ("the deaths of
 * 25 militia members"), unless the deaths are the reason for the act ("over the death
 * of a translator"). Sentences that only give a toll ("Some 32 people died") right
 * after an attack become an anaphoric follow-up mention of that attack. The victims'
 * telling noun ("contractor", not "people") is kept as a detail that links reports.
 */
import type { DocContext } from "./context.js";
import { abbreviationDot, BE, isAdverb } from "./en/grammar.js";
import { noneAt, numberAt, sumPeople } from "./en/numbers.js";
import type { NumberWords } from "./lexicon.js";
import type { Draft, EventState, TriggerHit } from "./state.js";
import type { Token } from "./tokens.js";
import { VIOLENT } from "./kinds.js";

const STOP = new Set([".", ";", ":", "?", "!", "—", "–"]);
/** Sentences back within which a toll-only sentence finds the attack it counts. */
const FOLLOW_UP_REACH = 3;

/** Punctuation that ends a noun phrase (not brackets, not the dot of "U.S."). */
function breaksPhrase(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (!t || t.kind !== "punct") return false;
  if (t.text === "(" || t.text === ")" || t.text === "-") return false;
  return !abbreviationDot(tokens, j);
}

function forwardEnd(tokens: Token[], i: number, to: number): number {
  let j = i;
  while (j < to && j < i + 9 && !breaksPhrase(tokens, j)) j++;
  return j;
}

function subjectStart(tokens: Token[], i: number, from: number): number {
  let j = i - 1;
  while (j >= from && !breaksPhrase(tokens, j) && i - j < 14) j--;
  return j + 1;
}

/** The count of people a cue word at token i reports, or null (unknown) / undefined (none given). */
function readAround(tokens: Token[], i: number, from: number, to: number, n: NumberWords, agentVerbs: Set<string>): number | null | undefined {
  const t = tokens[i] as Token;
  // "killed at least 18", "killing one U.S. contractor", "wounding many"
  if (agentVerbs.has(t.lower) && !(t.lower.endsWith("ed") && BE.has(tokens[i - 1]?.lower ?? ""))) {
    // "killed nobody", "killing no civilians"
    if (noneAt(tokens, i + 1, to, n) >= 0) return 0;
    // "killed one U.S. soldier and wounded two others": the count ends at the next toll verb
    let end = forwardEnd(tokens, i + 1, to);
    for (let j = i + 1; j < end; j++) if (n.deathWords.has(tokens[j]?.lower ?? "") || n.injuryWords.has(tokens[j]?.lower ?? "")) end = j;
    const after = sumPeople(tokens, i + 1, end, n, "start");
    if (after !== undefined) return after;
  }
  // "the deaths of 25 members", "death toll rose to 40", "put the death toll from the
  // fighting at 200"; not a death given as the reason for the act ("carried out acts of
  // war over the death of a translator")
  // ... and "put the number of Afghan dead at 169", "the number of dead rose to 40"
  if (/^(death|deaths|toll|casualties|fatalities)$/.test(t.lower) || (t.lower === "dead" && numberOf(tokens, i, from))) {
    if (tokens[i - 1]?.lower === "the" && tokens[i - 2]?.lower === "over") return undefined;
    // "there were no deaths"; but "has given no toll" withholds a number
    if (t.lower !== "toll" && n.none.determiners.has(tokens[i - 1]?.lower ?? "") && i - 1 >= from) return 0;
    const j = countStart(tokens, i + 1, Math.min(to, i + 7), to, n, true);
    const after = sumPeople(tokens, j, forwardEnd(tokens, j, to), n, "start");
    if (after !== undefined) return after;
  }
  // "put its losses at 192 soldiers": losses count people only when a victim noun says so
  if (t.lower === "losses") {
    const j = countStart(tokens, i + 1, Math.min(to, i + 4), to, n, false);
    const after = sumPeople(tokens, j, forwardEnd(tokens, j, to), n, "none");
    if (after !== undefined) return after;
  }
  // "Some 32 people died", "25 people were killed", "2 soldiers killed"
  let k = i - 1;
  while (k >= from && (BE.has(tokens[k]?.lower ?? "") || isAdverb(tokens[k]) || ["have", "has", "had"].includes(tokens[k]?.lower ?? ""))) k--;
  // "27 people, including two civilians, were killed": the subject goes on before an
  // aside that names part of it
  const aside = asideBefore(tokens, k, from);
  if (aside >= 0) k = aside;
  if (k >= from && !STOP.has(tokens[k]?.text ?? "")) {
    // "No one was killed", "no civilians were hurt", "none of the crew was hurt"
    if (noneBefore(tokens, k, from, n)) return 0;
    // ("11 people were killed and 64 wounded": the count starts after the other toll's word)
    let start = subjectStart(tokens, k + 1, from);
    for (let j = k; j >= start; j--) {
      const w = tokens[j]?.lower ?? "";
      if (n.deathWords.has(w) || n.injuryWords.has(w)) {
        start = j + 1;
        break;
      }
    }
    // "two children were among the 26 killed", "a child was among the dead": the subject is
    // part of the dead; only a count after "among" is the toll
    for (let j = k; j > start; j--) {
      if (tokens[j]?.lower !== "among" || !BE.has(tokens[j - 1]?.lower ?? "")) continue;
      start = j + 1;
      break;
    }
    const before = sumPeople(tokens, start, k + 1, n, "end");
    if (before !== undefined) return before;
  }
  return undefined;
}

/** "the number of (Afghan) dead": "number of" a word or two before token i. */
function numberOf(tokens: Token[], i: number, from: number): boolean {
  for (let j = i - 1; j >= from && j >= i - 3; j--) if (tokens[j]?.lower === "of" && tokens[j - 1]?.lower === "number") return true;
  return false;
}

/** Whether the subject ending at token k stands for nobody ("no one", "none of the crew"). */
function noneBefore(tokens: Token[], k: number, from: number, n: NumberWords): boolean {
  for (let j = Math.max(from, k - 5); j <= k; j++) {
    const end = noneAt(tokens, j, k + 1, n);
    if (end === k + 1) return true;
    if (end > j && tokens[end]?.lower === "of" && tokens[j]?.lower === "none") return true;
  }
  return false;
}

/**
 * Where the count after a toll word starts: the first number (read up to `to`) from
 * `from` on, before `limit` and any punctuation (or an article, when `article` ends the search: "the death
 * of a translator").
 */
function countStart(tokens: Token[], from: number, limit: number, to: number, n: NumberWords, article: boolean): number {
  let j = from;
  while (j < limit && !numberAt(tokens, j, to, n) && !(article && ["a", "an"].includes(tokens[j]?.lower ?? "")) && tokens[j]?.kind !== "punct") j++;
  return j;
}

/** Words that open an aside naming part of a count before it ("including two civilians", "most of them soldiers"). */
const PART_OF_COUNT = new Set(["including", "among", "mostly", "mainly", "most", "many", "all", "both", "some"]);

/**
 * When token k is the comma closing an aside that names part of the count before it
 * ("27 people, including two civilians,"), the index of the last token before the aside;
 * else -1.
 */
function asideBefore(tokens: Token[], k: number, from: number): number {
  if (tokens[k]?.text !== ",") return -1;
  for (let j = k - 1; j > from && k - j <= 8; j--) {
    const t = tokens[j];
    if (!t || (t.kind === "punct" && t.text !== ",")) return -1;
    if (t.text === ",") return PART_OF_COUNT.has(tokens[j + 1]?.lower ?? "") ? j - 1 : -1;
  }
  return -1;
}

function tollIn(ctx: DocContext, from: number, to: number, words: Set<string>, agentVerbs: Set<string>): number | null | undefined {
  return tollAt(ctx, from, to, words, agentVerbs).value;
}

/** The toll of tokens [from, to) and the token of the word it was read at (-1 for none). */
function tollAt(ctx: DocContext, from: number, to: number, words: Set<string>, agentVerbs: Set<string>): { value: number | null | undefined; at: number } {
  let result: number | null | undefined;
  const none = ctx.lexicon.numbers.none;
  for (let i = from; i < to; i++) {
    const t = ctx.tokens[i];
    // "there were no casualties": a noun that counts the dead and the hurt alike
    if (t && none.bothNouns.has(t.lower) && none.determiners.has(ctx.tokens[i - 1]?.lower ?? "") && i > from) return { value: 0, at: i };
    if (!t || !words.has(t.lower)) continue;
    const v = readAround(ctx.tokens, i, from, to, ctx.lexicon.numbers, agentVerbs);
    if (typeof v === "number") return { value: v, at: i };
    if (v === null) result = null;
  }
  return { value: result, at: -1 };
}

function countOf(ctx: DocContext, d: Draft): number | null {
  for (const h of [d.head, ...d.hits]) {
    const c = countBefore(ctx, h);
    if (c !== null) return c;
  }
  return null;
}

function countBefore(ctx: DocContext, h: TriggerHit): number | null {
  if (h.pos !== "noun" || !/s$/i.test(ctx.tokens[h.to - 1]?.text ?? "")) return null;
  const n = ctx.lexicon.numbers;
  for (let j = h.from - 1; j >= Math.max(0, h.from - 3); j--) {
    const t = ctx.tokens[j];
    if (!t || t.kind === "punct") return null;
    const num = numberAt(ctx.tokens, j, h.from, n);
    if (num && num.value < 1000) return num.value;
    if (!["such", "more", "separate", "similar", "small", "major", "deadly", "new", "other", "previous", "recent", "further", "additional"].includes(t.lower) && !/^[a-z]+$/.test(t.lower)) return null;
  }
  return null;
}

/**
 * The first telling victim word of a toll's clause ("contractor", "soldiers"), singular;
 * null for "people". Who tells the toll is not who died ("Afghan health officials said").
 */
function victimNoun(ctx: DocContext, state: EventState, from: number, to: number): string | null {
  const n = ctx.lexicon.numbers;
  for (let i = from; i < to; i++) {
    if (state.sayerTokens.has(i) || state.speakerTokens.has(i)) continue;
    const w = ctx.tokens[i]?.lower ?? "";
    if (!n.victims.has(w) || n.genericVictims.has(w)) continue;
    return w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w;
  }
  return null;
}

/** Possessives that make the victims their teller's own ("192 of its soldiers", "their own men"). */
const OWN = new Set(["its", "their", "our"]);

/** A toll of dead in tokens [from, to) named as the teller's own people: "of its soldiers", "their men". */
function ownSide(ctx: DocContext, fatalities: number | null, from: number, to: number): boolean {
  if (fatalities === null || fatalities <= 0) return false;
  const n = ctx.lexicon.numbers;
  for (let i = from; i < to; i++) {
    if (!n.victims.has(ctx.tokens[i]?.lower ?? "")) continue;
    const before = ctx.tokens[i - 1]?.lower === "own" ? i - 2 : i - 1;
    if (OWN.has(ctx.tokens[before]?.lower ?? "")) return true;
  }
  return false;
}

/** Where a draft's words begin: its first hit. */
function firstHit(d: Draft): number {
  return Math.min(d.head.from, ...d.hits.map((h) => h.from));
}

/**
 * The tokens whose toll a violent draft tells: its whole segment, or, when the segment
 * tells several violent acts ("Rockets hit the base, and a separate attack killed two
 * soldiers"), the part from its first word up to the next act's (the first act's part
 * starts with the segment).
 */
function tollWindows(state: EventState): Map<Draft, [number, number]> {
  const bySegment = new Map<number, Draft[]>();
  for (const d of state.drafts) {
    if (!VIOLENT.has(d.type)) continue;
    const list = bySegment.get(d.segment);
    if (list) list.push(d);
    else bySegment.set(d.segment, [d]);
  }
  const out = new Map<Draft, [number, number]>();
  for (const [segIndex, list] of bySegment) {
    const seg = state.segments[segIndex];
    if (!seg) continue;
    const sorted = [...list].sort((a, b) => firstHit(a) - firstHit(b));
    sorted.forEach((d, i) => {
      const next = sorted[i + 1];
      out.set(d, [i === 0 ? seg.from : firstHit(d), next ? firstHit(next) : seg.to]);
    });
  }
  return out;
}

export function assignNumbers(ctx: DocContext, state: EventState): EventState {
  const n = ctx.lexicon.numbers;
  const windows = tollWindows(state);
  const drafts = state.drafts.map((d) => {
    const window = windows.get(d);
    if (!window) return d;
    const [from, to] = window;
    const toll = tollAt(ctx, from, to, n.deathWords, n.deathAgentVerbs);
    const fatalities = toll.value ?? null;
    const injuries = tollIn(ctx, from, to, n.injuryWords, n.injuryAgentVerbs) ?? null;
    const victim = fatalities !== null || injuries !== null ? victimNoun(ctx, state, from, to) : null;
    const tollStart = toll.at >= 0 ? ctx.tokens[toll.at]?.start : undefined;
    return { ...d, fatalities, injuries, count: countOf(ctx, d), victim, ownSide: ownSide(ctx, fatalities, from, to), ...(tollStart !== undefined ? { tollAt: tollStart } : {}) };
  });
  return { ...state, drafts };
}

/**
 * Step: a toll-only segment ("Some 32 people died.") up to three sentences after a violent
 * event becomes its follow-up mention; a violent mention that tells only a toll with a word
 * of killing ("The ministry said 471 people were killed") is stated to be the same act as
 * the attack told before it. Neither ever counts a series' or an activity's dead, nor
 * follows an interception ("shot down 43 of the missiles").
 */
export function tollFollowUps(ctx: DocContext, state: EventState): EventState {
  const n = ctx.lexicon.numbers;
  const extra: Draft[] = [];
  const withDrafts = new Set(state.drafts.map((d) => d.segment));
  // (not a series or an activity: "faced 11 rocket attacks ... Eventually they killed an
  // American" counts one attack's dead, not the series')
  // (nor an interception: "air defences shot down 43 of the missiles" kills no one)
  const violent = state.drafts.filter((d) => VIOLENT.has(d.type) && !d.ongoing && (d.count ?? 0) <= 1 && !interception(ctx, state, d)).sort((a, b) => a.sentence - b.sentence);
  let next = 0;
  let previous: Draft | undefined;
  const same = new Map<Draft, Draft>();
  state.segments.forEach((seg, segIndex) => {
    // the last violent draft of an earlier sentence (drafts and segments both run in text order)
    while (next < violent.length && (violent[next] as Draft).sentence < seg.sentence) previous = violent[next++];
    // (up to three sentences back: "... left 105 dead. [¶] Police fired tear gas ... The
    // government has not released a toll. The minister said 19 had died.")
    const antecedent = previous && previous.sentence >= seg.sentence - FOLLOW_UP_REACH ? previous : undefined;
    if (withDrafts.has(segIndex)) {
      // "The ministry said 471 people were killed": a toll told with a word of killing, and
      // nothing else of an act, is the toll of the attack just told (in this sentence or,
      // up to three sentences back, in another: "Israel has since bombarded Gaza; the
      // ministry says 3,000 have been killed")
      for (const d of state.drafts) {
        if (d.segment !== segIndex || !bareToll(ctx, d)) continue;
        let before: Draft | undefined;
        for (const v of violent) {
          if (v === d || v.head.start >= d.head.start || v.sentence < d.sentence - FOLLOW_UP_REACH) continue;
          if (!before || v.head.start > before.head.start) before = v;
        }
        if (before) same.set(d, before);
      }
      return;
    }
    const fatalities = tollIn(ctx, seg.from, seg.to, n.deathWords, n.deathAgentVerbs);
    if (typeof fatalities !== "number" || !antecedent) return;
    let cue = seg.from;
    for (let i = seg.from; i < seg.to; i++) if (n.deathWords.has(ctx.tokens[i]?.lower ?? "")) { cue = i; break; }
    const t = ctx.tokens[cue] as Token;
    const first = ctx.tokens[seg.from] as Token;
    const last = ctx.tokens[seg.to - 1] as Token;
    extra.push({
      ...antecedent,
      ownSide: ownSide(ctx, fatalities, seg.from, seg.to),
      sentence: seg.sentence,
      segment: segIndex,
      head: { ...antecedent.head, from: cue, to: cue + 1, start: t.start, end: t.end, pos: "verb", passive: false },
      hits: [],
      start: first.start,
      end: last.end,
      fatalities,
      injuries: tollIn(ctx, seg.from, seg.to, n.injuryWords, n.injuryAgentVerbs) ?? null,
      victim: victimNoun(ctx, state, seg.from, seg.to),
      count: null,
      anaphoric: true,
      followUp: true,
      // the document tells it as the same act: it goes wherever that act goes
      sameAs: antecedent,
    });
  });
  const told = state.drafts.map((d) => {
    const to = same.get(d);
    return to ? { ...d, sameAs: to } : d;
  });
  const drafts = [...told, ...extra].sort((a, b) => a.head.start - b.head.start);
  return { ...state, drafts };
}

/** "shot down 43 of the missiles": a shoot-down whose object (within a few words) is a weapon that carries no one. */
function interception(ctx: DocContext, state: EventState, d: Draft): boolean {
  if (d.mode !== "shoot-down" || d.head.pos !== "verb") return false;
  const seg = state.segments[d.segment];
  const end = Math.min(seg?.to ?? d.head.to, d.head.to + 6);
  for (let i = d.head.to; i < end; i++) {
    const t = ctx.tokens[i];
    if (!t || t.kind === "punct") return false;
    if (ctx.lexicon.munitions.has(t.lower)) return true;
  }
  return false;
}

/** Whether the draft is told by a word of death or injury ("19 dead", "were killed", "105 wounded"). */
export function toldByTollWord(ctx: DocContext, d: Draft): boolean {
  const word = ctx.tokens[d.head.from]?.lower ?? "";
  return ctx.lexicon.numbers.deathWords.has(word) || ctx.lexicon.numbers.injuryWords.has(word);
}

/** A violent draft that tells only a toll: its word is one of dying or of hurt ("19 dead and 105 wounded"), with no one named, no place, no date of its own and no means. */
function bareToll(ctx: DocContext, d: Draft): boolean {
  return (
    VIOLENT.has(d.type) &&
    typeof d.fatalities === "number" &&
    d.head.to - d.head.from === 1 &&
    toldByTollWord(ctx, d) &&
    d.mode === null &&
    d.actors.length === 0 &&
    d.targets.length === 0 &&
    d.location === null &&
    d.dateSource !== "text" &&
    d.weapon === null &&
    d.sameAs === undefined
  );
}
