import type { Pool, PoolClient } from "pg";

/** Runs `fn` inside BEGIN … COMMIT on one pooled connection; rolls back on any error. */
export async function inTransaction<T>(pool: Pool, fn: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query("BEGIN");
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch((e: unknown) => {
      // A connection that cannot roll back is dropped rather than returned to the pool.
      broken = e instanceof Error ? e : new Error(String(e));
    });
    throw error;
  } finally {
    client.release(broken);
  }
}

/** PostgreSQL text cannot hold U+0000; U+FFFD keeps every UTF-16 offset in place. */
export function pgText<T extends string | null>(value: T): T {
  return (value === null ? null : value.replaceAll("\u0000", "\uFFFD")) as T;
}
