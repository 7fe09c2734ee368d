import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../src/main.js';
import {
  type FakeDiscord,
  type FakeInvocation,
  type FakeUser,
  type RecordedMessage,
  startFakeDiscord,
} from '../fakes/discord/fake-discord.js';
import {
  aQuietReport,
  aReleaseReport,
  aTrackersFile,
  type NewsItem,
  TRACKER_ID,
} from '../fixtures/integration/northern-exchange.js';
import { rssFeed } from '../fixtures/integration/rss-feed.js';
import { type CapturedLogs, captureLogs } from './capture-logs.js';
import { occurrences } from './console-session.js';
import { embedText, MANAGE_SERVER, READ_AND_WRITE } from './discord-messages.js';
import { type FeedServer, startFeedServer } from './feed-server.js';
import { createTempDir, type TempDir } from './temp-dir.js';
import { waitUntil } from './wait-until.js';

const GUILD_ID = '810000000000000001';
const OWNER: FakeUser = { id: '820000000000000001', username: 'owner' };
const admin: FakeUser = { id: '820000000000000002', username: 'ada' };
const member: FakeUser = { id: '820000000000000003', username: 'ben' };
/** The channel the test subscribes and later makes unwritable. */
const NEWS = '830000000000000001';
/** A second subscribed channel, so "nothing was posted in #news" is checked against an alert that did go out. */
const WIRE = '830000000000000002';

const tuesday40 = aReleaseReport({ outlet: 'valley', slug: 'tuesday', count: 40, weekday: 'Tuesday' });
const thursday25 = aReleaseReport({ outlet: 'valley', slug: 'thursday', count: 25, weekday: 'Thursday' });
const saturday10 = aReleaseReport({ outlet: 'valley', slug: 'saturday', count: 10, weekday: 'Saturday' });
const talks = aQuietReport('valley', 'talks');
/** A release on a fourth day, so it adds to the total instead of restating one already counted. */
const sunday5: NewsItem = {
  guid: 'valley-sunday',
  title: 'North frees 5 southern captives',
  link: 'https://valley.example/news/sunday',
  pubDate: 'Sun, 09 Mar 2025 16:00:00 GMT',
  body: 'The North freed 5 southern captives on Sunday, officials said. The captives were handed over at the border crossing.',
};

let discord: FakeDiscord;
let server: FeedServer;
let dir: TempDir;
let logs: CapturedLogs;
let apps: RunningApp[];

beforeEach(async () => {
  discord = await startFakeDiscord({
    guilds: [
      {
        id: GUILD_ID,
        name: 'Border watchers',
        ownerId: OWNER.id,
        channels: [
          { id: NEWS, name: 'news' },
          { id: WIRE, name: 'wire' },
        ],
      },
    ],
  });
  server = await startFeedServer();
  dir = await createTempDir();
  logs = captureLogs();
  apps = [];
});

afterEach(async () => {
  try {
    for (const app of apps) await app.stop();
  } finally {
    logs.restore();
    await discord.close();
    await server.close();
    await dir.remove();
  }
});

/** Starts the bot on Discord only, and waits for the poll cycle it runs on its own. */
async function start(trackersFile: string): Promise<RunningApp> {
  const app = await startApp({
    env: {
      DISCORD_TOKEN: discord.token,
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_API_BASE: discord.apiBase,
      STORE_URL: 'memory://',
      POLL_INTERVAL_SECONDS: '3600',
      LOG_LEVEL: 'info',
    },
    trackersFile,
    input: new PassThrough(),
    output: new PassThrough(),
    clock: () => new Date('2025-03-10T12:00:00Z'),
  });
  apps.push(app);
  await waitUntil(
    () => `the first poll cycle; logs:\n${logs.text}`,
    () => occurrences(logs.text, 'Poll cycle done') >= 1,
  );
  return app;
}

function inGuild(channelId: string, user: FakeUser, permissions: string): Omit<FakeInvocation, 'name'> {
  return { guildId: GUILD_ID, channelId, user, permissions };
}

/** The channel's messages after the first `from`, once there are `count` of them in all. */
async function newMessages(channelId: string, from: number, count: number): Promise<RecordedMessage[]> {
  await discord.waitUntil(() => discord.channelMessages(channelId).length >= count, 10_000);
  return discord.channelMessages(channelId).slice(from);
}

/** Runs /subscribe as the admin in each channel. */
async function subscribeChannels(...channelIds: string[]): Promise<void> {
  for (const channelId of channelIds) {
    const subscribed = await discord.slashCommand({
      ...inGuild(channelId, admin, MANAGE_SERVER),
      name: 'subscribe',
      options: [{ name: 'tracker', value: TRACKER_ID }],
    });
    expect(embedText(subscribed.original)).toContain('Subscribed to Northern exchange');
  }
}

/** The log line main.ts writes when a chat's subscriptions were disabled. */
function goneLine(): string | undefined {
  return logs.text.split('\n').find((line) => line.includes('Chat is gone; its subscriptions are disabled'));
}

