/**
 * Step: modality from cue words (data/en/events/modality.json) before the trigger in
 * its segment and within the cue's window. Precedence picks among several. A threat
 * stays asserted under future cues: "threatens to strike" is a threat made now. A modal
 * verb ("should", "would") also governs a bare verb further on in its clause ("should
 * wait ..., not just strike empty buildings"). A noun that refers back to an event
 * already told ("if the protest continued") is not made hypothetical by the condition.
 * A negated verb ("did not apologize for its attack") denies itself and its object, not a
 * noun in a phrase after it: the attack it does not apologize for did happen. A future
 * act the subject undertook ("agreed to end the siege") is marked committed. The act a
 * demand asks for ("calling for the withdrawal of U.S. troops") has not happened: it is
 * future, and no reference back to an act told before. An act the text says goes on
 * ("would continue to press for") has happened, whatever the modal before it.
 */
import type { DocContext } from "./context.js";
import type { PloverType } from "../model/analysis.js";
import { abbreviationDot, CLAUSE_OPENERS, DETERMINERS, definitePhraseStart, SAYING_VERBS } from "./en/grammar.js";
import type { ModalityName } from "./lexicon.js";
import { findAll } from "./pattern.js";
import type { Draft, EventState } from "./state.js";

const PREPOSITIONS = new Set(["for", "of", "about", "over", "on", "to", "against", "with", "after", "before", "despite", "since", "during"]);

/** A short negation cue ("did not", "has not") and a noun trigger in a prepositional phrase after the negated verb. */
function outOfNegation(ctx: DocContext, cue: { to: number; value: { modality: ModalityName; window: number } }, head: { from: number; pos: "verb" | "noun" }): boolean {
  if (cue.value.modality !== "denied" || head.pos !== "noun" || cue.value.window > 3) return false;
  for (let i = cue.to + 1; i < head.from; i++) if (PREPOSITIONS.has(ctx.tokens[i]?.lower ?? "")) return true;
  return false;
}

/**
 * "The RSF denied targeting civilians and accused the army": a verb after "and", past the
 * denial's own words, is a second predicate of the subject, not what is denied (unless it
 * is told with a verb of the same act before it).
 */
function anotherPredicate(ctx: DocContext, cue: { to: number; value: { modality: ModalityName } }, d: Draft): boolean {
  const head = d.head;
  if (cue.value.modality !== "denied" || head.pos !== "verb" || head.passive) return false;
  // ("denied it attacked and shelled Kyiv": two verbs of one act, both denied)
  if (d.hits.some((x) => x.from >= cue.to && x.from < head.from)) return false;
  const before = ctx.tokens[head.from - 1]?.lower ?? "";
  if (before === "and" && head.from - 1 > cue.to && /ed$/.test(ctx.tokens[head.from]?.lower ?? "")) return true;
  // "Baku denied targeting civilians and said it struck only military positions": what the
  // subject goes on to say is not denied
  for (let i = cue.to; i + 1 < head.from; i++) if (ctx.tokens[i]?.lower === "and" && SAYING_VERBS.has(ctx.tokens[i + 1]?.lower ?? "")) return true;
  return false;
}

const MODAL_VERBS = new Set(["should", "would", "could", "might", "may", "must", "will", "shall"]);

/** A verb trigger in its base form ("strike", not "struck", "strikes", "striking"). */
function bareVerb(ctx: DocContext, head: { from: number; pos: "verb" | "noun"; passive: boolean }): boolean {
  if (head.pos !== "verb" || head.passive) return false;
  const w = ctx.tokens[head.from]?.lower ?? "";
  return !/(ed|s|ing)$/.test(w) && !ctx.lexicon.participles.has(w);
}

/** Types whose object noun is an act wanted, not done ("calling for the withdrawal"). */
const WANTING: ReadonlySet<PloverType> = new Set(["DEMAND"]);

/**
 * "a law calling for the withdrawal of U.S. troops", "demanded the release": a noun
 * trigger right after a demand (articles and adjectives between) is the act demanded;
 * so is a verb in its base form in the demand's "that" clause ("demanded that the
 * prime minister resign").
 */
