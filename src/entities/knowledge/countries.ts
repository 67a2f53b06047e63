import countries from "i18n-iso-countries";
import type { Actor } from "./actor.js";
import type { BodyPattern, CountryRow } from "../en/lexicon.js";
import { slug } from "../normalize.js";

/** A readable short name among ISO names: no commas or brackets, fewest words. */
function shortName(names: string[]): string {
  const plain = names.filter((n) => !/[,()]/.test(n) && n !== n.toUpperCase());
  return [...plain].sort((a, b) => a.split(" ").length - b.split(" ").length || a.length - b.length)[0] ?? names[0] ?? "";
}

/** Adds "-s" plurals to demonyms that take them ("Iraqi" → "Iraqis", "Iranian" → "Iranians"). */
function withPlurals(demonyms: string[]): string[] {
  const out = new Set<string>();
  for (const d of demonyms) {
    out.add(d);
    if (/[aeiouyn]$/i.test(d) && !/ese$/i.test(d)) out.add(`${d}s`);
  }
  return [...out];
}

/**
 * One COUNTRY actor per ISO 3166-1 code: names from i18n-iso-countries plus the English
 * rows of data/en/entities/demonyms.tsv (common name, other names, demonyms).
 */
export function countryActors(rows: CountryRow[]): Actor[] {
  const names = countries.getNames("en", { select: "all" }) as Record<string, string[]>;
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const codes = [...new Set([...Object.keys(names), ...byCode.keys()])].sort();
  return codes.map((code) => {
    const iso = (names[code] ?? []).filter((n) => !/[,()]/.test(n));
    const row = byCode.get(code);
    const name = row?.name ?? shortName(names[code] ?? [code]);
    return {
      id: slug(name),
      name,
      type: "COUNTRY" as const,
      country: code,
      aliases: [...new Set([name, ...iso, ...(row?.aliases ?? [])])],
      metonyms: [],
      demonyms: withPlurals(row?.demonyms ?? []),
      partOf: null,
      notes: "",
      geo: null,
      ledBy: null,
      positions: [],
      body: null,
    };
  });
}

/** The bodies every country has ("iraq_government", "united_states_military"). */
export function countryBodies(country: Actor, patterns: BodyPattern[]): Actor[] {
  return patterns.map((p) => ({
    id: `${country.id}_${p.suffix}`,
    name: p.name.replace("{country}", country.name),
    type: p.type,
    country: country.country,
    aliases: [],
    metonyms: [],
    demonyms: [],
    partOf: p.partOf ? `${country.id}_${p.partOf}` : null,
    notes: "",
    geo: null,
    ledBy: p.ledBy,
    positions: [],
    body: null,
  }));
}