describe('Discord end to end', { timeout: 15_000 }, () => {
  it('refuses /subscribe to a member without Manage Server, privately, and lets an admin subscribe', async () => {
    server.route('/valley.xml', { body: rssFeed('Valley Times', [tuesday40, talks]) });
    await start(await dir.writeJson('trackers.json', aTrackersFile([server.url('/valley.xml')])));

    const refused = await discord.slashCommand({
      ...inGuild(NEWS, member, READ_AND_WRITE),
      name: 'subscribe',
      options: [{ name: 'tracker', value: TRACKER_ID }],
    });
    expect(refused.callbacks.map((callback) => callback.type)).toEqual([4]);
    expect(refused.original?.content).toMatch(/Manage Server/);
    expect(refused.original?.flags).toBe(64);

    const subscribed = await discord.slashCommand({
      ...inGuild(NEWS, admin, MANAGE_SERVER),
      name: 'subscribe',
      options: [{ name: 'tracker', value: TRACKER_ID }],
    });
    expect(subscribed.original?.flags ?? 0).toBe(0);
    expect(embedText(subscribed.original)).toContain('Subscribed to Northern exchange');
    expect(embedText(subscribed.original)).toContain('This chat now follows Northern exchange');
  });

  it('answers /tally with an embed showing the total, and autocompletes the tracker id', async () => {
    server.route('/valley.xml', { body: rssFeed('Valley Times', [tuesday40, talks]) });
    await start(await dir.writeJson('trackers.json', aTrackersFile([server.url('/valley.xml')])));

    const tally = await discord.slashCommand({ ...inGuild(NEWS, member, READ_AND_WRITE), name: 'tally' });
    expect(tally.original?.embeds?.length).toBeGreaterThan(0);
    expect(embedText(tally.original)).toContain('Southern captives freed by the North');
    expect(embedText(tally.original)).toContain('40 of 500');

    const choices = await discord.autocomplete({
      ...inGuild(NEWS, member, READ_AND_WRITE),
      name: 'tally',
      options: [{ name: 'tracker', value: 'north', focused: true }],
    });
    expect(choices).toEqual([{ name: TRACKER_ID, value: TRACKER_ID }]);
  });

  it('posts an alert embed with the new total, mentioning nobody, in the subscribed channel', async () => {
    server.route('/valley.xml', { body: rssFeed('Valley Times', [tuesday40, talks]) });
    const app = await start(await dir.writeJson('trackers.json', aTrackersFile([server.url('/valley.xml')])));
    await subscribeChannels(NEWS);

    server.route('/valley.xml', { body: rssFeed('Valley Times', [thursday25, tuesday40, talks]) });
    expect((await app.pollNow()).changedLedgers).toBe(1);
    const [alert] = await newMessages(NEWS, 0, 1);
    expect(alert?.embeds?.length).toBeGreaterThan(0);
    expect(embedText(alert)).toContain('Southern captives freed by the North');
    expect(embedText(alert)).toContain('65 of 500');
    expect(embedText(alert)).toContain(thursday25.link);
    expect(alert?.allowed_mentions).toEqual({ parse: [] });
    await app.stop();
    expect(discord.channelMessages(NEWS)).toHaveLength(1);
  });

  it('disables a channel Discord refuses with Missing Permissions (50013): /tally still works there, later alerts skip it', async () => {
    server.route('/valley.xml', { body: rssFeed('Valley Times', [tuesday40, talks]) });
    const app = await start(await dir.writeJson('trackers.json', aTrackersFile([server.url('/valley.xml')])));
    await subscribeChannels(NEWS, WIRE);

    server.route('/valley.xml', { body: rssFeed('Valley Times', [thursday25, tuesday40, talks]) });
    await app.pollNow();
    await newMessages(NEWS, 0, 1);
    await newMessages(WIRE, 0, 1);

    discord.failNextMessage(NEWS, 50013);
    server.route('/valley.xml', { body: rssFeed('Valley Times', [saturday10, thursday25, tuesday40, talks]) });
    expect((await app.pollNow()).changedLedgers).toBe(1);
    const gone = await waitUntil(() => `the channel to be reported gone; logs:\n${logs.text}`, goneLine);
    expect(gone).toContain(NEWS);
    expect(gone).toContain('"disabled":1');
    expect(discord.channelMessages(NEWS)).toHaveLength(1);
    expect(embedText((await newMessages(WIRE, 1, 2))[0])).toContain('75 of 500');
    const [ownerNotice] = await waitUntil('a DM to the server owner', () => {
      const dms = discord.directMessages(OWNER.id);
      return dms.length > 0 && dms;
    });
    expect(ownerNotice?.content).toContain('can no longer post in #news');
    expect(ownerNotice?.allowed_mentions).toEqual({ parse: [] });

    const tally = await discord.slashCommand({
      ...inGuild(NEWS, member, READ_AND_WRITE),
      name: 'tally',
      options: [{ name: 'tracker', value: TRACKER_ID }],
    });
    expect(embedText(tally.original)).toContain('75 of 500');

    server.route('/valley.xml', { body: rssFeed('Valley Times', [sunday5, saturday10, thursday25, tuesday40, talks]) });
    expect((await app.pollNow()).changedLedgers).toBe(1);
    // stop() drains every queued post: an alert meant for #news would have been sent by now.
    await app.stop();
    expect(embedText(discord.channelMessages(WIRE)[2])).toContain('80 of 500');
    expect(discord.channelMessages(WIRE)).toHaveLength(3);
    expect(discord.channelMessages(NEWS)).toHaveLength(1);
  });
});
