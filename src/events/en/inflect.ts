/** English inflection of trigger lemmas: verb forms and noun plurals. */
export type IrregularVerbs = Record<string, string[]>;

const VOWEL = /[aeiou]/;

function doubles(lemma: string): boolean {
  // one syllable ending consonant-vowel-consonant: ban -> banned, hit -> hitting
  return /^[^aeiou]*[aeiou][bdgklmnprtv]$/.test(lemma) && !/[wxy]$/.test(lemma);
}

/** Every form of a one-word verb lemma: base, 3rd person, past, participles. */
export function verbForms(lemma: string, irregular: IrregularVerbs): string[] {
  const known = irregular[lemma];
  if (known) return [...new Set([lemma, ...known])];
  let s: string;
  if (/(s|sh|ch|x|z|o)$/.test(lemma)) s = lemma + "es";
  else if (/[^aeiou]y$/.test(lemma)) s = lemma.slice(0, -1) + "ies";
  else s = lemma + "s";
  let ed: string;
  let ing: string;
  if (lemma.endsWith("e")) {
    ed = lemma + "d";
    ing = /(ee|ye|oe)$/.test(lemma) ? lemma + "ing" : lemma.slice(0, -1) + "ing";
  } else if (/[^aeiou]y$/.test(lemma)) {
    ed = lemma.slice(0, -1) + "ied";
    ing = lemma + "ing";
  } else if (doubles(lemma) && VOWEL.test(lemma)) {
    const last = lemma.slice(-1);
    ed = lemma + last + "ed";
    ing = lemma + last + "ing";
  } else {
    ed = lemma + "ed";
    ing = lemma + "ing";
  }
  return [...new Set([lemma, s, ed, ing])];
}

/** Singular and plural of a noun (its last word is pluralised). */
export function nounForms(noun: string): string[] {
  const words = noun.split(" ");
  const last = words[words.length - 1] ?? "";
  let plural: string;
  if (/(s|sh|ch|x|z)$/.test(last)) plural = last + "es";
  else if (/[^aeiou]y$/.test(last)) plural = last.slice(0, -1) + "ies";
  else plural = last + "s";
  if (/s$/.test(last) && !/ss$/.test(last)) return [noun];
  return [noun, [...words.slice(0, -1), plural].join(" ")];
}
