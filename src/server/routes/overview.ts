/** Corpus-wide reads: figures, outlets and search. */
import { Hono } from "hono";
import { ftsTerms } from "../../store/fts-query.js";
import type { SearchResult } from "../api-types.js";
import type { ServerDeps } from "../deps.js";
import { HttpError } from "../errors.js";
import { eventSummary } from "../views/events.js";
import { docRefById } from "../views/refs.js";
import { outletViews } from "../views/sources.js";
import { stats } from "../views/stats.js";

const MAX_QUERY_CHARS = 500;

export function overviewRoutes(deps: ServerDeps): Hono {
  const app = new Hono();

  app.get("/stats", async (c) => c.json(await stats(deps.store, await deps.data.current())));

  app.get("/sources", async (c) => c.json({ outlets: outletViews(await deps.data.current()) }));

  app.get("/search", async (c) => {
    const q = (c.req.query("q") ?? "").trim();
    if (q === "") throw new HttpError(400, "bad-request", "q is required: the words to search for");
    if (q.length > MAX_QUERY_CHARS) throw new HttpError(400, "bad-request", `q is longer than ${MAX_QUERY_CHARS} characters`);
    const data = await deps.data.current();
    const hits = await deps.store.search(q, 50);
    const terms = ftsTerms(q).map((t) => t.toLowerCase());
    const events: SearchResult["events"] = [];
    if (terms.length > 0) {
      for (const e of data.x.events) {
        const m = e.mentions.find((x) => {
          const text = x.text.toLowerCase().replace(/['’]/g, "");
          return terms.every((t) => text.includes(t));
        });
        if (m) events.push({ event: eventSummary(data, e), doc: docRefById(data, m.doc), text: m.text });
        if (events.length >= 50) break;
      }
    }
    const result: SearchResult = {
      query: q,
      documents: hits.map((h) => ({ doc: docRefById(data, h.doc), snippet: h.snippet, score: h.score })),
      events,
    };
    return c.json(result);
  });

  return app;
}
