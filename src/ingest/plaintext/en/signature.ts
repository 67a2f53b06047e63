import type { DateParts } from "../date-parts.js";
import { parseDateText } from "./date-text.js";
import { layoutWords, startsWithWord } from "./layout-words.js";

/** A comment signature that follows its comment: "Posted by: Josh | Jan 2 2020 19:31 utc | 8". */
export interface Signature {
  author: string;
  date: DateParts | null;
  number: number | null;
  /** The signature's own fields, for telling a quoted copy from the original. */
  key: string;
}

export function parseSignature(trimmed: string): Signature | null {
  if (trimmed.length > 200) return null;
  const prefix = startsWithWord(trimmed, layoutWords().signaturePrefixes);
  if (prefix === null) return null;
  const fields = trimmed.slice(prefix.length).split("|").map((f) => f.trim());
  if (fields.length < 2 || fields.length > 3) return null;
  const author = fields[0]!;
  if (author.length === 0 || author.length > 80) return null;
  const date = parseDateText(fields[1]!);
  const numberField = fields[2];
  let number: number | null = null;
  if (numberField !== undefined) {
    if (!/^\d{1,6}$/.test(numberField)) return null;
    number = Number(numberField);
  }
  if (!date && number === null) return null;
  const key = `${author.toLowerCase()}|${fields[1]!.toLowerCase()}|${number ?? ""}`;
  return { author, date, number, key };
}
