import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { keywordGate } from "../triggers.js";
import { anchorDay, dayComponents } from "../../components.js";
import { anaphoraTag } from "../../tags.js";
import { alternation, timeLexicon, type AnaphoraEntry } from "../lexicon.js";

/**
 * Phrases dated by an earlier expression in the text ("back then", "the same day",
 * "the next day", "that night"; data/en/time/anaphora.json). The result carries a
 * placeholder date and a tag; the document step resolves it against its antecedent.
 */
export class AnaphoraParser implements Parser {
  private readonly regex: RegExp;
  private readonly entryOf = new Map<string, AnaphoraEntry>();

  constructor() {
    for (const entry of timeLexicon().anaphora) for (const t of entry.text) this.entryOf.set(t.toLowerCase(), entry);
    this.regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:on\\s+)?(${alternation([...this.entryOf.keys()])})(?![\\p{L}\\p{N}])`, "iu");
  }

  pattern(context: ParsingContext): RegExp {
    return keywordGate(context.text, /then|time|day|night|evening|later|afterward/i, this.regex);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [whole, phrase] = match;
    if (whole === undefined || phrase === undefined || match.index === undefined) return null;
    const entry = this.entryOf.get(phrase.toLowerCase().replace(/\s+/g, " "));
    if (!entry) return null;
    const following = /^\s+([\p{L}]+)/u.exec(context.text.slice(match.index + whole.length, match.index + whole.length + 20))?.[1];
    if (following && entry.notBefore?.includes(following.toLowerCase())) return null;
    const start = dayComponents(context, anchorDay(context));
    start.addTag(anaphoraTag(entry.mode, entry.shift ?? 0));
    return context.createParsingResult(match.index, whole, start);
  }
}
