import type { QuoteSpan, Sentence } from "../model/analysis.js";
import { diagnostic, type Diagnostic } from "../model/diagnostic.js";
import { hardBreaks } from "./breaks.js";
import { findBylines } from "./en/bylines.js";
import { findSpeaker } from "./en/speaker.js";
import { paragraphs } from "./paragraphs.js";
import { findQuotes } from "./quotes.js";
import { mergeFalseSplits, splitAtBreaks, trimSpan } from "./sentences.js";
import { findTweets } from "./tweets.js";
import { splitRunOnTweets } from "./run-ons.js";
import { winkParse, type RawSpan, type WinkToken } from "./wink.js";
import { attachQuotes } from "./attach.js";
import { splitHeaders } from "./headers.js";
import { within } from "./spans.js";

export interface SegmentInput {
  text: string;
}

export interface SegmentResult {
  sentences: Sentence[];
  quotes: QuoteSpan[];
  /** wink's tokens with their parts of speech, from the one wink pass over the document. */
  tokens: WinkToken[];
  diagnostics: Diagnostic[];
}

/**
 * Splits a document's text into sentences and finds quotations, tweets and bylines.
 * The steps, in order: one wink pass (sentences and tagged tokens) → split at hard breaks → merge false splits →
 * trim → split off glued headers (datelines; site furniture dropped); then paragraphs → tweets, bylines, quotations (with speakers) → a tweet
 * copied without its line breaks cut at its sentence openers → each sentence points at the quote it lies in.
 */
export function segment(input: SegmentInput): SegmentResult {
  const { text } = input;
  const breaks = hardBreaks(text);
  const wink = winkParse(text);
  const split = splitAtBreaks(wink.sentences, breaks);
  const merged = mergeFalseSplits(text, split, new Set(breaks));
  const trimmed = merged.map((s) => trimSpan(text, s)).filter((s): s is RawSpan => s !== null);
  const spans = splitHeaders(text, trimmed)
    .map((s) => trimSpan(text, s))
    .filter((s): s is RawSpan => s !== null);

  const paras = paragraphs(text);
  const tweets = findTweets(text, paras);
  const bylines = findBylines(text);
  const taken = [...tweets, ...bylines].sort((a, b) => a.start - b.start);
  const found = findQuotes(text, paras).filter((q) => !within(q, taken));
  const quotations: QuoteSpan[] = found.map((q) => ({
    start: q.start,
    end: q.end,
    text: text.slice(q.start, q.end),
    kind: "quotation",
    speakerText: findSpeaker(text, q, q.para),
    handle: null,
    date: null,
  }));
  const quotes = [...taken, ...quotations].sort((a, b) => a.start - b.start || b.end - a.end);
  const sentences = attachQuotes(text, splitRunOnTweets(text, spans, tweets), quotes);

  const diagnostics: Diagnostic[] = [];
  const unbalanced = found.filter((q) => q.unbalanced).length;
  if (unbalanced > 0) {
    diagnostics.push(
      diagnostic({
        code: "quote-unbalanced",
        stage: "text",
        severity: "info",
        message: `${unbalanced} quotation mark(s) without a partner; the quotation was taken to run to the paragraph's edge`,
      }),
    );
  }
  return { sentences, quotes, tokens: wink.tokens, diagnostics };
}
