import { Hono } from "hono";
import type { ServerDeps } from "../deps.js";
import { entityDetail, entityListItem } from "../views/entities.js";
import { notFound, parsePage } from "./query.js";

export function entityRoutes(deps: ServerDeps): Hono {
  const app = new Hono();

  app.get("/", async (c) => {
    const type = c.req.query("type")?.toUpperCase();
    const q = c.req.query("q")?.trim().toLowerCase();
    const page = parsePage((n) => c.req.query(n), 1000, 10000);
    const data = await deps.data.current();
    const items = data.x.entities
      .filter((e) => !type || e.type === type)
      .filter((e) => !q || [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(q)))
      .map((e) => entityListItem(data, e))
      .sort((a, b) => b.events - a.events || b.mentions - a.mentions || a.name.localeCompare(b.name));
    return c.json({ total: items.length, ...page, entities: items.slice(page.offset, page.offset + page.limit) });
  });

  app.get("/:id", async (c) => {
    const id = c.req.param("id");
    const data = await deps.data.current();
    const e = data.entities.get(id);
    if (!e) throw notFound("entity", id);
    return c.json(entityDetail(data, e));
  });

  return app;
}
