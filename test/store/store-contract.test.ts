import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Logger } from '../../src/core/types.js';
import { createStore, type OpenStore } from '../../src/store/create-store.js';

const quietLog: Logger = { debug() {}, info() {}, warn() {}, error() {} };
const sqliteFolder = mkdtempSync(join(tmpdir(), 'tallywire-store-'));
const runId = randomUUID().slice(0, 8);

const backends = [
  { name: 'memory', url: 'memory://', persistent: false },
  { name: 'sqlite', url: `sqlite://${join(sqliteFolder, 'contract.sqlite')}`, persistent: true },
  { name: 'redis', url: process.env.REDIS_URL, persistent: true },
  { name: 'postgres', url: process.env.POSTGRES_URL, persistent: true },
];

afterAll(() => {
  rmSync(sqliteFolder, { recursive: true, force: true });
});

function aLargeArray(): unknown[] {
  // About 1 MB once serialised: ledger histories grow to this order.
  return Array.from({ length: 20_000 }, (_, i) => ({ id: i, note: `entry ${i} — ok`, freed: i % 7 === 0 }));
}

const jsonValues: [string, unknown][] = [
  ['a nested object', { ledger: { id: 'gaza-2025', totals: { prisoners: 1968, hostages: 20 }, tags: ['a', 'b'] } }],
  ['an array of mixed values', [1, 'two', true, null, { three: [3] }]],
  ['a unicode string', 'Échange: 250 détenus — אסירים — أسرى — 😀'],
  ['a string that starts with a colon', ':base64:not really'],
  ['an empty string', ''],
  ['a negative fraction', -12.75],
  ['zero', 0],
  ['false', false],
  ['true', true],
  ['null', null],
  ['an empty object', {}],
  ['an empty array', []],
  ['a large array (~1 MB)', aLargeArray()],
];

describe.each(backends)('the $name store', ({ name, url, persistent }) => {
  const opened: OpenStore[] = [];
  const open = async (namespace: string): Promise<OpenStore> => {
    const store = await createStore(url ?? '', { log: quietLog, namespace });
    opened.push(store);
    return store;
  };
  const closeNow = async (store: OpenStore): Promise<void> => {
    opened.splice(opened.indexOf(store), 1);
    await store.close();
  };
  const namespaceFor = (label: string) => `tallywire-test-${runId}-${name}-${label}`;

  afterEach(async () => {
    for (const store of opened.splice(0)) {
      await store.store.clear();
      await store.close();
    }
  });

  describe.skipIf(url === undefined)(`(${url === undefined ? 'set its URL variable to run' : 'running'})`, () => {
    it('reports its backend', async () => {
      const { backend } = await open(namespaceFor('backend'));
      expect(backend).toBe(name);
    });

    it('reads a missing key as undefined', async () => {
      const { store } = await open(namespaceFor('missing'));
      expect(await store.get('ledger:nobody')).toBeUndefined();
    });

    it.each(jsonValues)('gives back %s as it was written', async (_label, value) => {
      const { store } = await open(namespaceFor('round-trip'));
      await store.set('value', value);
      expect(await store.get('value')).toEqual(value);
    });

    it('gives back a copy, so changing what was read does not change what is stored', async () => {
      const { store } = await open(namespaceFor('copy'));
      await store.set('ledger:a', { total: 1 });
      const read = (await store.get('ledger:a')) as { total: number };
      read.total = 99;
      expect(await store.get('ledger:a')).toEqual({ total: 1 });
    });

    it('replaces a value that is written again', async () => {
      const { store } = await open(namespaceFor('overwrite'));
      await store.set('ledger:a', { total: 1 });
      await store.set('ledger:a', { total: 2 });
      expect(await store.get('ledger:a')).toEqual({ total: 2 });
    });

    it('forgets a deleted key and keeps the others', async () => {
      const { store } = await open(namespaceFor('delete'));
      await store.set('sub:telegram:1', { on: true });
      await store.set('sub:telegram:2', { on: true });
      await store.delete('sub:telegram:1');
      expect(await store.get('sub:telegram:1')).toBeUndefined();
      expect(await store.get('sub:telegram:2')).toEqual({ on: true });
    });

    it('accepts long keys such as a seen-article key with a long feed URL', async () => {
      const { store } = await open(namespaceFor('long-key'));
      const key = `seen:https://example.org/${'feeds/'.repeat(80)}rss.xml:${'f'.repeat(64)}`;
      await store.set(key, true);
      expect(await store.get(key)).toBe(true);
    });

    it('keeps the keys of one namespace apart from another on the same database', async () => {
      const first = await open(namespaceFor('bot-one'));
      const second = await open(namespaceFor('bot-two'));
      await first.store.set('ledger:a', { total: 1 });
      await second.store.set('ledger:a', { total: 2 });
      await second.store.delete('ledger:a');
      expect(await first.store.get('ledger:a')).toEqual({ total: 1 });
      expect(await second.store.get('ledger:a')).toBeUndefined();
    });

    it('lands every one of many concurrent writes to different keys', async () => {
      const { store } = await open(namespaceFor('concurrent'));
      const ids = Array.from({ length: 50 }, (_, i) => i);
      await Promise.all(ids.map((i) => store.set(`seen:feed:${i}`, { i })));
      const read = await Promise.all(ids.map((i) => store.get(`seen:feed:${i}`)));
      expect(read).toEqual(ids.map((i) => ({ i })));
    });

    it.skipIf(!persistent)('still holds its data after being closed and opened again', async () => {
      const namespace = namespaceFor('reopen');
      const before = await open(namespace);
      await before.store.set('ledger:a', { total: 7, history: ['x', 'y'] });
      await closeNow(before);
      const after = await open(namespace);
      expect(await after.store.get('ledger:a')).toEqual({ total: 7, history: ['x', 'y'] });
    });

    it.skipIf(!persistent)('throws when used after being closed, rather than reading as empty', async () => {
      const store = await open(namespaceFor('closed'));
      await store.store.set('ledger:a', { total: 1 });
      await store.store.delete('ledger:a');
      await closeNow(store);
      await expect(store.store.get('ledger:a')).rejects.toThrow();
    });
  });
});
