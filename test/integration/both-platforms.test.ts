import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../src/main.js';
import { type FakeDiscord, type FakeUser as FakeDiscordUser, startFakeDiscord } from '../fakes/discord/fake-discord.js';
import { createFakeBotApi, type FakeBotApi, type FakeChat, type FakeUser } from '../fakes/telegram/fake-bot-api.js';
import { aQuietReport, aReleaseReport, aTrackersFile, TRACKER_ID } from '../fixtures/integration/northern-exchange.js';
import { rssFeed } from '../fixtures/integration/rss-feed.js';
import { type CapturedLogs, captureLogs } from './capture-logs.js';
import { occurrences } from './console-session.js';
import { embedText, MANAGE_SERVER } from './discord-messages.js';
import { type FeedServer, startFeedServer } from './feed-server.js';
import { killAllSpawned, spawnTallywire } from './spawn-tallywire.js';
import { createTempDir, type TempDir } from './temp-dir.js';
import { waitUntil } from './wait-until.js';

const TELEGRAM_TOKEN = '123:ABC';
const group: FakeChat = { id: -1001234, type: 'supergroup', title: 'Border watchers' };
const telegramAdmin: FakeUser = { id: 11, first_name: 'Ada' };

const GUILD_ID = '810000000000000001';
const CHANNEL_ID = '830000000000000001';
const discordAdmin: FakeDiscordUser = { id: '820000000000000002', username: 'ada' };

const tuesday40 = aReleaseReport({ outlet: 'valley', slug: 'tuesday', count: 40, weekday: 'Tuesday' });
const thursday25 = aReleaseReport({ outlet: 'valley', slug: 'thursday', count: 25, weekday: 'Thursday' });
const talks = aQuietReport('valley', 'talks');

/** Everything a test opened, closed in reverse order by closeEverything (in the test or in afterEach). */
let closers: Array<() => Promise<void>>;
let telegram: FakeBotApi;
let telegramApiRoot: string;
let discord: FakeDiscord;
let server: FeedServer;
let dir: TempDir;
let logs: CapturedLogs;
/** What keeps the event loop alive before the test opens anything (the test runner's own pipes). */
let baseline: string[];

beforeEach(async () => {
  closers = [];
  baseline = process.getActiveResourcesInfo();
  telegram = createFakeBotApi({ token: TELEGRAM_TOKEN, maxLongPollMs: 200 });
  const { apiRoot } = await telegram.start();
  closers.push(() => telegram.stop());
  telegram.addChat(group);
  telegram.setMember(group.id, telegramAdmin, 'administrator');
  telegramApiRoot = apiRoot;
  discord = await startFakeDiscord({
    guilds: [
      {
        id: GUILD_ID,
        name: 'Border watchers',
        ownerId: '820000000000000001',
        channels: [{ id: CHANNEL_ID, name: 'news' }],
      },
    ],
  });
  closers.push(() => discord.close());
  server = await startFeedServer();
  closers.push(() => server.close());
  dir = await createTempDir();
  closers.push(() => dir.remove());
  logs = captureLogs();
  closers.push(async () => logs.restore());
});

afterEach(async () => {
  await killAllSpawned();
  await closeEverything();
});

async function closeEverything(): Promise<void> {
  const pending = closers.reverse();
  closers = [];
  for (const close of pending) await close();
}

/** Both chat tokens set, each pointing at its fake. */
function bothPlatformsEnv(): Record<string, string> {
  return {
    TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
    TELEGRAM_API_ROOT: telegramApiRoot,
    DISCORD_TOKEN: discord.token,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_API_BASE: discord.apiBase,
    STORE_URL: 'memory://',
    POLL_INTERVAL_SECONDS: '3600',
    LOG_LEVEL: 'info',
  };
}

