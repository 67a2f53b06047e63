/** Relations between events, disputes between sources, and the actor network built from events. */
import { Hono } from "hono";
import type { ServerDeps } from "../deps.js";
import { HttpError } from "../errors.js";
import { filterEvents, parseEventFilter, validDateBound } from "../views/event-filter.js";
import { disputeView, eventSummaryById, relationView } from "../views/events.js";
import { actorGraph } from "../views/graph.js";

export function linkRoutes(deps: ServerDeps): Hono {
  const app = new Hono();

  app.get("/relations", async (c) => {
    const data = await deps.data.current();
    return c.json({ total: data.x.relations.length, relations: data.x.relations.map((r) => relationView(data, r)) });
  });

  app.get("/disputes", async (c) => {
    const data = await deps.data.current();
    const disputes = data.x.discrepancies.map((d) => ({ ...disputeView(data, d), eventSummary: eventSummaryById(data, d.event) }));
    return c.json({ total: disputes.length, disputes });
  });

  app.get("/graph", async (c) => {
    for (const name of ["from", "to"]) {
      if (!validDateBound(c.req.query(name))) throw new HttpError(400, "bad-request", `${name} must be a date: YYYY-MM-DD, YYYY-MM or YYYY`);
    }
    const data = await deps.data.current();
    return c.json(actorGraph(data, filterEvents(data, parseEventFilter((n) => c.req.query(n)))));
  });

  return app;
}
