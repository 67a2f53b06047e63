import { alternation } from "../../time/en/lexicon.js";
import { textLexicon } from "../lexicon.js";

/**
 * Who a quotation is attributed to, when a speech verb and a name sit right next to it:
 * "…,” said Maj. Charlie Dietz, a spokesman", "…,” Esper told reporters", "…,” he said",
 * "an American official said", or before it: "She continued: “…". Returns the name as
 * written, or null.
 */
const WINDOW = 120;
const CAP_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.\\-]*";
const NAME = `${CAP_WORD}(?:\\s+(?:of|the|al|bin|de|van|von)\\s+${CAP_WORD}|\\s+${CAP_WORD}){0,5}`;
const DESCRIBED = "(?:[Tt]he|[Aa]n?|[Oo]ne)\\s+(?:[\\p{L}\\-]+\\s+){0,3}?[\\p{L}\\-]+";

const DESCRIBED_LONG = "(?:[Tt]he|[Aa]n?|[Oo]ne)\\s+[\\p{L}\\-]+(?:\\s+[\\p{L}\\-]+){0,5}";

let patterns: { after: RegExp[]; before: RegExp[] } | null = null;

function compiled(): { after: RegExp[]; before: RegExp[] } {
  if (patterns) return patterns;
  const lex = textLexicon();
  const verb = `(?:${alternation(lex.speechVerbs)})`;
  const pronoun = `(?:${alternation([...lex.pronouns, ...lex.pronouns.map((w) => w.charAt(0).toUpperCase() + w.slice(1))])})`;
  const who = `(${NAME}|${pronoun}|${DESCRIBED})`;
  const named = `(${NAME}|${DESCRIBED_LONG})`;
  patterns = {
    after: [
      // "…,” said Maj. Charlie Dietz, a spokesman" / "…," said a former senior official.
      new RegExp(`^[\\s,!?]*${verb}\\s+${named}`, "u"),
      // "…,” Esper told reporters" / "…,” he said"
      new RegExp(`^[\\s,!?]*${who}\\s+(?:\\p{Ll}+ly\\s+)?${verb}(?![\\p{L}])`, "u"),
    ],
    before: [
      // "She continued: “…" / "Trump said, “…"
      new RegExp(`(?:^|[.!?]\\s+|\\n)${who}\\s+(?:\\p{Ll}+ly\\s+)?${verb}(?:\\s+[\\p{L}]+){0,3}?\\s*[:,]\\s*$`, "u"),
      // "…,” she said. “Next quotation…": the speaker of the quotation just closed goes on.
      new RegExp(`[”"][,.]?\\s*${who}\\s+${verb}[.]\\s*$`, "u"),
      new RegExp(`[”"][,.]?\\s*${verb}\\s+${named}(?:,[^.”"]{0,80})?[.]\\s*$`, "u"),
    ],
  };
  return patterns;
}

function clean(name: string): string {
  return name.replace(/[\s,.;:]+$/u, "");
}

export function findSpeaker(text: string, quote: { start: number; end: number }, para: { start: number; end: number }): string | null {
  const p = compiled();
  const after = text.slice(quote.end, Math.min(para.end, quote.end + WINDOW));
  // A quotation closing on a full stop ends its sentence: what follows is not its attribution.
  const closesSentence = /[.]\s*$/.test(text.slice(Math.max(quote.start, quote.end - 3), quote.end - 1));
  for (const re of closesSentence ? [] : p.after) {
    const m = re.exec(after);
    if (m?.[1]) return clean(m[1]);
  }
  const before = text.slice(Math.max(para.start, quote.start - WINDOW), quote.start);
  for (const re of p.before) {
    const m = re.exec(before);
    if (m?.[1]) return clean(m[1]);
  }
  return null;
}
