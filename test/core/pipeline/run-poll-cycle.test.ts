import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import type { FeedCache, FeedItem, FeedLoad } from '../../../src/core/feeds/feed-item.js';
import { readFeedState } from '../../../src/core/pipeline/feed-state.js';
import { readObservations } from '../../../src/core/pipeline/observation-store.js';
import { type LedgerChange, runPollCycle } from '../../../src/core/pipeline/run-poll-cycle.js';
import type { Article, Ledger, Logger, Mention, Tracker } from '../../../src/core/types.js';

const ledger: Ledger = {
  id: 'north-frees-south',
  title: 'Southern captives freed by the North',
  releaser: ['North'],
  released: ['southern captives'],
  target: 500,
};

const tracker = (feeds: string[], id = 'test-swap'): Tracker => ({
  id,
  title: 'Test swap',
  feeds,
  ledgers: [ledger],
  timezone: 'UTC',
  readArticles: true,
});

const anItem = (overrides: Partial<FeedItem> = {}): FeedItem => ({
  id: 'item-1',
  title: 'North frees captives',
  link: 'https://north-news.example/1',
  published: '2021-06-01T10:00:00Z',
  text: 'The North freed 40 southern captives on Tuesday.',
  ...overrides,
});

/** A few-line stand-in for the extractor: every "freed N" is a release of N. */
function fakeExtract(article: Article, ledgers: Ledger[]): Mention[] {
  return [...article.body.matchAll(/(freed|will free) (\d+)/g)].map((match) => ({
    count: Number(match[2]),
    qualifier: 'exact',
    kind: match[1] === 'freed' ? 'release' : 'announcement',
    ledger: ledgers[0]?.id ?? null,
    eventDate: article.published.slice(0, 10),
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
    sentence: article.body,
  }));
}

const silentLog: Logger = { debug() {}, info() {}, warn() {}, error() {} };

function harness(feeds: Record<string, FeedLoad | (() => FeedLoad)>) {
  const store = new Keyv();
  const calls: string[] = [];
  const caches: FeedCache[] = [];
  const changes: LedgerChange[][] = [];
  let now = new Date('2021-06-01T12:00:00Z');
  const deps = {
    store,
    loadFeed: async (url: string, cache: FeedCache) => {
      calls.push(url);
      caches.push(cache);
      const feed = feeds[url];
      if (!feed) return { status: 'failed', reason: 'HTTP 404' } as const;
      return typeof feed === 'function' ? feed() : feed;
    },
    loadArticleText: async () => null,
    extract: fakeExtract,
    clock: () => now,
    log: silentLog,
    pollIntervalMs: 600_000,
    onLedgerChanges: async (_tracker: Tracker, batch: LedgerChange[]) => {
      changes.push(batch);
    },
  };
  return {
    store,
    calls,
    caches,
    changes,
    deps,
    advance(ms: number) {
      now = new Date(now.getTime() + ms);
    },
  };
}

