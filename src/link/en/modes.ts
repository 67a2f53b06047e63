/**
 * Families of means of attack (data/en/link/modes.json): "airstrike", "bombed" and
 * "F-15E fighter planes" share the family "air"; "rocket attack" is "indirect". Read from
 * the words of an event's mode and weapon (not the weapon of a shoot-down, which names
 * what was shot down).
 */
import { readFileSync } from "node:fs";

const DATA = new URL("../../../data/en/link/modes.json", import.meta.url);

export type ModeFamilies = (mode: string | null, weapon: string | null) => string[];

function singular(w: string): string {
  return w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w;
}

export function loadModeFamilies(): ModeFamilies {
  const data = JSON.parse(readFileSync(DATA, "utf8")) as { families: Record<string, string[]>; struckModes: string[] };
  const struck = new Set(data.struckModes);
  const byWord = new Map<string, string[]>();
  for (const [family, words] of Object.entries(data.families)) {
    for (const w of words) byWord.set(w, [...(byWord.get(w) ?? []), family]);
  }
  return (mode, weapon) => {
    const out = new Set<string>();
    // "shot down two jets": the jets are what was struck, not the means
    const means = mode !== null && struck.has(mode) ? null : weapon;
    const text = `${mode ?? ""} ${means ?? ""}`.toLowerCase().replace(/\bair[\s-]strike/g, "airstrike").replace(/\bdrone[\s-]strike/g, "dronestrike");
    for (const raw of text.split(/[^a-z0-9-]+/)) {
      if (!raw) continue;
      for (const w of [raw, singular(raw)]) for (const f of byWord.get(w) ?? []) out.add(f);
    }
    return [...out].sort();
  };
}
