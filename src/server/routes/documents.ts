import { Hono } from "hono";
import type { DocumentKind } from "../../model/document.js";
import type { DocumentListItem } from "../api-types.js";
import type { ServerDeps } from "../deps.js";
import { HttpError } from "../errors.js";
import { documentDetail } from "../views/documents.js";
import { notFound, parsePage } from "./query.js";

const KINDS: DocumentKind[] = ["article", "comment", "post"];

export function documentRoutes(deps: ServerDeps): Hono {
  const app = new Hono();

  app.get("/", async (c) => {
    const kind = c.req.query("kind");
    if (kind !== undefined && !KINDS.includes(kind as DocumentKind)) {
      throw new HttpError(400, "bad-request", `kind must be one of: ${KINDS.join(", ")}`);
    }
    const outlet = c.req.query("outlet");
    const page = parsePage((n) => c.req.query(n), 200, 5000);
    const all = await deps.store.listDocuments(kind ? { kind: kind as DocumentKind } : {});
    const matching = outlet === undefined ? all : all.filter((d) => (d.outlet ?? "") === outlet);
    const documents: DocumentListItem[] = matching.slice(page.offset, page.offset + page.limit).map((d) => ({
      id: d.id,
      kind: d.kind,
      source: d.source,
      outlet: d.outlet,
      title: d.title,
      published: d.published,
      author: d.author,
      parent: d.parent,
      status: d.status,
      commentCount: d.commentCount,
    }));
    return c.json({ total: matching.length, ...page, documents });
  });

  app.get("/:id", async (c) => {
    const id = c.req.param("id");
    const doc = await deps.store.getDocument(id);
    if (!doc) throw notFound("document", id);
    return c.json(documentDetail(await deps.data.current(), doc));
  });

  return app;
}
