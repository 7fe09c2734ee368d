import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { startApp } from '../../src/main.js';
import { aReleaseReport, aTrackersFile, NORTH_FREES_SOUTH } from '../fixtures/integration/northern-exchange.js';
import { rssFeed } from '../fixtures/integration/rss-feed.js';
import { type CapturedLogs, captureLogs } from './capture-logs.js';
import { type FeedServer, startFeedServer } from './feed-server.js';
import { readStoredTally } from './read-stored-tally.js';
import { createTempDir, type TempDir } from './temp-dir.js';

const tuesday40 = aReleaseReport({ outlet: 'valley', slug: 'tuesday', count: 40, weekday: 'Tuesday' });

let server: FeedServer | undefined;
let dir: TempDir | undefined;
let logs: CapturedLogs | undefined;

afterEach(async () => {
  logs?.restore();
  await server?.close();
  await dir?.remove();
  server = undefined;
  dir = undefined;
});

interface TrackerJson {
  id: string;
  ledgers: Array<{ id: string }>;
}

/**
 * Runs one cycle with the North tracker, then adds a second tracker (its own ledger ids) following
 * the same feed and runs again on the same store: the newcomer must read the feed's history.
 */
async function expectNewTrackerReadsTheFeedsHistory(validators: boolean): Promise<void> {
  server = await startFeedServer({ validators });
  dir = await createTempDir();
  logs = captureLogs();
  server.route('/valley.xml', { body: rssFeed('Valley Times', [tuesday40]) });
  const original = aTrackersFile([server.url('/valley.xml')]) as { trackers: TrackerJson[] };
  const [north] = original.trackers;
  if (!north) throw new Error('the fixture has a tracker');
  const newcomer: TrackerJson = {
    ...structuredClone(north),
    id: 'newcomer',
    ledgers: north.ledgers.map((ledger) => ({ ...ledger, id: `newcomer-${ledger.id}` })),
  };
  const storeUrl = `sqlite://${dir.file('store.sqlite')}`;
  const runOnce = async (trackersFile: string) => {
    const app = await startApp({
      env: { STORE_URL: storeUrl, LOG_LEVEL: 'info' },
      trackersFile,
      input: new PassThrough(),
      output: new PassThrough(),
      once: true,
      clock: () => new Date('2025-03-10T12:00:00Z'),
    });
    await app.done;
  };

  await runOnce(await dir.writeJson('before.json', original));
  const after = await dir.writeJson('after.json', { trackers: [newcomer] });
  await runOnce(after);
  logs.restore();

  const stored = await readStoredTally(storeUrl, after);
  expect(stored.totals[`newcomer-${NORTH_FREES_SOUTH}`]).toBe(40);
}

describe('a tracker added to the trackers file later', () => {
  it('reads the history of a feed another tracker already polls (outlet without validators)', () =>
    expectNewTrackerReadsTheFeedsHistory(false));

  it('reads the history of a feed another tracker already polls (outlet with ETags)', () =>
    expectNewTrackerReadsTheFeedsHistory(true));
});
