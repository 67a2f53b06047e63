import type { Interchange } from "../model/interchange.js";

/** XML text and attribute escaping; characters XML 1.0 forbids are dropped. */
export function xmlEscape(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
  );
}

/**
 * The actor network for Gephi/yEd: actors as nodes, "acted on" edges weighted by the
 * number of events, and partOf edges for affiliations.
 */
export function renderGraphMl(data: Interchange): string {
  const used = new Set<string>();
  const weights = new Map<string, { from: string; to: string; events: number; types: Set<string> }>();
  for (const e of data.events) {
    for (const a of e.actors)
      for (const t of e.targets) {
        if (a === t) continue;
        const k = `${a}\u0000${t}`;
        const w = weights.get(k) ?? { from: a, to: t, events: 0, types: new Set<string>() };
        w.events++;
        w.types.add(e.type);
        weights.set(k, w);
        used.add(a).add(t);
      }
  }
  for (const e of data.entities) if (e.partOf && used.has(e.id)) used.add(e.partOf);
  const nodes = data.entities.filter((e) => used.has(e.id));
  const out = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`,
    `  <key id="label" for="node" attr.name="label" attr.type="string"/>`,
    `  <key id="etype" for="node" attr.name="type" attr.type="string"/>`,
    `  <key id="country" for="node" attr.name="country" attr.type="string"/>`,
    `  <key id="relation" for="edge" attr.name="relation" attr.type="string"/>`,
    `  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>`,
    `  <key id="eventtypes" for="edge" attr.name="event_types" attr.type="string"/>`,
    `  <graph id="actors" edgedefault="directed">`,
  ];
  for (const n of nodes) {
    out.push(`    <node id="${xmlEscape(n.id)}">`);
    out.push(`      <data key="label">${xmlEscape(n.name)}</data>`);
    out.push(`      <data key="etype">${xmlEscape(n.type)}</data>`);
    if (n.country) out.push(`      <data key="country">${xmlEscape(n.country)}</data>`);
    out.push(`    </node>`);
  }
  let i = 0;
  for (const w of weights.values()) {
    out.push(`    <edge id="a${i++}" source="${xmlEscape(w.from)}" target="${xmlEscape(w.to)}">`);
    out.push(`      <data key="relation">acted_on</data>`);
    out.push(`      <data key="weight">${w.events}</data>`);
    out.push(`      <data key="eventtypes">${xmlEscape([...w.types].sort().join(" "))}</data>`);
    out.push(`    </edge>`);
  }
  for (const n of nodes) {
    if (!n.partOf || !used.has(n.partOf)) continue;
    out.push(`    <edge id="p${i++}" source="${xmlEscape(n.id)}" target="${xmlEscape(n.partOf)}">`);
    out.push(`      <data key="relation">part_of</data>`);
    out.push(`      <data key="weight">1</data>`);
    out.push(`    </edge>`);
  }
  out.push(`  </graph>`, `</graphml>`, ``);
  return out.join("\n");
}
