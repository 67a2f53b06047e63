import type { Pool } from "pg";
import { MIGRATIONS } from "../schema.js";
import { POSTGRES_EXTRAS, toPostgres } from "./dialect.js";

/**
 * Brings the database up to the latest schema in one transaction. An advisory lock makes
 * workers that open a fresh database at the same moment wait for each other instead of
 * racing to create the same tables.
 */
export async function migrate(pool: Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('sitrep.migrate'))`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`,
    );
    const applied = new Set((await client.query<{ version: number }>(`SELECT version FROM schema_migrations`)).rows.map((r) => r.version));
    for (const m of MIGRATIONS) {
      if (applied.has(m.version)) continue;
      for (const sql of m.statements) await client.query(toPostgres(sql));
      for (const sql of POSTGRES_EXTRAS[m.version] ?? []) await client.query(sql);
      await client.query(`INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)`, [
        m.version,
        m.name,
        new Date().toISOString(),
      ]);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
