/** The OpenAPI 3 description of the JSON API, served at /api/openapi.json. */

type Param = { name: string; in: "query" | "path"; required?: boolean; description: string; schema: { type: string; enum?: string[] } };

const q = (name: string, description: string, type = "string"): Param => ({ name, in: "query", description, schema: { type } });
const id = (what: string): Param => ({ name: "id", in: "path", required: true, description: `the ${what}'s id`, schema: { type: "string" } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const ok = (description: string, schema: object = { type: "object" }) => ({
  "200": { description, content: { "application/json": { schema } } },
  default: { description: "an error", content: { "application/json": { schema: ref("Error") } } },
});
const page = [q("limit", "most items to return", "integer"), q("offset", "items to skip", "integer")];
const eventFilters = [
  q("from", "first day (YYYY-MM-DD, YYYY-MM or YYYY); events whose date overlaps the range"),
  q("to", "last day (YYYY-MM-DD, YYYY-MM or YYYY)"),
  q("type", "PLOVER types, comma-separated (ASSAULT,PROTEST)"),
  q("actor", "an entity id, or text matched against actor and target names and aliases"),
  q("place", "an entity id, or text matched against the location's name and aliases"),
  q("q", "text that the event's sentences, type or participants contain"),
  q("disputed", "true: only events where sources disagree"),
];

export const OPENAPI = {
  openapi: "3.0.3",
  info: {
    title: "sitrep API",
    version: "1",
    description:
      "Read the situation report sitrep built from the ingested documents: events merged across sources, every source's sentence, disputes, claims and links. Offsets are UTF-16 code units into a document's text.",
  },
  paths: {
    "/api/stats": { get: { summary: "Corpus figures", responses: ok("figures", ref("Stats")) } },
    "/api/documents": {
      get: {
        summary: "List documents",
        parameters: [q("kind", "article, comment or post"), q("outlet", "exact outlet name"), ...page],
        responses: ok("documents: {total, limit, offset, documents}"),
      },
    },
    "/api/documents/{id}": {
      get: { summary: "One document with its text, comments, diagnostics, events and framing", parameters: [id("document")], responses: ok("the document") },
    },
    "/api/events": {
      get: { summary: "List events (summaries)", parameters: [...eventFilters, ...page], responses: ok("events: {total, limit, offset, events: EventSummary[]}") },
    },
    "/api/events/{id}": {
      get: {
        summary: "One event: every mention with spans and text, values per source, disputes, claims, relations in and out",
        parameters: [id("event")],
        responses: ok("the event"),
      },
    },
    "/api/entities": {
      get: { summary: "List entities", parameters: [q("type", "entity type (PERSON, ARMED_GROUP, ...)"), q("q", "text in a name or alias"), ...page], responses: ok("entities") },
    },
    "/api/entities/{id}": { get: { summary: "One entity with its events, aliases and members", parameters: [id("entity")], responses: ok("the entity") } },
    "/api/relations": { get: { summary: "Causal links between events (RETALIATION, CAUSE) with evidence", responses: ok("relations") } },
    "/api/disputes": { get: { summary: "Where sources disagree about an event: each source's value", responses: ok("disputes") } },
    "/api/graph": { get: { summary: "Actor network: who acted on whom, weighted by events", parameters: eventFilters, responses: ok("{nodes, edges}") } },
    "/api/sources": { get: { summary: "Outlets with their documents and the labels each uses for each actor", responses: ok("{outlets}") } },
    "/api/search": {
      get: {
        summary: "Full-text search over documents, and over event sentences",
        parameters: [{ ...q("q", "words to search for (all must match)"), required: true }],
        responses: ok("{query, documents, events}"),
      },
    },
    "/api/ingest": {
      post: {
        summary: "Ingest uploaded files and/or URLs (same caps and address rules as the CLI)",
        description:
          "multipart/form-data with one or more `file` parts and optional `urls` (whitespace-separated), `published`, `outlet`, `title` fields; or application/json {urls: [...], published?, outlet?, title?}. On a server bound to a non-loopback address, send Authorization: Bearer <token>. Bodies above the server's cap get 413.",
        security: [{ bearer: [] }],
        requestBody: {
          content: {
            "multipart/form-data": {
              schema: {
                type: "object",
                properties: {
                  file: { type: "array", items: { type: "string", format: "binary" } },
                  urls: { type: "string" },
                  published: { type: "string", format: "date" },
                  outlet: { type: "string" },
                  title: { type: "string" },
                },
              },
            },
            "application/json": {
              schema: {
                type: "object",
                properties: {
                  urls: { type: "array", items: { type: "string", format: "uri" } },
                  published: { type: "string", format: "date" },
                  outlet: { type: "string" },
                  title: { type: "string" },
                },
              },
            },
          },
        },
        responses: {
          ...ok("per-input outcomes: {added, duplicates, failed, comments, items}"),
          "401": { description: "token required", content: { "application/json": { schema: ref("Error") } } },
          "413": { description: "body too large", content: { "application/json": { schema: ref("Error") } } },
        },
      },
    },
  },
  components: {
    securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    schemas: {
      Error: {
        type: "object",
        required: ["error"],
        properties: { error: { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" } } } },
      },
      Stats: {
        type: "object",
        properties: {
          revision: { type: "integer" },
          documents: { type: "integer" },
          articles: { type: "integer" },
          comments: { type: "integer" },
          events: { type: "integer" },
          entities: { type: "integer" },
          outlets: { type: "array", items: { type: "string" } },
          firstDate: { type: "string", nullable: true },
          lastDate: { type: "string", nullable: true },
        },
      },
    },
  },
} as const;
