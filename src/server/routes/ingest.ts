/**
 * POST /api/ingest: uploaded files (multipart, field "file") and/or URLs (JSON
 * {urls: [...]} or multipart field "urls"), read by the same ingest service as the CLI
 * with the same caps and SSRF rule. Uploads go to a private temporary folder that is
 * removed afterwards. The answer lists every input's outcome.
 */
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Hono } from "hono";
import { ingestInputs, type ItemOutcome, type Overrides } from "../../app/ingest.js";
import type { IngestResponse } from "../api-types.js";
import type { ServerDeps } from "../deps.js";
import { formatFromName } from "../../ingest/sniff/format.js";
import { HttpError } from "../errors.js";
import { bodyCap } from "../middleware/body-cap.js";

interface IngestRequest {
  files: File[];
  urls: string[];
  overrides: Overrides;
}

export function ingestRoutes(deps: ServerDeps): Hono {
  const app = new Hono();

  app.post("/", bodyCap({ maxBytes: deps.ingest.maxBodyBytes }), async (c) => {
    const type = (c.req.header("content-type") ?? "").toLowerCase();
    let req: IngestRequest;
    if (type.startsWith("multipart/form-data")) {
      req = fromForm(await c.req.parseBody({ all: true }).catch(() => badRequest("the multipart body could not be read")));
    } else if (type.startsWith("application/json")) {
      req = fromJson(await c.req.json().catch(() => badRequest("the body is not valid JSON")));
    } else {
      throw new HttpError(415, "unsupported-media-type", "send multipart/form-data with files, or application/json {\"urls\": [...]}");
    }
    const total = req.files.length + req.urls.length;
    if (total === 0) throw new HttpError(400, "bad-request", "nothing to ingest: send at least one file or URL");
    if (total > deps.ingest.maxInputs) throw new HttpError(400, "bad-request", `at most ${deps.ingest.maxInputs} files and URLs per request`);
    return c.json(await runIngest(deps, req));
  });

  return app;
}

async function runIngest(deps: ServerDeps, req: IngestRequest): Promise<IngestResponse> {
  const dir = await mkdtemp(join(tmpdir(), "sitrep-upload-"));
  try {
    const names = new Map<string, string>();
    const early: ItemOutcome[] = [];
    const inputs: string[] = [];
    for (const [i, file] of req.files.entries()) {
      const name = safeName(file.name, i);
      // A JSONL file is many inputs: its reader caps each line, as the CLI does; the
      // request body cap bounds the file itself.
      if (file.size > deps.ingest.read.maxBytes && !streamsRecords(name)) {
        early.push({ input: name, status: "failed", code: "too-large", message: `larger than the limit of ${deps.ingest.read.maxBytes} bytes` });
        continue;
      }
      // One folder per upload keeps the original file name (it becomes the document's source).
      const sub = join(dir, String(i));
      await mkdir(sub);
      const path = join(sub, name);
      await writeFile(path, new Uint8Array(await file.arrayBuffer()));
      names.set(path, name);
      inputs.push(path);
    }
    inputs.push(...req.urls);
    const report = await ingestInputs(deps.store, inputs, {
      read: deps.ingest.read,
      overrides: req.overrides,
      pool: deps.ingest.pool(),
      // Stored and reported under the uploaded name: the temporary path is the server's business.
      sourceName: (source) => displayInput(source, dir, names),
    });
    const items = [...early, ...report.items];
    return { added: report.added, duplicates: report.duplicates, failed: report.failed + early.length, comments: report.comments, items };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Shows an upload by its original name, never by the temporary path. */
function displayInput(input: string, dir: string, names: Map<string, string>): string {
  const direct = names.get(input);
  if (direct) return direct;
  if (input.startsWith(dir)) {
    for (const [path, name] of names) if (input.startsWith(path)) return name + input.slice(path.length);
    return input.slice(dir.length + 1);
  }
  return input;
}

function streamsRecords(name: string): boolean {
  return formatFromName(name) === "jsonl" && !/\.gz$/i.test(name);
}

function safeName(name: string, index: number): string {
  const base = (name.split(/[\\/]/).pop() ?? "").normalize("NFC");
  const cleaned = base.replace(/[^\p{L}\p{N}._ -]/gu, "_").replace(/^\.+/, "").slice(0, 120).trim();
  return cleaned === "" ? `upload-${index + 1}.txt` : cleaned;
}

function badRequest(message: string): never {
  throw new HttpError(400, "bad-request", message);
}

type FormValue = string | File | (string | File)[];

function fromForm(body: Record<string, FormValue>): IngestRequest {
  const list = (v: FormValue | undefined): (string | File)[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  const files = [...list(body["file"]), ...list(body["files"])].filter((v): v is File => typeof v !== "string");
  const urls = list(body["urls"])
    .filter((v): v is string => typeof v === "string")
    .flatMap((v) => v.split(/\s+/))
    .filter((u) => u !== "");
  const field = (name: string) => {
    const v = list(body[name])[0];
    return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
  };
  return { files, urls: checkUrls(urls), overrides: checkOverrides({ published: field("published"), outlet: field("outlet"), title: field("title") }) };
}

function fromJson(body: unknown): IngestRequest {
  if (typeof body !== "object" || body === null || Array.isArray(body)) badRequest("the JSON body must be an object: {\"urls\": [...]}");
  const b = body as Record<string, unknown>;
  const urls = b["urls"] ?? [];
  if (!Array.isArray(urls) || !urls.every((u) => typeof u === "string")) badRequest("urls must be an array of strings");
  const str = (name: string) => {
    const v = b[name];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== "string") badRequest(`${name} must be a string`);
    return v.trim() === "" ? undefined : v.trim();
  };
  return { files: [], urls: checkUrls(urls as string[]), overrides: checkOverrides({ published: str("published"), outlet: str("outlet"), title: str("title") }) };
}

function checkUrls(urls: string[]): string[] {
  for (const u of urls) {
    // Only URLs: a server must never read paths on its own disk on a client's behalf.
    if (!/^https?:\/\//i.test(u)) badRequest(`not an http(s) URL: ${u.slice(0, 200)}`);
  }
  return urls;
}

function checkOverrides(o: { published?: string; outlet?: string; title?: string }): Overrides {
  const out: Overrides = {};
  if (o.published !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(o.published) || Number.isNaN(Date.parse(o.published))) badRequest("published must be a date: YYYY-MM-DD");
    out.published = o.published;
  }
  if (o.outlet !== undefined) out.outlet = o.outlet.slice(0, 200);
  if (o.title !== undefined) out.title = o.title.slice(0, 500);
  return out;
}
