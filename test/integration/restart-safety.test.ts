import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  aReleaseReport,
  aTrackersFile,
  type NewsItem,
  NORTH_FREES_SOUTH,
} from '../fixtures/integration/northern-exchange.js';
import { rssFeed } from '../fixtures/integration/rss-feed.js';
import { type FeedServer, startFeedServer } from './feed-server.js';
import { readStoredTally } from './read-stored-tally.js';
import { killAllSpawned, spawnTallywire } from './spawn-tallywire.js';
import { createTempDir, type TempDir } from './temp-dir.js';
import { waitUntil } from './wait-until.js';

let server: FeedServer;
let dir: TempDir;

afterEach(async () => {
  await killAllSpawned();
  await server.close();
  await dir.remove();
});

const tuesday40 = aReleaseReport({ outlet: 'valley', slug: 'tuesday', count: 40, weekday: 'Tuesday' });
const thursday25 = aReleaseReport({ outlet: 'valley', slug: 'thursday', count: 25, weekday: 'Thursday' });
const thursday25ByRiver = aReleaseReport({
  outlet: 'river',
  slug: 'north-hands-over-25',
  count: 25,
  weekday: 'Thursday',
});
const saturday10 = aReleaseReport({ outlet: 'slow', slug: 'saturday', count: 10, weekday: 'Saturday' });

/** The same report after the outlet corrected its figure (same guid and link, new text). */
function corrected(item: NewsItem, from: number, to: number): NewsItem {
  return {
    ...item,
    title: item.title.replace(String(from), String(to)),
    body: item.body.replace(String(from), String(to)),
  };
}

function envFor(store: string): Record<string, string> {
  return { STORE_URL: `sqlite://${dir.file(store)}`, LOG_LEVEL: 'info', POLL_INTERVAL_SECONDS: '3600' };
}

/** Runs `tallywire run --once` to the end and returns what it printed. */
async function runOnce(trackersFile: string, store: string) {
  const bot = spawnTallywire(['run', '--once', '--trackers', trackersFile], { cwd: dir.path, env: envFor(store) });
  const exit = await bot.finished();
  expect(exit, `run --once failed; stderr:\n${bot.stderr}`).toEqual({ code: 0, signal: null });
  return bot;
}

describe('`npm start` twice never counts an article twice', { timeout: 60_000 }, () => {
  beforeEach(async () => {
    server = await startFeedServer({ validators: true });
    dir = await createTempDir();
  });

  it('leaves the same tally and observations after a second run, and applies a correction instead of adding it', async () => {
    server.route('/valley.xml', { body: rssFeed('Valley Times', [thursday25, tuesday40]) });
    server.route('/river.xml', { body: rssFeed('River Post', [thursday25ByRiver]) });
    const trackersFile = await dir.writeJson(
      'trackers.json',
      aTrackersFile([server.url('/valley.xml'), server.url('/river.xml')]),
    );
    const storeUrl = `sqlite://${dir.file('db.sqlite')}`;

    await runOnce(trackersFile, 'db.sqlite');
    const single = await readStoredTally(storeUrl, trackersFile);
    expect(single.totals[NORTH_FREES_SOUTH]).toBe(65);
    expect(single.observations).toHaveLength(3);

    const again = await runOnce(trackersFile, 'db.sqlite');
    expect(await readStoredTally(storeUrl, trackersFile)).toMatchObject({
      totals: single.totals,
      observations: single.observations,
    });
    expect(again.stdout).not.toContain('[ALERT]');

    server.route('/valley.xml', { body: rssFeed('Valley Times', [thursday25, corrected(tuesday40, 40, 45)]) });
    const afterCorrection = await runOnce(trackersFile, 'db.sqlite');
    const correctedTally = await readStoredTally(storeUrl, trackersFile);
    expect(correctedTally.totals[NORTH_FREES_SOUTH]).toBe(70);
    expect(correctedTally.observations).toHaveLength(3);
    expect(correctedTally.observations).toContain(`${tuesday40.link} → 45`);
    expect(afterCorrection.stdout).toContain('[ALERT]');
    expect(afterCorrection.stdout).toContain('70 of 500');
    expect(afterCorrection.stdout).toContain('revised from 40 to 45');
    expect(afterCorrection.stdout).not.toContain('+45 on');
  });
});

