import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatRef } from '../../../src/core/chat.js';
import type { Command } from '../../../src/core/commands/command.js';
import { line, link, type Post, text } from '../../../src/core/post.js';
import type { Logger } from '../../../src/core/types.js';
import { createDiscordPlatform, type DiscordPlatform } from '../../../src/platforms/discord/create-discord-platform.js';
import { DISCORD_EMBED_LIMITS } from '../../../src/platforms/discord/render-discord.js';
import { type FakeDiscord, type RecordedMessage, startFakeDiscord } from '../../fakes/discord/fake-discord.js';
import { aCommand, aCommandTable } from './a-command-table.js';

const GUILD = '100000000000000001';
const NEWS = '300000000000000001';
const ANNOUNCEMENTS = '300000000000000002';
const OWNER = '200000000000000001';
const MANAGE_SERVER = '32';
const SEND_MESSAGES_ONLY = '2048';

function aLog(): Logger & { entries: Array<{ level: string; message: string }> } {
  const entries: Array<{ level: string; message: string }> = [];
  const record = (level: string) => (message: string) => {
    entries.push({ level, message });
  };
  return { entries, debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') };
}

function anAlert(lines: string[]): Post {
  return { kind: 'alert', title: 'Afghan exchange: +100 freed', blocks: lines.map((value) => line(text(value))) };
}

function embedChars(message: RecordedMessage): number {
  return (message.embeds ?? []).reduce(
    (sum, embed) => sum + String(embed['title'] ?? '').length + String(embed['description'] ?? '').length,
    0,
  );
}

describe('the Discord platform, driven through the real discord.js client', () => {
  let fake: FakeDiscord;
  let platform: DiscordPlatform | undefined;
  let table: ReturnType<typeof aCommandTable>;
  let gone: Array<{ chat: ChatRef; reason: string }>;
  let log: ReturnType<typeof aLog>;

  async function startPlatform(
    overrides: { commands?: Command[]; deferAfterMs?: number } = {},
  ): Promise<DiscordPlatform> {
    platform = createDiscordPlatform({
      token: fake.token,
      applicationId: fake.applicationId,
      apiBase: fake.apiBase,
      commands: overrides.commands ?? Object.values(table),
      autocompleteTrackers: async (typed) =>
        ['afghanistan-2020', 'afghan-pows', 'ukraine-russia-pows'].filter((id) => id.startsWith(typed)),
      log,
      onChatGone: (chat, reason) => {
        gone.push({ chat, reason });
      },
      ...(overrides.deferAfterMs === undefined ? {} : { deferAfterMs: overrides.deferAfterMs }),
    });
    await platform.start();
    return platform;
  }

  beforeEach(async () => {
    fake = await startFakeDiscord({
      guilds: [
        {
          id: GUILD,
          name: 'Exchange Watch',
          ownerId: OWNER,
          systemChannelId: ANNOUNCEMENTS,
          channels: [
            { id: NEWS, name: 'news' },
            { id: ANNOUNCEMENTS, name: 'announcements' },
          ],
        },
      ],
    });
    table = aCommandTable();
    gone = [];
    log = aLog();
  });

  afterEach(async () => {
    await platform?.stop();
    platform = undefined;
    await fake.close();
  });

  describe('logging in', () => {
    it('identifies with the Guilds intent only, over JSON gateway v10 without compression', async () => {
      await startPlatform();

      expect(fake.identifies).toHaveLength(1);
      expect(fake.identifies[0]?.['intents']).toBe(1);
      expect(fake.gatewayQueries[0]?.get('v')).toBe('10');
      expect(fake.gatewayQueries[0]?.get('encoding')).toBe('json');
      expect(fake.gatewayQueries[0]?.has('compress')).toBe(false);
      expect(fake.requests.map((request) => `${request.method} ${request.path}`)).toContain('GET /gateway/bot');
    });
  });

  describe('slash commands', () => {
    it('answers an open command with the posts rendered as embeds', async () => {
      await startPlatform();

      const reply = await fake.slashCommand({ guildId: GUILD, channelId: NEWS, name: 'tally' });

      expect(reply.callbacks[0]?.type).toBe(4);
      expect(reply.original?.embeds?.[0]?.['title']).toBe('Tally');
      expect(reply.original?.embeds?.[0]?.['description']).toContain('42% · 2,100 of 5,000');
      expect(reply.original?.allowed_mentions).toEqual({ parse: [] });
      expect(table.tally.calls[0]).toEqual({ chat: { platform: 'discord', chatId: NEWS }, isAdmin: false, args: {} });
    });

    it('maps string and integer options into named arguments', async () => {
      await startPlatform();

      await fake.slashCommand({
        guildId: GUILD,
        channelId: NEWS,
        name: 'history',
        options: [
          { name: 'tracker', value: 'afghanistan-2020' },
          { name: 'count', value: 5 },
        ],
      });

      expect(table.history.calls[0]?.args).toEqual({ tracker: 'afghanistan-2020', count: '5' });
    });

    it('passes cron and timezone to /schedule for a member with Manage Server', async () => {
      await startPlatform();

      const reply = await fake.slashCommand({
        guildId: GUILD,
        channelId: NEWS,
        name: 'schedule',
        permissions: MANAGE_SERVER,
        options: [
          { name: 'cron', value: '0 18 * * *' },
          { name: 'timezone', value: 'Asia/Kabul' },
        ],
      });

      expect(reply.callbacks[0]?.type).toBe(4);
      expect(table.schedule.calls[0]).toEqual({
        chat: { platform: 'discord', chatId: NEWS },
        isAdmin: true,
        args: { cron: '0 18 * * *', timezone: 'Asia/Kabul' },
      });
    });

    it('refuses an admin-only command to a member without Manage Server, privately, without running it', async () => {
      await startPlatform();

      const reply = await fake.slashCommand({
        guildId: GUILD,
        channelId: NEWS,
        name: 'subscribe',
        permissions: SEND_MESSAGES_ONLY,
        options: [{ name: 'tracker', value: 'afghanistan-2020' }],
      });

      expect(table.subscribe.calls).toHaveLength(0);
      expect(reply.original?.content).toContain('Manage Server');
      expect(reply.original?.flags).toBe(64);
    });

    it('runs an admin-only command for a member with Manage Server, passing the alerts choice', async () => {
      await startPlatform();

      await fake.slashCommand({
        guildId: GUILD,
        channelId: NEWS,
        name: 'subscribe',
        permissions: MANAGE_SERVER,
        options: [
          { name: 'tracker', value: 'afghanistan-2020' },
          { name: 'alerts', value: 'off' },
        ],
      });

      expect(table.subscribe.calls[0]?.isAdmin).toBe(true);
      expect(table.subscribe.calls[0]?.args).toEqual({ tracker: 'afghanistan-2020', alerts: 'off' });
    });

    it('treats a DM as its own chat, administered by the user in it', async () => {
      await startPlatform();

      await fake.slashCommand({
        channelId: '400000000000000001',
        name: 'subscribe',
        options: [{ name: 'tracker', value: 'afghan-pows' }],
      });

      expect(table.subscribe.calls[0]?.chat).toEqual({ platform: 'discord', chatId: '400000000000000001' });
      expect(table.subscribe.calls[0]?.isAdmin).toBe(true);
    });

    it('replies privately with a short apology when a command throws, and logs the error', async () => {
      const broken = aCommand({ name: 'tally' }, () => {
        throw new Error('store unreachable');
      });
      await startPlatform({ commands: [broken] });

      const reply = await fake.slashCommand({ guildId: GUILD, channelId: NEWS, name: 'tally' });

      expect(reply.original?.flags).toBe(64);
      expect(reply.original?.content).toContain('failed');
      expect(reply.original?.content).not.toContain('store unreachable');
      expect(log.entries).toContainEqual(
        expect.objectContaining({ level: 'error', message: 'Discord interaction failed' }),
      );
    });

    it('defers a slow command and then edits the reply with its answer', async () => {
      let finish: () => void = () => {};
      const slow = aCommand(
        { name: 'tally' },
        () =>
          new Promise<Post[]>((resolve) => {
            finish = () => resolve([{ kind: 'answer', title: 'Late tally', blocks: [] }]);
          }),
      );
      await startPlatform({ commands: [slow], deferAfterMs: 0 });

      const answered = fake.slashCommand({ guildId: GUILD, channelId: NEWS, name: 'tally' });
      await fake.waitUntil(() => fake.requests.some((request) => request.path.endsWith('/callback')));
      finish();
      const reply = await answered;

      expect(reply.callbacks.map((callback) => callback.type)).toEqual([5]);
      expect(reply.original?.embeds?.[0]?.['title']).toBe('Late tally');
    });

    it('sends the messages of a long answer as the reply and follow-ups', async () => {
      const longLines = Array.from({ length: 300 }, (_, index) => `Batch ${index}: ${'released '.repeat(8)}`);
      const long = aCommand({ name: 'history' }, () => [anAlert(longLines)]);
      await startPlatform({ commands: [long] });

      const reply = await fake.slashCommand({ guildId: GUILD, channelId: NEWS, name: 'history' });
      await fake.waitUntil(() => reply.followups.length >= 3);

      const messages = [reply.original, ...reply.followups].filter((message) => message !== null);
      for (const message of messages) {
        expect(embedChars(message)).toBeLessThanOrEqual(DISCORD_EMBED_LIMITS.totalPerMessage);
        expect(message.allowed_mentions).toEqual({ parse: [] });
      }
    });
  });

  describe('autocomplete', () => {
    it('offers the tracker ids that start with what the user typed', async () => {
      await startPlatform();

      const choices = await fake.autocomplete({
        guildId: GUILD,
        channelId: NEWS,
        name: 'subscribe',
        options: [{ name: 'tracker', value: 'afg', focused: true }],
      });

      expect(choices).toEqual([
        { name: 'afghanistan-2020', value: 'afghanistan-2020' },
        { name: 'afghan-pows', value: 'afghan-pows' },
      ]);
    });
  });

  describe('publishing', () => {
    it('posts a channel message with embeds and no mentions allowed', async () => {
      const { publisher } = await startPlatform();

      const result = await publisher.send({ platform: 'discord', chatId: NEWS }, anAlert(['100 more released today']));

      expect(result).toEqual({ status: 'sent' });
      expect(fake.channelMessages(NEWS)).toHaveLength(1);
      expect(fake.channelMessages(NEWS)[0]?.allowed_mentions).toEqual({ parse: [] });
      expect(fake.channelMessages(NEWS)[0]?.embeds?.[0]?.['description']).toBe('100 more released today');
    });

    it('splits a very long post into messages that each stay within the embed limits', async () => {
      const { publisher } = await startPlatform();
      const lines = Array.from({ length: 400 }, (_, index) => `Source ${index}: ${'x'.repeat(90)}`);

      const result = await publisher.send({ platform: 'discord', chatId: NEWS }, anAlert(lines));

      expect(result).toEqual({ status: 'sent' });
      const messages = fake.channelMessages(NEWS);
      expect(messages.length).toBeGreaterThan(1);
      for (const message of messages) {
        expect(message.embeds?.length).toBeLessThanOrEqual(DISCORD_EMBED_LIMITS.embedsPerMessage);
        expect(embedChars(message)).toBeLessThanOrEqual(DISCORD_EMBED_LIMITS.totalPerMessage);
        for (const embed of message.embeds ?? []) {
          expect(String(embed['description'] ?? '').length).toBeLessThanOrEqual(DISCORD_EMBED_LIMITS.description);
        }
      }
      const shown = messages
        .flatMap((message) => message.embeds ?? [])
        .map((embed) => embed['description'])
        .join('\n');
      expect(shown).toContain('Source 0:');
      expect(shown).toContain('Source 399:');
    });

    it('keeps hostile feed text inert: no ping, no javascript link, no user mention', async () => {
      const { publisher } = await startPlatform();
      const hostile: Post = {
        kind: 'alert',
        title: '@everyone look',
        blocks: [
          line(text('@here [click](javascript:alert(1)) and <@123>')),
          line(link('evil', 'javascript:alert(1)')),
        ],
      };

      await publisher.send({ platform: 'discord', chatId: NEWS }, hostile);

      const [message] = fake.channelMessages(NEWS);
      expect(message?.allowed_mentions).toEqual({ parse: [] });
      const shown = JSON.stringify(message?.embeds);
      expect(shown).not.toMatch(/@everyone|@here|<@123>/);
      expect(shown).not.toContain('](javascript:');
    });

    it('reports a channel where the bot lost its permission as gone, and tells the owner once', async () => {
      const { publisher } = await startPlatform();
      fake.failNextMessage(NEWS, 50013);
      fake.failNextMessage(NEWS, 50013);
      const chat: ChatRef = { platform: 'discord', chatId: NEWS };

      const first = await publisher.send(chat, anAlert(['100 freed']));
      const second = await publisher.send(chat, anAlert(['50 freed']));

      expect(first).toEqual({ status: 'gone', reason: 'missing permissions (50013)' });
      expect(second.status).toBe('gone');
      expect(gone).toEqual([
        { chat, reason: 'missing permissions (50013)' },
        { chat, reason: 'missing permissions (50013)' },
      ]);
      const toldOwner = fake.directMessages(OWNER);
      expect(toldOwner).toHaveLength(1);
      expect(toldOwner[0]?.content).toContain('#news');
      expect(toldOwner[0]?.allowed_mentions).toEqual({ parse: [] });
    });

    it('falls back to the server system channel when the owner does not accept DMs', async () => {
      const { publisher } = await startPlatform();
      fake.closeDirectMessages(OWNER);
      fake.failNextMessage(NEWS, 50001);

      const result = await publisher.send({ platform: 'discord', chatId: NEWS }, anAlert(['100 freed']));

      expect(result).toEqual({ status: 'gone', reason: 'missing access (50001)' });
      expect(fake.channelMessages(ANNOUNCEMENTS)[0]?.content).toContain('can no longer post in #news');
    });

    it('reports a deleted channel as gone', async () => {
      const { publisher } = await startPlatform();
      fake.failNextMessage(NEWS, 10003);

      const result = await publisher.send({ platform: 'discord', chatId: NEWS }, anAlert(['100 freed']));

      expect(result).toEqual({ status: 'gone', reason: 'unknown channel (10003)' });
    });

    it('waits out a 429 and delivers the message once', async () => {
      const { publisher } = await startPlatform();
      fake.rateLimitNextMessage(NEWS);

      const result = await publisher.send({ platform: 'discord', chatId: NEWS }, anAlert(['100 freed']));

      expect(result).toEqual({ status: 'sent' });
      expect(fake.requests.filter((request) => request.path === `/channels/${NEWS}/messages`)).toHaveLength(2);
      expect(fake.channelMessages(NEWS)).toHaveLength(1);
    });

    it('reports any other Discord error as failed, so the next send can try again', async () => {
      const { publisher } = await startPlatform();
      fake.failNextMessage(NEWS, 50035);

      const result = await publisher.send({ platform: 'discord', chatId: NEWS }, anAlert(['100 freed']));

      expect(result.status).toBe('failed');
      expect(gone).toEqual([]);
      expect(fake.directMessages(OWNER)).toEqual([]);
    });
  });
});