async function start(trackersFile: string): Promise<RunningApp> {
  const app = await startApp({
    env: bothPlatformsEnv(),
    trackersFile,
    input: new PassThrough(),
    output: new PassThrough(),
    clock: () => new Date('2025-03-10T12:00:00Z'),
  });
  closers.push(() => app.stop());
  await waitUntil(
    () => `the first poll cycle; logs:\n${logs.text}`,
    () => occurrences(logs.text, 'Poll cycle done') >= 1,
  );
  return app;
}

/** Resource types (with their counts) keeping the loop alive now that were not there before the test. */
function resourcesLeftOpen(): string[] {
  const remaining = [...baseline];
  const extra: string[] = [];
  for (const resource of process.getActiveResourcesInfo()) {
    const index = remaining.indexOf(resource);
    if (index === -1) extra.push(resource);
    else remaining.splice(index, 1);
  }
  return extra;
}

describe('Telegram and Discord at once', { timeout: 15_000 }, () => {
  it('alerts a subscribed Telegram group and a subscribed Discord channel exactly once each, then stops both cleanly', async () => {
    server.route('/valley.xml', { body: rssFeed('Valley Times', [tuesday40, talks]) });
    const app = await start(await dir.writeJson('trackers.json', aTrackersFile([server.url('/valley.xml')])));
    expect(logs.text).toMatch(/Running .*"platforms":\["telegram","discord"\]/);

    telegram.sendText({ chat: group, from: telegramAdmin, text: `/subscribe ${TRACKER_ID}` });
    const [telegramSubscribed] = await telegram.waitForMessages(1, { chatId: group.id });
    expect(telegramSubscribed?.plainText).toContain('Subscribed to Northern exchange');
    const discordSubscribed = await discord.slashCommand({
      guildId: GUILD_ID,
      channelId: CHANNEL_ID,
      user: discordAdmin,
      permissions: MANAGE_SERVER,
      name: 'subscribe',
      options: [{ name: 'tracker', value: TRACKER_ID }],
    });
    expect(embedText(discordSubscribed.original)).toContain('Subscribed to Northern exchange');

    server.route('/valley.xml', { body: rssFeed('Valley Times', [thursday25, tuesday40, talks]) });
    expect((await app.pollNow()).changedLedgers).toBe(1);
    // stop() drains both outboxes, so every alert the cycle queued has been sent once it resolves.
    await app.stop();
    await app.done;

    const telegramAlerts = telegram.messages(group.id).slice(1);
    expect(telegramAlerts).toHaveLength(1);
    expect(telegramAlerts[0]?.plainText).toContain('65 of 500');
    const discordAlerts = discord.channelMessages(CHANNEL_ID);
    expect(discordAlerts).toHaveLength(1);
    expect(embedText(discordAlerts[0])).toContain('65 of 500');
    expect(logs.text).not.toContain('Stopping a platform failed');

    await closeEverything();
    await waitUntil(
      () => `the event loop to hold nothing the test opened; still open: ${resourcesLeftOpen().join(', ')}`,
      () => resourcesLeftOpen().length === 0,
    );
  });

  // A fresh process loads the sources through tsx, which takes seconds on a busy machine: the
  // start-up gets room; the stop after SIGTERM is what this test is about.
  it('exits with code 0 on SIGTERM when running on both platforms', { timeout: 30_000 }, async () => {
    server.route('/valley.xml', { body: rssFeed('Valley Times', [tuesday40, talks]) });
    const trackersFile = await dir.writeJson('trackers.json', aTrackersFile([server.url('/valley.xml')]));
    const bot = spawnTallywire(['run', '--trackers', trackersFile], { cwd: dir.path, env: bothPlatformsEnv() });
    await waitUntil(
      () => `the bot to run on both platforms and finish a cycle; stderr:\n${bot.stderr}`,
      () => /"platforms":\["telegram","discord"\]/.test(bot.stderr) && bot.stderr.includes('Poll cycle done'),
      20_000,
    );
    bot.child.kill('SIGTERM');
    const exit = await bot.finished(10_000);
    expect(exit, bot.stderr).toEqual({ code: 0, signal: null });
    expect(bot.stderr).toContain('Stopped');
  });
});
