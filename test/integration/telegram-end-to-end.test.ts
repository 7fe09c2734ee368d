import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../src/main.js';
import { createFakeBotApi, type FakeBotApi, type FakeChat, type FakeUser } from '../fakes/telegram/fake-bot-api.js';
import { aQuietReport, aReleaseReport, aTrackersFile, TRACKER_ID } from '../fixtures/integration/northern-exchange.js';
import { rssFeed } from '../fixtures/integration/rss-feed.js';
import { type CapturedLogs, captureLogs } from './capture-logs.js';
import { occurrences } from './console-session.js';
import { type FeedServer, startFeedServer } from './feed-server.js';
import { createTempDir, type TempDir } from './temp-dir.js';
import { waitUntil } from './wait-until.js';

const TOKEN = '123:ABC';
const group: FakeChat = { id: -1001234, type: 'supergroup', title: 'Border watchers' };
const admin: FakeUser = { id: 11, first_name: 'Ada' };
const member: FakeUser = { id: 12, first_name: 'Ben' };

const tuesday40 = aReleaseReport({ outlet: 'valley', slug: 'tuesday', count: 40, weekday: 'Tuesday' });
const thursday25 = aReleaseReport({ outlet: 'valley', slug: 'thursday', count: 25, weekday: 'Thursday' });

let telegram: FakeBotApi;
let apiRoot: string;
let server: FeedServer;
let dir: TempDir;
let logs: CapturedLogs;
let apps: RunningApp[];
let now: Date;

beforeEach(async () => {
  telegram = createFakeBotApi({ token: TOKEN, maxLongPollMs: 200 });
  ({ apiRoot } = await telegram.start());
  telegram.addChat(group);
  telegram.setMember(group.id, admin, 'administrator');
  telegram.setMember(group.id, member, 'member');
  server = await startFeedServer();
  dir = await createTempDir();
  logs = captureLogs();
  apps = [];
  now = new Date('2025-03-10T12:00:00Z');
});

afterEach(async () => {
  try {
    for (const app of apps) await app.stop();
  } finally {
    logs.restore();
    await telegram.stop();
    await server.close();
    await dir.remove();
  }
});

async function start(storeUrl: string, trackersFile: string): Promise<RunningApp> {
  const cyclesBefore = occurrences(logs.text, 'Poll cycle done');
  const app = await startApp({
    env: {
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: apiRoot,
      STORE_URL: storeUrl,
      POLL_INTERVAL_SECONDS: '3600',
      LOG_LEVEL: 'info',
    },
    trackersFile,
    input: new PassThrough(),
    output: new PassThrough(),
    clock: () => now,
  });
  apps.push(app);
  await waitUntil(
    () => `the first poll cycle; logs:\n${logs.text}`,
    () => occurrences(logs.text, 'Poll cycle done') > cyclesBefore,
  );
  return app;
}

/** Sends a message to the group and resolves with the bot's next message there. */
async function say(from: FakeUser, text: string): Promise<{ text: string; plainText: string; parseMode?: string }> {
  const before = telegram.messages(group.id).length;
  telegram.sendText({ chat: group, from, text });
  const messages = await telegram.waitForMessages(before + 1, { chatId: group.id, timeoutMs: 10_000 });
  return messages[before]!;
}

describe('Telegram end to end', { timeout: 45_000 }, () => {
  it('lets admins subscribe, answers /tally, alerts the group on a new batch, and schedules a digest', async () => {
    server.route('/valley.xml', { body: rssFeed('Valley Times', [tuesday40, aQuietReport('valley', 'talks')]) });
    const trackersFile = await dir.writeJson('trackers.json', aTrackersFile([server.url('/valley.xml')]));
    const app = await start(`sqlite://${dir.file('store.sqlite')}`, trackersFile);

    const refused = await say(member, `/subscribe ${TRACKER_ID}`);
    expect(refused.plainText).toMatch(/only chat admins|admins only/i);

    const subscribed = await say(admin, `/subscribe ${TRACKER_ID}`);
    expect(subscribed.plainText).toContain('Subscribed to Northern exchange');

    const tally = await say(member, '/tally');
    expect(tally.plainText).toContain('Southern captives freed by the North');
    expect(tally.plainText).toContain('40 of 500');

    server.route('/valley.xml', {
      body: rssFeed('Valley Times', [thursday25, tuesday40, aQuietReport('valley', 'talks')]),
    });
    const before = telegram.messages(group.id).length;
    const report = await app.pollNow();
    expect(report.changedLedgers).toBe(1);
    const [alert] = (await telegram.waitForMessages(before + 1, { chatId: group.id })).slice(before);
    expect(alert?.parseMode).toBe('HTML');
    expect(alert?.plainText).toContain('Southern captives freed by the North');
    expect(alert?.plainText).toContain('65 of 500');
    expect(alert?.text).toContain(`href="${thursday25.link}"`);

    const scheduled = await say(admin, '/schedule 0 18 * * * UTC');
    expect(scheduled.plainText).toContain('Next digest');
    expect(scheduled.plainText).toContain('18:00');

    const refusedSchedule = await say(member, '/schedule 0 9 * * * UTC');
    expect(refusedSchedule.plainText).toMatch(/only chat admins|admins only/i);
  });

  it('sends the scheduled digest when the bot starts after the digest time it missed', async () => {
    server.route('/valley.xml', { body: rssFeed('Valley Times', [tuesday40]) });
    const trackersFile = await dir.writeJson('trackers.json', aTrackersFile([server.url('/valley.xml')]));
    const storeUrl = `sqlite://${dir.file('store.sqlite')}`;
    const first = await start(storeUrl, trackersFile);
    await say(admin, `/subscribe ${TRACKER_ID}`);
    expect((await say(admin, '/schedule 0 18 * * * UTC')).plainText).toContain('Next digest');
    await first.stop();

    now = new Date('2025-03-10T18:05:00Z');
    const before = telegram.messages(group.id).length;
    await start(storeUrl, trackersFile);
    const [digest] = (await telegram.waitForMessages(before + 1, { chatId: group.id })).slice(before);
    expect(digest?.plainText).toContain('Northern exchange: digest 2025-03-10 18:00 (UTC)');
    expect(digest?.plainText).toContain('Southern captives freed by the North');
    expect(digest?.plainText).toContain('40 of 500');
  });
});
