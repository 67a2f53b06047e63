import { inject } from "vitest";

/** The PostgreSQL server test/setup/postgres.ts started (or $SITREP_TEST_PG_URL); throws why there is none. */
export function testServerUrl(): string {
  const url = inject("pgUrl");
  if (!url) throw new Error(inject("pgError") || "no test PostgreSQL server (set SITREP_TEST_PG_URL)");
  return url;
}
