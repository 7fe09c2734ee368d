import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import KeyvRedis, { createClient } from '@keyv/redis';
import KeyvSqlite from '@keyv/sqlite';
import Keyv from 'keyv';
import type { Logger } from '../core/types.js';
import { createPostgresAdapter } from './create-postgres-adapter.js';
import { describeCause, StoreError } from './store-error.js';

/** Which database a store URL selects. */
export type StoreBackend = 'memory' | 'sqlite' | 'redis' | 'postgres';

/** An open, probed store; `describe` is the URL with its password masked, safe to log. */
export interface OpenStore {
  store: Keyv;
  backend: StoreBackend;
  describe: string;
  /** Closes connections and files so the process can exit; safe to call twice. */
  close(): Promise<void>;
}

/** What {@link createStore} needs; times in milliseconds. */
export interface StoreDeps {
  log: Logger;
  /** Bounds connecting and the start-up probe (default 5000). */
  connectTimeoutMs?: number;
  /** Bounds one Redis command or PostgreSQL query once running (default 10000). */
  operationTimeoutMs?: number;
  /** Prefix that lets several bots share one database: letters, digits, '_' and '-' (default 'tallywire'). */
  namespace?: string;
}

/** The namespace used when none is given. */
export const DEFAULT_STORE_NAMESPACE = 'tallywire';

const NAMESPACE_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
const DEFAULT_OPERATION_TIMEOUT_MS = 10_000;
// A dedicated table so another application's `keyv` table (and its key size) never collides with ours.
const SQL_TABLE = 'tallywire_store';
// `seen:<feed URL>:<hash>` keys can outgrow keyv's default VARCHAR(255), which PostgreSQL enforces.
const SQL_KEY_SIZE = 1024;
// After a lost connection Redis is retried this many times (about 9 s in all), then commands fail.
const REDIS_RECONNECT_ATTEMPTS = 8;
const REDIS_RECONNECT_MAX_DELAY_MS = 2_000;
// Lets a second process (e.g. `extract` beside `run`) wait for SQLite's write lock instead of failing.
const SQLITE_BUSY_TIMEOUT_MS = 5_000;

interface OpenedBackend {
  store: Keyv;
  /** Settles when the connection is up (Redis connects eagerly; the others connect on first use). */
  ready: Promise<void>;
  close(): Promise<void>;
  /** Drops connections at once, without waiting for pending commands, after a failed start. */
  abort(): void;
}

interface BackendOptions {
  url: string;
  namespace: string;
  connectTimeoutMs: number;
  operationTimeoutMs: number;
  onError: (error: unknown) => void;
}

/**
 * Opens the key-value store a URL names (`memory://`, `sqlite://PATH` relative to the working
 * directory, `redis://`, `rediss://`, `postgres://`, `postgresql://`) and proves it works with a
 * write, read and delete, so a dead store fails start-up with a {@link StoreError} within
 * `connectTimeoutMs` instead of hanging or reading as empty later.
 */
export async function createStore(url: string, deps: StoreDeps): Promise<OpenStore> {
  const connectTimeoutMs = deps.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  const describe = maskStoreUrl(url);
  const backend = backendOf(url, describe);
  const namespace = deps.namespace ?? DEFAULT_STORE_NAMESPACE;
  if (!NAMESPACE_PATTERN.test(namespace)) {
    // keyv joins namespace and key with ':', so 'a:b' + 'c' and 'a' + 'b:c' would be the same row.
    throw new StoreError(`Store namespace "${namespace}" is not allowed: use letters, digits, '_' and '-'`);
  }
  const failure = backend === 'memory' || backend === 'sqlite' ? 'cannot be opened' : 'is unreachable';
  let started = false;
  let lastLogged: unknown;
  const options: BackendOptions = {
    url,
    namespace,
    connectTimeoutMs,
    operationTimeoutMs: deps.operationTimeoutMs ?? DEFAULT_OPERATION_TIMEOUT_MS,
    onError: (error) => {
      // Start-up failures surface once, as the StoreError; adapters and keyv both emit the same error object.
      if (!started || error === lastLogged) return;
      lastLogged = error;
      deps.log.error('Store error', { store: describe, error: describeCause(error) });
    },
  };

  let opened: OpenedBackend;
  try {
    opened = openBackend(backend, options);
  } catch (error) {
    throw new StoreError(`Store ${describe} ${failure}: ${describeCause(error)}`, { cause: error });
  }
  try {
    await withinMs(
      opened.ready.then(() => probe(opened.store)),
      connectTimeoutMs,
    );
  } catch (error) {
    opened.abort();
    throw new StoreError(`Store ${describe} ${failure}: ${describeCause(error)}`, { cause: error });
  }

  started = true;
  deps.log.info('Store opened', { store: describe, backend, namespace: options.namespace });
  let closing: Promise<void> | undefined;
  return {
    store: opened.store,
    backend,
    describe,
    close: () => {
      closing ??= opened.close();
      return closing;
    },
  };
}

/** The URL with any password replaced by `***`, for logs and error messages. */
export function maskStoreUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password === '') return url;
    parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@');
  }
}