function demandedAct(ctx: DocContext, d: Draft, demands: readonly Draft[]): boolean {
  const subjunctive = bareVerb(ctx, d.head);
  if (d.head.pos !== "noun" && !subjunctive) return false;
  return demands.some((o) => {
    if (o === d || o.sentence !== d.sentence || o.head.to > d.head.from) return false;
    const between = ctx.tokens.slice(o.head.to, d.head.from);
    if (d.head.pos === "verb") return between[0]?.lower === "that" && between.length <= 6 && between.every((t, k) => t.kind === "word" || abbreviationDot(ctx.tokens, o.head.to + k));
    return between.length <= 3 && between.every((t) => t.kind === "word" && (DETERMINERS.has(t.lower) || /^[a-z-]+$/.test(t.text)) && !CLAUSE_OPENERS.has(t.lower));
  });
}

/** A cue word that is part of a date ("On 10 May, India struck"): the month, not the modal verb. */
function inDate(ctx: DocContext, cue: { from: number; to: number }): boolean {
  const start = ctx.tokens[cue.from]?.start ?? -1;
  return ctx.timeExpressions.some((t) => t.start <= start && start < t.end);
}

const CONTINUE = new Set(["continue", "continues", "continued", "continuing"]);

/** The trigger goes on an act already under way ("continue to press for", "continued to attack"). */
function continued(ctx: DocContext, at: number): boolean {
  return ctx.tokens[at - 1]?.lower === "to" && CONTINUE.has(ctx.tokens[at - 2]?.lower ?? "");
}

export function assignModality(ctx: DocContext, state: EventState): EventState {
  const lex = ctx.lexicon;
  const demands = state.drafts.filter((o) => WANTING.has(o.type));
  const drafts = state.drafts.map((d) => {
    if (demandedAct(ctx, d, demands)) return { ...d, modality: "future" as const, anaphoric: false, wanted: true };
    const seg = state.segments[d.segment];
    if (!seg) return d;
    const cues = findAll(lex.modality, ctx.tokens, seg.from, d.head.from).filter(
      (h) =>
        h.to <= d.head.from &&
        d.head.from - h.to <= h.value.window &&
        !d.hits.some((x) => h.from < x.to && x.from < h.to) &&
        !outOfNegation(ctx, h, d.head) &&
        !anotherPredicate(ctx, h, d) &&
        !inDate(ctx, h),
    );
    // "if the protest continued": a reference back to an event already told presupposes
    // it, whatever governs the clause around it ("the planned strike" keeps its cue)
    const phrase = d.anaphoric && d.head.pos === "noun" ? definitePhraseStart(ctx.tokens, d.head.from) : null;
    const found = new Set<ModalityName>(cues.filter((c) => phrase === null || c.to > phrase).map((c) => c.value.modality));
    // "should wait ..., not just strike": a modal's scope runs on over a bare verb of its clause
    if (found.size === 0 && bareVerb(ctx, d.head)) {
      const modal = findAll(lex.modality, ctx.tokens, seg.from, d.head.from).find((h) => MODAL_VERBS.has(ctx.tokens[h.from]?.lower ?? "") && h.to <= d.head.from && !inDate(ctx, h));
      if (modal) found.add(modal.value.modality);
    }
    if (d.type === "THREATEN") found.delete("future");
    // "would instead continue to press for the withdrawal": an act that goes on has happened
    if (continued(ctx, d.head.from)) {
      found.delete("future");
      found.delete("hypothetical");
    }
    const pick = lex.modalityPrecedence.find((m) => found.has(m));
    if (!pick) return d;
    // "agreed to end the siege": an act the subject undertook
    const future = pick === "future" ? cues.filter((c) => c.value.modality === "future") : [];
    const committed = future.some((c) => c.value.commitment);
    // "threatened to resign": the act only threatened
    const wanted = future.some((c) => c.value.wanted);
    return { ...d, modality: pick, ...(committed ? { committed } : {}), ...(wanted ? { wanted } : {}) };
  });
  return { ...state, drafts };
}
