import { Hono } from "hono";
import type { ServerDeps } from "../deps.js";
import { HttpError } from "../errors.js";
import { byDate, filterEvents, parseEventFilter, validDateBound } from "../views/event-filter.js";
import { eventDetail, eventSummary } from "../views/events.js";
import { notFound, parsePage } from "./query.js";

export function eventRoutes(deps: ServerDeps): Hono {
  const app = new Hono();

  app.get("/", async (c) => {
    for (const name of ["from", "to"]) {
      if (!validDateBound(c.req.query(name))) throw new HttpError(400, "bad-request", `${name} must be a date: YYYY-MM-DD, YYYY-MM or YYYY`);
    }
    const page = parsePage((n) => c.req.query(n), 1000, 10000);
    const data = await deps.data.current();
    const events = filterEvents(data, parseEventFilter((n) => c.req.query(n))).sort(byDate);
    return c.json({
      total: events.length,
      ...page,
      events: events.slice(page.offset, page.offset + page.limit).map((e) => eventSummary(data, e)),
    });
  });

  app.get("/:id", async (c) => {
    const id = c.req.param("id");
    const data = await deps.data.current();
    const e = data.events.get(id);
    if (!e) throw notFound("event", id);
    return c.json(eventDetail(data, e));
  });

  return app;
}
