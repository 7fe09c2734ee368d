import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { aReleaseReport, aTrackersFile, NORTH_FREES_SOUTH_TARGET } from '../fixtures/integration/northern-exchange.js';
import { rssFeed } from '../fixtures/integration/rss-feed.js';
import { type ConsoleSession, startConsoleSession } from './console-session.js';
import { type FeedServer, startFeedServer } from './feed-server.js';
import { killAllSpawned, spawnTallywire } from './spawn-tallywire.js';
import { createTempDir, type TempDir } from './temp-dir.js';

const tuesday40 = aReleaseReport({ outlet: 'valley', slug: 'tuesday', count: 40, weekday: 'Tuesday' });

describe('bad feeds keep the cycle going', () => {
  let server: FeedServer;
  let dir: TempDir;
  let session: ConsoleSession | undefined;

  beforeEach(async () => {
    server = await startFeedServer();
    dir = await createTempDir();
  });

  afterEach(async () => {
    await session?.stop();
    session = undefined;
    await server.close();
    await dir.remove();
  });

  it('tallies the good feed and lists the failing ones with their reasons in /status', async () => {
    server.route('/down.xml', { status: 500, body: 'Internal Server Error', contentType: 'text/plain' });
    server.route('/page.xml', {
      body: '<!doctype html><html><head><title>Home</title></head><body><p>Welcome to our site.</p></body></html>',
      contentType: 'text/html; charset=utf-8',
    });
    server.route('/broken.xml', {
      body: '<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>Cut off',
    });
    server.route('/valley.xml', { body: rssFeed('Valley Times', [tuesday40]) });
    const urls = ['/down.xml', '/page.xml', '/broken.xml', '/valley.xml'].map((path) => server.url(path));
    const trackersFile = await dir.writeJson('trackers.json', aTrackersFile(urls));
    session = await startConsoleSession({
      env: { STORE_URL: 'memory://' },
      trackersFile,
      clock: () => new Date('2025-03-10T12:00:00Z'),
    });
    await session.waitForCycles(1);

    const tally = await session.ask('/tally', 'Southern captives freed by the North');
    expect(tally).toContain(`40 of ${NORTH_FREES_SOUTH_TARGET}`);

    const status = await session.ask('/status', server.url('/valley.xml'));
    const lineAbout = (path: string) => status.split('\n').find((line) => line.includes(server.url(path))) ?? '';
    expect(status).toContain('4 feeds: 1 ok, 3 failing');
    expect(lineAbout('/down.xml')).toMatch(/^\s*failing .*HTTP 500/);
    expect(lineAbout('/page.xml')).toMatch(/^\s*failing .*HTML page/);
    expect(lineAbout('/broken.xml')).toMatch(/^\s*failing .*not a readable feed/);
    expect(lineAbout('/valley.xml')).toMatch(/^\s*ok /);
  });
});

describe.concurrent('start-up problems end `tallywire run` with exit 1 and a message naming the culprit', {
  timeout: 60_000,
}, () => {
  let dir: TempDir;
  let goodTrackers: string;

  beforeAll(async () => {
    dir = await createTempDir();
    goodTrackers = await dir.writeJson('trackers.json', aTrackersFile(['http://127.0.0.1:9/never-polled.xml']));
  });

  afterAll(async () => {
    await killAllSpawned();
    await dir.remove();
  });

  const run = (args: string[], env: Record<string, string>) =>
    spawnTallywire(['run', '--once', ...args], { cwd: dir.path, env: { LOG_LEVEL: 'info', ...env } });

  it('a trackers file with an error names the file and the path of the bad value', async () => {
    const file = aTrackersFile(['http://127.0.0.1:9/feed.xml']) as {
      trackers: Array<{ ledgers: Array<Record<string, unknown>> }>;
    };
    const [tracker] = file.trackers;
    if (tracker?.ledgers[0]) tracker.ledgers[0]['target'] = 'five hundred';
    const bad = await dir.writeJson('bad-trackers.json', file);
    const bot = run(['--trackers', bad], { STORE_URL: 'memory://' });
    expect(await bot.finished(), bot.stderr).toEqual({ code: 1, signal: null });
    expect(bot.stderr).toContain(bad);
    expect(bot.stderr).toContain('trackers[0].ledgers[0].target');
    expect(bot.stdout).toBe('');
  });

  it('a bad environment variable is named', async () => {
    const bot = run(['--trackers', goodTrackers], { STORE_URL: 'memory://', POLL_INTERVAL_SECONDS: 'abc' });
    expect(await bot.finished(), bot.stderr).toEqual({ code: 1, signal: null });
    expect(bot.stderr).toContain('POLL_INTERVAL_SECONDS');
    expect(bot.stderr).not.toMatch(/\n\s+at /);
  });

  it('a dead store stops start-up with a clear message', async () => {
    const bot = run(['--trackers', goodTrackers], { STORE_URL: 'redis://127.0.0.1:1' });
    expect(await bot.finished(), bot.stderr).toEqual({ code: 1, signal: null });
    expect(bot.stderr).toContain('redis://127.0.0.1:1');
    expect(bot.stderr).toMatch(/unreachable/i);
    expect(bot.stderr).not.toMatch(/\n\s+at /);
  });
});
