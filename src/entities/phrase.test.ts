import { describe, expect, it } from "vitest";
import type { DocContext } from "./candidate.js";
import { loadKnowledge } from "./knowledge/index.js";
import { matchPhrase } from "./phrase.js";
import { tokenize } from "./tokens.js";

const knowledge = loadKnowledge([]);

function ctx(text: string): DocContext {
  return { text, tokens: tokenize(text, []), knowledge, lexicon: knowledge.lexicon, uids: { next: 0 } };
}

describe("phrase matching", () => {
  const phrases = [["prime"], ["prime", "minister"], ["deputy", "prime", "minister"], ["prime", "minister"]];

  it("takes the longest phrase that starts at the token, across spaces and hyphens", () => {
    const c = ctx("the deputy prime-minister spoke");
    const m = matchPhrase(c, 1, phrases);
    expect(m?.words).toEqual(["deputy", "prime", "minister"]);
    expect(c.tokens[m?.last ?? -1]?.text).toBe("minister");
    expect(matchPhrase(c, 0, phrases)).toBeNull();
  });

  it("gives the first of equal phrases and stops at punctuation", () => {
    const c = ctx("prime minister, prime. minister");
    expect(matchPhrase(c, 0, phrases)?.words).toBe(phrases[1]);
    const i = c.tokens.findIndex((t, n) => n > 0 && t.text === "prime");
    expect(matchPhrase(c, i, phrases)?.words).toBe(phrases[0]);
  });

  it("reads abbreviations as the lexicon spells them out", () => {
    const lex = knowledge.lexicon;
    const [abbr, full] = [...lex.abbreviations.entries()].find(([a, f]) => !f.includes(" ") && /^[a-z]+$/.test(a)) ?? [];
    if (!abbr || !full) return;
    const c = ctx(`${abbr} x`);
    expect(matchPhrase(c, 0, [[full]])?.last).toBe(0);
  });
});