describe('killing the bot mid-cycle', { timeout: 60_000 }, () => {
  /** Valley and River answer at once; Slow holds its answer `slowDelayMs` (the bot is killed before it comes). */
  async function serveThreeFeeds(slowDelayMs: number): Promise<string> {
    server.route('/valley.xml', { body: rssFeed('Valley Times', [thursday25, tuesday40]) });
    server.route('/river.xml', { body: rssFeed('River Post', [thursday25ByRiver]) });
    server.route('/slow.xml', { body: rssFeed('Slow Gazette', [saturday10]), delayMs: slowDelayMs });
    return dir.writeJson(
      'trackers.json',
      aTrackersFile([server.url('/valley.xml'), server.url('/river.xml'), server.url('/slow.xml')]),
    );
  }

  async function killWhileSlowFeedPending(trackersFile: string, store: string): Promise<void> {
    const bot = spawnTallywire(['run', '--trackers', trackersFile], { cwd: dir.path, env: envFor(store) });
    await waitUntil(
      () => `the slow feed to be requested; stderr:\n${bot.stderr}`,
      () => server.requests.includes('/slow.xml'),
      30_000,
    );
    // The fast feeds have been served (and, with validators, have handed out their ETags) before the kill.
    await waitUntil('the fast feeds to be served', () =>
      ['/valley.xml', '/river.xml'].every((path) => server.requests.includes(path)),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    bot.child.kill('SIGKILL');
    expect(await bot.exited).toEqual({ code: null, signal: 'SIGKILL' });
    const killed = await readStoredTally(`sqlite://${dir.file(store)}`, trackersFile);
    expect(
      killed.feedStates[server.url('/slow.xml')]?.health.lastSuccessAt,
      'the slow feed was still pending',
    ).toBeNull();
  }

  /** Kills a bot while the slow feed is pending, runs `--once` on its store and on a fresh one, and compares. */
  async function expectKilledRunToResume(slowDelayMs: number): Promise<void> {
    const trackersFile = await serveThreeFeeds(slowDelayMs);
    await killWhileSlowFeedPending(trackersFile, 'killed.sqlite');

    server.route('/slow.xml', { body: rssFeed('Slow Gazette', [saturday10]) });
    await Promise.all([runOnce(trackersFile, 'killed.sqlite'), runOnce(trackersFile, 'fresh.sqlite')]);
    const resumed = await readStoredTally(`sqlite://${dir.file('killed.sqlite')}`, trackersFile);
    const uninterrupted = await readStoredTally(`sqlite://${dir.file('fresh.sqlite')}`, trackersFile);
    expect(uninterrupted.totals[NORTH_FREES_SOUTH]).toBe(75);
    expect(resumed.totals).toEqual(uninterrupted.totals);
    expect(resumed.observations).toEqual(uninterrupted.observations);
  }

  describe('against outlets without validators (always 200)', () => {
    beforeEach(async () => {
      server = await startFeedServer({ validators: false });
      dir = await createTempDir();
    });

    it('loses nothing and counts nothing twice: the next run ends where an uninterrupted run does', () =>
      expectKilledRunToResume(20_000));

    it('stops on SIGTERM with exit 0 and "Stopped", after finishing the fetch in flight', async () => {
      const trackersFile = await serveThreeFeeds(1_500);
      const bot = spawnTallywire(['run', '--trackers', trackersFile], { cwd: dir.path, env: envFor('term.sqlite') });
      await server.requested('/slow.xml');
      bot.child.kill('SIGTERM');
      const exit = await Promise.race([
        bot.exited,
        new Promise((resolve) => setTimeout(() => resolve('still running 15 s after SIGTERM'), 15_000).unref()),
      ]);
      expect(exit, bot.stderr).toEqual({ code: 0, signal: null });
      expect(bot.stderr).toContain('SIGTERM received');
      expect(bot.stderr).toContain('Stopped');
      const stored = await readStoredTally(`sqlite://${dir.file('term.sqlite')}`, trackersFile);
      expect(stored.totals[NORTH_FREES_SOUTH]).toBe(75);
    });
  });

  describe('against outlets with ETags (conditional GET)', () => {
    beforeEach(async () => {
      server = await startFeedServer({ validators: true });
      dir = await createTempDir();
    });

    it('loses nothing: the next run ends where an uninterrupted run does', () => expectKilledRunToResume(20_000));
  });
});