describe('runPollCycle', () => {
  it('fetches a feed URL once per cycle however many trackers use it', async () => {
    const h = harness({ 'https://a.example/rss': { status: 'ok', items: [anItem()], cache: {} } });
    await runPollCycle({
      ...h.deps,
      trackers: [tracker(['https://a.example/rss'], 'one'), tracker(['https://a.example/rss'], 'two')],
    });
    expect(h.calls).toEqual(['https://a.example/rss']);
    expect(Object.keys(await readObservations(h.store, 'one'))).toHaveLength(1);
    expect(Object.keys(await readObservations(h.store, 'two'))).toHaveLength(1);
  });

  it('stores each article once and reads it again only when its text changes', async () => {
    let item = anItem();
    const h = harness({ 'https://a.example/rss': () => ({ status: 'ok', items: [item], cache: {} }) });
    const trackers = [tracker(['https://a.example/rss'])];
    const first = await runPollCycle({ ...h.deps, trackers });
    const second = await runPollCycle({ ...h.deps, trackers });
    expect(first.articles.read).toBe(1);
    expect(second.articles.read).toBe(0);

    item = anItem({ text: 'The North freed 45 southern captives on Tuesday, officials corrected.' });
    const third = await runPollCycle({ ...h.deps, trackers });
    expect(third.articles.read).toBe(1);
    const record = await readObservations(h.store, 'test-swap');
    const mentions = Object.values(record).flatMap((o) => o.mentions);
    expect(mentions.map((m) => m.count)).toEqual([45]);
  });

  it("tallies a feed's existing items quietly on its first poll, then alerts on new ones", async () => {
    let items = [anItem({ text: 'Officials said the North will free 10 captives.' })];
    const h = harness({ 'https://a.example/rss': () => ({ status: 'ok', items, cache: {} }) });
    const trackers = [tracker(['https://a.example/rss'])];
    await runPollCycle({ ...h.deps, trackers });
    expect(h.changes).toEqual([]);

    items = [
      ...items,
      anItem({ id: 'item-2', link: 'https://north-news.example/2', text: 'The North will free 30 more.' }),
    ];
    await runPollCycle({ ...h.deps, trackers });
    expect(h.changes).toHaveLength(1);
    expect(h.changes[0]?.[0]?.announcements.map((a) => a.mention.count)).toEqual([30]);
  });

  it('alerts on the next cycle when a run died after saving new articles and before alerting', async () => {
    let items = [anItem()];
    const h = harness({ 'https://a.example/rss': () => ({ status: 'ok', items, cache: {} }) });
    const trackers = [tracker(['https://a.example/rss'])];
    await runPollCycle({ ...h.deps, trackers });

    items = [
      ...items,
      anItem({
        id: 'item-2',
        link: 'https://north-news.example/2',
        published: '2021-06-08T10:00:00Z',
        text: 'The North freed 25 more.',
      }),
    ];
    const dying = { ...h.deps, onLedgerChanges: async () => Promise.reject(new Error('killed')) };
    await runPollCycle({ ...dying, trackers });
    expect(h.changes).toEqual([]);

    const report = await runPollCycle({ ...h.deps, trackers });
    expect(report.articles.read).toBe(0);
    expect(h.changes).toHaveLength(1);
    expect(h.changes[0]?.map((change) => [change.before?.total, change.after.total])).toEqual([[40, 65]]);

    await runPollCycle({ ...h.deps, trackers });
    expect(h.changes).toHaveLength(1);
  });

  it('records a failing feed with backoff and keeps polling the others', async () => {
    const h = harness({ 'https://good.example/rss': { status: 'ok', items: [anItem()], cache: {} } });
    const trackers = [tracker(['https://broken.example/rss', 'https://good.example/rss'])];
    const report = await runPollCycle({ ...h.deps, trackers });
    expect(report.feeds).toMatchObject({ ok: 1, failed: 1 });
    expect(Object.keys(await readObservations(h.store, 'test-swap'))).toHaveLength(1);

    const state = await readFeedState(h.store, 'https://broken.example/rss');
    expect(state.health).toMatchObject({ consecutiveFailures: 1, lastError: 'HTTP 404', disabled: false });

    const again = await runPollCycle({ ...h.deps, trackers });
    expect(again.feeds.skipped).toBe(1);
    h.advance(600_001);
    const later = await runPollCycle({ ...h.deps, trackers });
    expect(later.feeds.failed).toBe(1);
    expect((await readFeedState(h.store, 'https://broken.example/rss')).health.consecutiveFailures).toBe(2);
  });

  it('sends the validators it got back on the next request (conditional GET)', async () => {
    const loads: FeedLoad[] = [
      { status: 'ok', items: [anItem()], cache: { etag: '"v1"', lastModified: 'Tue, 01 Jun 2021 10:00:00 GMT' } },
      { status: 'not-modified' },
    ];
    const h = harness({ 'https://a.example/rss': () => loads.shift() ?? { status: 'not-modified' } });
    const trackers = [tracker(['https://a.example/rss'])];
    await runPollCycle({ ...h.deps, trackers });
    const report = await runPollCycle({ ...h.deps, trackers });
    expect(h.caches[1]).toEqual({ etag: '"v1"', lastModified: 'Tue, 01 Jun 2021 10:00:00 GMT' });
    expect(report.feeds.notModified).toBe(1);
  });

  it('re-reads an article whose feed was not marked seen (a crash mid-cycle) without counting it twice', async () => {
    const h = harness({ 'https://a.example/rss': { status: 'ok', items: [anItem()], cache: {} } });
    const trackers = [tracker(['https://a.example/rss'])];
    await runPollCycle({ ...h.deps, trackers });
    await h.store.delete('seen:test-swap:https://a.example/rss');
    await runPollCycle({ ...h.deps, trackers });
    const record = await readObservations(h.store, 'test-swap');
    expect(Object.values(record).flatMap((o) => o.mentions.map((m) => m.count))).toEqual([40]);
  });

  it('fetches the linked page when the feed carries only a short summary', async () => {
    const h = harness({
      'https://a.example/rss': { status: 'ok', items: [anItem({ text: 'Captives came home.' })], cache: {} },
    });
    const pages: string[] = [];
    await runPollCycle({
      ...h.deps,
      trackers: [tracker(['https://a.example/rss'])],
      loadArticleText: async (url) => {
        pages.push(url);
        return 'Captives came home. The North freed 25 southern captives on Monday in the border town.';
      },
    });
    expect(pages).toEqual(['https://north-news.example/1']);
    const record = await readObservations(h.store, 'test-swap');
    expect(Object.values(record).flatMap((o) => o.mentions.map((m) => m.count))).toEqual([25]);
  });
});
