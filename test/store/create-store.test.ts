import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Logger } from '../../src/core/types.js';
import { createStore, maskStoreUrl } from '../../src/store/create-store.js';
import { StoreError } from '../../src/store/store-error.js';

interface LoggedLine {
  level: keyof Logger;
  message: string;
  context?: Record<string, unknown>;
}

function aRecordingLog(): Logger & { lines: LoggedLine[] } {
  const lines: LoggedLine[] = [];
  const record = (level: keyof Logger) => (message: string, context?: Record<string, unknown>) => {
    lines.push({ level, message, context });
  };
  return { lines, debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') };
}

const folder = mkdtempSync(join(tmpdir(), 'tallywire-store-open-'));
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

// Nothing listens on port 1 of the loopback address, so connecting is refused at once.
const REFUSED_PORT = 1;

async function failureOf(work: Promise<unknown>): Promise<StoreError> {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof StoreError)) throw new Error(`expected a StoreError, got ${String(error)}`);
  return error;
}

/** A TCP server that accepts connections and never answers, like a hung database. */
async function aSilentServer(): Promise<{ port: number; stop(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    port: address.port,
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('createStore', () => {
  const stops: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const stop of stops.splice(0)) await stop();
  });

  it('rejects an unknown scheme, naming the schemes it knows and hiding the password', async () => {
    const error = await failureOf(createStore('mysql://bot:hunter2@db/tally', { log: aRecordingLog() }));
    expect(error.name).toBe('StoreError');
    expect(error.message).toContain('mysql://bot:***@db/tally');
    expect(error.message).toContain('sqlite://PATH');
    expect(error.message).not.toContain('hunter2');
  });

  it('rejects a namespace with a colon, which could make two namespaces share keys', async () => {
    const error = await failureOf(createStore('memory://', { log: aRecordingLog(), namespace: 'bot:one' }));
    expect(error.message).toBe(`Store namespace "bot:one" is not allowed: use letters, digits, '_' and '-'`);
  });

  it('fails with a StoreError naming a Redis server that refuses connections', async () => {
    const url = `redis://127.0.0.1:${REFUSED_PORT}`;
    const error = await failureOf(createStore(url, { log: aRecordingLog(), connectTimeoutMs: 2_000 }));
    expect(error.message).toBe(`Store ${url} is unreachable: connect ECONNREFUSED 127.0.0.1:${REFUSED_PORT}`);
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('fails with a StoreError naming a PostgreSQL server that refuses connections, password hidden', async () => {
    const url = `postgresql://bot:hunter2@127.0.0.1:${REFUSED_PORT}/tally`;
    const error = await failureOf(createStore(url, { log: aRecordingLog(), connectTimeoutMs: 2_000 }));
    expect(error.message).toBe(
      `Store postgresql://bot:***@127.0.0.1:${REFUSED_PORT}/tally is unreachable: connect ECONNREFUSED 127.0.0.1:${REFUSED_PORT}`,
    );
    expect(error.message).not.toContain('hunter2');
  });

  it('gives up on a Redis server that accepts connections but never answers', async () => {
    const silent = await aSilentServer();
    stops.push(silent.stop);
    const url = `redis://127.0.0.1:${silent.port}`;
    const error = await failureOf(createStore(url, { log: aRecordingLog(), connectTimeoutMs: 300 }));
    expect(error.message).toMatch(new RegExp(`^Store ${url} is unreachable: `));
  });

  it('gives up on a PostgreSQL server that accepts connections but never answers', async () => {
    const silent = await aSilentServer();
    stops.push(silent.stop);
    const url = `postgres://postgres@127.0.0.1:${silent.port}/test`;
    const error = await failureOf(createStore(url, { log: aRecordingLog(), connectTimeoutMs: 300 }));
    expect(error.message).toMatch(new RegExp(`^Store ${url} is unreachable: `));
  });

  it('fails with a StoreError when the SQLite file would sit under a regular file', async () => {
    const regularFile = join(folder, 'not-a-folder');
    writeFileSync(regularFile, 'plain text');
    const url = `sqlite://${regularFile}/tally.sqlite`;
    const error = await failureOf(createStore(url, { log: aRecordingLog() }));
    expect(error.message).toContain(`Store ${url} cannot be opened: its folder ${regularFile} cannot be created`);
  });

  it('fails with a StoreError when the SQLite path is a folder', async () => {
    const url = `sqlite://${folder}`;
    const error = await failureOf(createStore(url, { log: aRecordingLog() }));
    expect(error.message).toMatch(new RegExp(`^Store ${url} cannot be opened: .*SQLITE_CANTOPEN`));
  });

  it('fails with a StoreError when sqlite:// has no path', async () => {
    const error = await failureOf(createStore('sqlite://', { log: aRecordingLog() }));
    expect(error.message).toBe('Store sqlite:// cannot be opened: no file path after sqlite://');
  });

  it('resolves a relative SQLite path from the working directory and creates its folders', async () => {
    const file = join(folder, 'new', 'nested', 'tally.sqlite');
    const opened = await createStore(`sqlite://${relative(process.cwd(), file)}`, { log: aRecordingLog() });
    await opened.store.set('ledger:a', { total: 3 });
    await opened.close();
    const reopened = await createStore(`sqlite://${file}`, { log: aRecordingLog() });
    expect(await reopened.store.get('ledger:a')).toEqual({ total: 3 });
    await reopened.close();
  });

  it('logs that it opened, with the backend and namespace', async () => {
    const log = aRecordingLog();
    const opened = await createStore('memory://', { log, namespace: 'bot-two' });
    await opened.close();
    expect(log.lines).toEqual([
      {
        level: 'info',
        message: 'Store opened',
        context: { store: 'memory://', backend: 'memory', namespace: 'bot-two' },
      },
    ]);
  });

  it('logs a store error met after start-up once, naming the store', async () => {
    const log = aRecordingLog();
    const opened = await createStore(`sqlite://${join(folder, 'logged.sqlite')}`, { log });
    await opened.close();
    await expect(opened.store.set('ledger:a', 1)).rejects.toThrow('SQLITE_MISUSE');
    expect(log.lines.filter((line) => line.level === 'error')).toEqual([
      {
        level: 'error',
        message: 'Store error',
        context: { store: opened.describe, error: expect.stringContaining('SQLITE_MISUSE') },
      },
    ]);
  });

  it('can be closed twice', async () => {
    const opened = await createStore(`sqlite://${join(folder, 'twice.sqlite')}`, { log: aRecordingLog() });
    await opened.close();
    await expect(opened.close()).resolves.toBeUndefined();
  });
});

describe('maskStoreUrl', () => {
  it.each([
    ['redis://:s3cret@cache:6379/2', 'redis://:***@cache:6379/2'],
    ['rediss://bot:s3cret@cache:6380', 'rediss://bot:***@cache:6380'],
    ['postgresql://bot:s3cret@db:5432/tally?sslmode=require', 'postgresql://bot:***@db:5432/tally?sslmode=require'],
    ['postgresql://postgres@127.0.0.1:5432/test', 'postgresql://postgres@127.0.0.1:5432/test'],
    ['sqlite://data/tallywire.sqlite', 'sqlite://data/tallywire.sqlite'],
  ])('shows %s as %s', (url, shown) => {
    expect(maskStoreUrl(url)).toBe(shown);
  });
});