function backendOf(url: string, describe: string): StoreBackend {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1]?.toLowerCase();
  switch (scheme) {
    case 'memory':
      return 'memory';
    case 'sqlite':
      return 'sqlite';
    case 'redis':
    case 'rediss':
      return 'redis';
    case 'postgres':
    case 'postgresql':
      return 'postgres';
    default:
      throw new StoreError(
        `Store URL ${describe} is not supported: use memory://, sqlite://PATH, redis://, rediss://, postgres:// or postgresql://`,
      );
  }
}

// Values are plain JSON by contract, so keyv's own serializer (Buffers, ':'-escaping) is not
// needed, and plain JSON is several times faster on large ledgers.
const JSON_CODEC = {
  serialize: (data: unknown) => JSON.stringify(data),
  deserialize: (text: string) => JSON.parse(text),
};

function openBackend(backend: StoreBackend, options: BackendOptions): OpenedBackend {
  switch (backend) {
    case 'memory':
      return withKeyv(new Keyv({ ...JSON_CODEC, namespace: options.namespace, throwOnErrors: true }), options);
    case 'sqlite':
      return openSqlite(options);
    case 'redis':
      return openRedis(options);
    case 'postgres':
      return withKeyv(
        new Keyv({
          store: createPostgresAdapter({
            url: options.url,
            table: SQL_TABLE,
            keySize: SQL_KEY_SIZE,
            connectTimeoutMs: options.connectTimeoutMs,
            queryTimeoutMs: options.operationTimeoutMs,
            onPoolError: options.onError,
          }),
          ...JSON_CODEC,
          namespace: options.namespace,
          throwOnErrors: true,
        }),
        options,
      );
  }
}

function openSqlite(options: BackendOptions): OpenedBackend {
  const path = options.url.slice('sqlite://'.length);
  if (path === '') throw new Error('no file path after sqlite://');
  const file = path === ':memory:' ? path : resolve(path);
  if (file !== ':memory:') {
    const folder = dirname(file);
    try {
      mkdirSync(folder, { recursive: true });
    } catch (error) {
      throw new Error(`its folder ${folder} cannot be created (${describeCause(error)})`, { cause: error });
    }
  }
  const adapter = new KeyvSqlite({
    uri: `sqlite://${file}`,
    table: SQL_TABLE,
    keySize: SQL_KEY_SIZE,
    busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
  });
  const opened = withKeyv(
    new Keyv({ store: adapter, ...JSON_CODEC, namespace: options.namespace, throwOnErrors: true }),
    options,
  );
  // The default rollback journal syncs the disk on every write (tens of ms each). In WAL mode
  // synchronous=NORMAL cannot corrupt the file (SQLite docs, "pragma synchronous"); a power cut
  // may lose only the last writes.
  const ready =
    file === ':memory:'
      ? Promise.resolve()
      : adapter
          .query('PRAGMA journal_mode = WAL')
          .then(() => adapter.query('PRAGMA synchronous = NORMAL'))
          .then(() => undefined);
  return { ...opened, ready };
}

function openRedis(options: BackendOptions): OpenedBackend {
  let everReady = false;
  const client = createClient({
    url: options.url,
    socket: {
      connectTimeout: options.connectTimeoutMs,
      // Before the first connection, give up at once so start-up reports the real cause; after
      // it, retry a bounded number of times, then fail queued commands instead of holding them.
      reconnectStrategy: (retries: number) =>
        everReady && retries < REDIS_RECONNECT_ATTEMPTS
          ? Math.min(100 * 2 ** retries, REDIS_RECONNECT_MAX_DELAY_MS)
          : false,
    },
    commandOptions: { timeout: options.operationTimeoutMs },
  });
  client.on('ready', () => {
    everReady = true;
  });
  let closed = false;
  // KeyvRedis reconnects a closed client on the next command; a closed store must throw instead, as the SQL ones do.
  // It also listens to the client's 'error' events (an unheard one would crash the process) and forwards them to keyv.
  class ClosableKeyvRedis extends KeyvRedis<unknown> {
    override async getClient() {
      if (closed) throw new Error('the store is closed');
      return super.getClient();
    }
  }
  const adapter = new ClosableKeyvRedis(client, { throwOnConnectError: true, throwOnErrors: true });
  const store = new Keyv({
    store: adapter,
    ...JSON_CODEC,
    namespace: options.namespace,
    useKeyPrefix: false,
    throwOnErrors: true,
  });
  store.on('error', options.onError);
  return {
    store,
    ready: client.connect().then(() => undefined),
    close: async () => {
      closed = true;
      if (client.isOpen) await client.close();
    },
    abort: () => {
      closed = true;
      if (client.isOpen) client.destroy();
    },
  };
}

function withKeyv(store: Keyv, options: BackendOptions): OpenedBackend {
  store.on('error', options.onError);
  const close = () => store.disconnect();
  return {
    store,
    ready: Promise.resolve(),
    close,
    abort: () => {
      close().catch(() => undefined);
    },
  };
}

async function probe(store: Keyv): Promise<void> {
  const key = `health:${randomUUID()}`;
  const value = { probe: 'ok', unicode: 'é😀', list: [1, null] };
  await store.set(key, value);
  const readBack: unknown = await store.get(key);
  await store.delete(key);
  if (!isDeepStrictEqual(readBack, value)) throw new Error('a value written could not be read back');
}

async function withinMs<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
