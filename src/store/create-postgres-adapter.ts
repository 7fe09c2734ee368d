import { createRequire } from 'node:module';
import KeyvPostgres from '@keyv/postgres';

interface PgPool {
  query(sql: string, values?: unknown): Promise<{ rows: unknown[] }>;
  end(): Promise<void>;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

interface PgModule {
  Pool: new (config: Record<string, unknown>) => PgPool;
}

// pg ships no types and @types/pg is not installed; it is @keyv/postgres's own dependency.
const pg = createRequire(import.meta.url)('pg') as PgModule;

/** Options for {@link createPostgresAdapter}; times in milliseconds. */
export interface PostgresAdapterOptions {
  url: string;
  table: string;
  keySize: number;
  connectTimeoutMs: number;
  queryTimeoutMs: number;
  onPoolError: (error: Error) => void;
}

/**
 * A @keyv/postgres adapter with a pool of its own: the stock adapter shares one module-wide
 * pool per URL and its `disconnect()` ends that shared pool under every other store, and it
 * leaves the pool's `error` event (an idle connection dropped by the server) unhandled, which
 * crashes the process.
 */
export function createPostgresAdapter(options: PostgresAdapterOptions): KeyvPostgres {
  const pool = new pg.Pool({
    connectionString: options.url,
    connectionTimeoutMillis: options.connectTimeoutMs,
    query_timeout: options.queryTimeoutMs,
    allowExitOnIdle: true,
  });
  pool.on('error', options.onPoolError);
  let ended = false;

  class OwnPoolPostgres extends KeyvPostgres {
    override async connect() {
      return async (sql: string, values?: unknown) => (await pool.query(sql, values)).rows;
    }
    override async disconnect() {
      if (ended) return;
      ended = true;
      await pool.end();
    }
  }

  return new OwnPoolPostgres({ uri: options.url, table: options.table, keySize: options.keySize });
}
