import { readFileSync } from "node:fs";

interface AcledRule {
  type: string;
  mode?: string[];
  event_type: string;
  sub_event_type: string;
}

const RULES: AcledRule[] = (
  JSON.parse(readFileSync(new URL("../../data/acled-types.json", import.meta.url), "utf8")) as { rules: AcledRule[] }
).rules;

/** The ACLED event type and sub-event type for a PLOVER type and mode (data/acled-types.json). */
export function acledType(type: string, mode: string | null): { eventType: string; subEventType: string } {
  const m = (mode ?? "").toLowerCase();
  const rule = RULES.find((r) => (r.type === type || r.type === "*") && (!r.mode || r.mode.some((w) => m.includes(w))));
  return rule ? { eventType: rule.event_type, subEventType: rule.sub_event_type } : { eventType: "Strategic developments", subEventType: "Other" };
}
