/** One JSONL record as sitrep accepts it. */
export interface JsonlRecord {
  id: string;
  text: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  author: string | null;
}

export type RecordOutcome = { ok: true; record: JsonlRecord } | { ok: false; code: string; message: string };

const OPTIONAL = ["url", "title", "outlet", "published", "author"] as const;

/** Checks a parsed JSON value against the record shape `{id, text, url?, title?, outlet?, published?, author?}`. */
export function toRecord(value: unknown): RecordOutcome {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { ok: false, code: "bad-record", message: "not a JSON object" };
  const v = value as Record<string, unknown>;
  const id = typeof v["id"] === "number" && Number.isFinite(v["id"]) ? String(v["id"]) : v["id"];
  if (typeof id !== "string" || id.trim() === "") return { ok: false, code: "bad-record", message: 'missing "id" (a non-empty string)' };
  if (typeof v["text"] !== "string") return { ok: false, code: "bad-record", message: `record "${id.slice(0, 60)}" has no "text" string` };
  const record: JsonlRecord = { id: id.trim(), text: v["text"], url: null, title: null, outlet: null, published: null, author: null };
  for (const key of OPTIONAL) {
    const field = v[key];
    if (field === undefined || field === null) continue;
    if (typeof field !== "string") return { ok: false, code: "bad-record", message: `record "${record.id.slice(0, 60)}": "${key}" must be a string` };
    record[key] = field;
  }
  return { ok: true, record };
}
