import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * A fresh, empty namespace on a (test) server, for tests: each gets its own schema and a
 * URL whose connections use it, so test files running in parallel never see each
 * other's rows. (A schema is created in milliseconds; a database takes most of a second.)
 */
export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(serverUrl: string, prefix = "sitrep_t"): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  await admin(serverUrl, `CREATE SCHEMA ${name}`);
  const url = new URL(serverUrl);
  url.searchParams.set("options", `-c search_path=${name}`);
  return {
    url: url.toString(),
    drop: () => admin(serverUrl, `DROP SCHEMA IF EXISTS ${name} CASCADE`),
  };
}

async function admin(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
