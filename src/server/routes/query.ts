/** Query-string helpers shared by the routes. */
import { HttpError } from "../errors.js";

export interface Page {
  limit: number;
  offset: number;
}

export function parsePage(query: (name: string) => string | undefined, defaultLimit: number, maxLimit: number): Page {
  return {
    limit: intParam(query("limit"), "limit", defaultLimit, 1, maxLimit),
    offset: intParam(query("offset"), "offset", 0, 0, Number.MAX_SAFE_INTEGER),
  };
}

function intParam(raw: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === "") return fallback;
  if (!/^\d+$/.test(raw)) throw new HttpError(400, "bad-request", `${name} must be a whole number`);
  const n = Number(raw);
  if (n < min || n > max) throw new HttpError(400, "bad-request", `${name} must be between ${min} and ${max}`);
  return n;
}

export function notFound(what: string, id: string): HttpError {
  return new HttpError(404, "not-found", `no ${what} with id "${id.slice(0, 80)}"`);
}
