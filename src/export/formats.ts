import type { Interchange } from "../model/interchange.js";
import { renderCsv } from "./csv.js";
import { renderGeoJson } from "./geojson.js";
import { renderGraphMl } from "./graphml.js";
import { renderJsonl } from "./jsonl.js";
import { renderTimelineJs } from "./timelinejs.js";

/** Export formats by name; each renders the interchange data as a string. */
const RENDERERS: Record<string, (data: Interchange) => string> = {
  json: (data) => JSON.stringify(data, null, 1) + "\n",
  csv: renderCsv,
  jsonl: renderJsonl,
  geojson: renderGeoJson,
  graphml: renderGraphMl,
  timelinejs: renderTimelineJs,
};

export const EXPORT_FORMATS = Object.keys(RENDERERS);

export function renderExport(format: string, data: Interchange): string {
  const render = RENDERERS[format];
  if (!render) throw new Error(`unknown export format ${format}`);
  return render(data);
}
