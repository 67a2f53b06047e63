/** PLOVER event types for display: colour, label, direction and weight (data/plover.json). */
import table from "./data/plover.json";

export interface PloverStyle {
  label: string;
  quad: string;
  direction: number;
  weight: number;
  color: string;
}

const TYPES = table as Record<string, PloverStyle>;
const UNKNOWN: PloverStyle = { label: "Other", quad: "other", direction: 0, weight: 1, color: "#777777" };

export function ploverStyle(type: string): PloverStyle {
  return TYPES[type] ?? { ...UNKNOWN, label: type };
}

export const PLOVER_TYPES = Object.keys(TYPES);
