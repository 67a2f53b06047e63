import { stampMinutes } from "./date-parts.js";
import type { Signature } from "./en/signature.js";

export interface SignatureAt {
  line: number;
  signature: Signature;
}

export interface QuotedSignature extends SignatureAt {
  reason: string;
}

/**
 * Tells a comment's own signature from a copy of an earlier one quoted inside a reply.
 * Signatures of one page run forward: numbers rise and times do not go back. A copy
 * repeats a signature already seen, or breaks that order (its number is not above the
 * last comment's, or its time is earlier).
 */
export function separateQuoted(candidates: readonly SignatureAt[]): {
  own: SignatureAt[];
  quoted: QuotedSignature[];
} {
  const own: SignatureAt[] = [];
  const quoted: QuotedSignature[] = [];
  const seen = new Set<string>();
  let lastNumber: number | null = null;
  let lastTime: number | null = null;
  for (const c of candidates) {
    const s = c.signature;
    const time = s.date && s.date.hour !== null ? stampMinutes(s.date) : null;
    let reason: string | null = null;
    if (seen.has(s.key)) reason = "it repeats an earlier comment's signature";
    else if (s.number !== null && lastNumber !== null && s.number <= lastNumber) {
      reason = `its number ${s.number} does not follow ${lastNumber}`;
    } else if (time !== null && lastTime !== null && time < lastTime) reason = "its time is earlier than the comment before it";
    if (reason !== null) {
      quoted.push({ ...c, reason });
      continue;
    }
    own.push(c);
    seen.add(s.key);
    if (s.number !== null) lastNumber = s.number;
    if (time !== null) lastTime = time;
  }
  return { own, quoted };
}
