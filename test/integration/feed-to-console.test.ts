import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  aNewsPage,
  aQuietReport,
  aReleaseReport,
  aTrackersFile,
  type NewsItem,
  NORTH_FREES_SOUTH_TARGET,
} from '../fixtures/integration/northern-exchange.js';
import { rssFeed } from '../fixtures/integration/rss-feed.js';
import { type ConsoleSession, occurrences, startConsoleSession } from './console-session.js';
import { type FeedServer, startFeedServer } from './feed-server.js';
import { createTempDir, type TempDir } from './temp-dir.js';

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

const tuesday40 = aReleaseReport({ outlet: 'valley', slug: 'tuesday', count: 40, weekday: 'Tuesday' });
const thursday25 = aReleaseReport({ outlet: 'valley', slug: 'thursday', count: 25, weekday: 'Thursday' });
const thursday25ByRiver = aReleaseReport({
  outlet: 'river',
  slug: 'north-hands-over-25',
  count: 25,
  weekday: 'Thursday',
});

function serve(valley: NewsItem[], river: NewsItem[]): void {
  server.route('/valley.xml', { body: rssFeed('Valley Times', valley) });
  server.route('/river.xml', { body: rssFeed('River Post', river) });
}

describe.each([
  ['memory', () => 'memory://'],
  ['sqlite', () => `sqlite://${dir.file('store.sqlite')}`],
])('feed XML to console posts (%s store)', (_name, storeUrl) => {
  it('tallies history quietly, alerts on a new batch once, and answers /tally with total and target', async () => {
    serve([tuesday40], [aQuietReport('river', 'talks')]);
    const trackersFile = await dir.writeJson(
      'trackers.json',
      aTrackersFile([server.url('/valley.xml'), server.url('/river.xml')]),
    );
    session = await startConsoleSession({
      env: { STORE_URL: storeUrl() },
      trackersFile,
      clock: () => new Date('2025-03-10T12:00:00Z'),
    });

    await session.waitForCycles(1);
    const first = await session.ask('/tally', 'Southern captives freed by the North');
    expect(first).toContain(`40 of ${NORTH_FREES_SOUTH_TARGET}`);
    expect(session.screen).not.toContain('[ALERT]');

    serve([thursday25, tuesday40], [aQuietReport('river', 'talks')]);
    const second = await session.app.pollNow();
    expect(second.changedLedgers).toBe(1);
    const screen = await session.waitForScreen('[ALERT]');
    expect(screen).toContain('Southern captives freed by the North');
    expect(screen).toContain(`65 of ${NORTH_FREES_SOUTH_TARGET}`);

    serve([thursday25, tuesday40], [thursday25ByRiver, aQuietReport('river', 'talks')]);
    const third = await session.app.pollNow();
    expect(third.articles.read).toBe(1);
    expect(third.changedLedgers).toBe(0);

    const answer = await session.ask('/tally', 'Southern captives freed by the North');
    expect(answer).toContain(`65 of ${NORTH_FREES_SOUTH_TARGET}`);
    expect(occurrences(session.screen, '[ALERT]')).toBe(1);
  });
});

describe('feed items with only a summary', () => {
  it('reads the linked page and tallies the count the page reports', async () => {
    const link = server.url('/news/captives-cross.html');
    const teaser: NewsItem = {
      guid: 'valley-captives-cross',
      title: 'Captives cross the border',
      link,
      pubDate: 'Tue, 04 Mar 2025 16:00:00 GMT',
      body: 'Read the full story on our site.',
    };
    server.route('/valley.xml', { body: rssFeed('Valley Times', [teaser]) });
    server.route('/news/captives-cross.html', {
      contentType: 'text/html; charset=utf-8',
      body: aNewsPage('Captives cross the border', [
        'The North freed 40 southern captives on Tuesday, officials said.',
        'The captives were handed over at the border crossing early in the morning, watched by observers from both sides and by a small crowd of relatives who had waited there since dawn.',
        'Negotiators from the North and the South met again later in the day. No date was set for the next meeting, and neither side would say when talks would resume.',
        'Relatives said they hoped the exchange would continue in the coming weeks, and thanked the mediators for their patience during the long talks.',
      ]),
    });
    const trackersFile = await dir.writeJson(
      'trackers.json',
      aTrackersFile([server.url('/valley.xml')], { readArticles: true }),
    );
    session = await startConsoleSession({
      env: { STORE_URL: 'memory://' },
      trackersFile,
      clock: () => new Date('2025-03-10T12:00:00Z'),
    });
    await session.waitForCycles(1);

    expect(server.requests).toContain('/news/captives-cross.html');
    const answer = await session.ask('/tally', 'Southern captives freed by the North');
    expect(answer).toContain(`40 of ${NORTH_FREES_SOUTH_TARGET}`);
    expect(answer).toContain(link);
  });
});
